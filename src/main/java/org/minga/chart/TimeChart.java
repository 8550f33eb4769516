package org.minga.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * One chart over time, defined once and used by both the headless export and the live window:
 * it builds its JFreeChart and datasets, and appends one {@link StepRow} at a time.
 */
public abstract class TimeChart {
  /** The label of every time axis. */
  static final String TIME_AXIS = "Month (step from 0)";

  protected final ChartStyle style;

  protected TimeChart(ChartStyle style) {
    this.style = style;
  }

  /** Labels the time axis in calendar years from {@code startYear} (0: from the start). */
  void useYears(int startYear) {
    if (chart().getPlot() instanceof XYPlot p && p.getDomainAxis() instanceof NumberAxis a) {
      YearAxis.apply(a, startYear);
    }
  }

  /** File name stem: {@code cohesion} for cohesion.png. */
  public abstract String name();

  /** The chart, built once. */
  public abstract JFreeChart chart();

  /** The plots whose time axis carries the event markers. */
  public abstract List<XYPlot> plots();

  /** Adds one step to every series. */
  abstract void append(StepRow row);

  /** Number of points in each series, keyed "dataset series" (for tests and checks). */
  public java.util.Map<String, Integer> pointsPerSeries() {
    java.util.Map<String, Integer> points = new java.util.LinkedHashMap<>();
    for (XYPlot p : plots()) {
      for (int d = 0; d < p.getDatasetCount(); d++) {
        XYDataset ds = p.getDataset(d);
        if (ds == null) {
          continue;
        }
        for (int s = 0; s < ds.getSeriesCount(); s++) {
          points.put(ds.getSeriesKey(s).toString(), ds.getItemCount(s));
        }
      }
    }
    return points;
  }

  // ---- shared building blocks ---------------------------------------------------------------

  /** A time-axis plot with styled axes and one line renderer for {@code dataset}. */
  protected XYPlot plot(XYDataset dataset, String rangeLabel, XYLineAndShapeRenderer renderer) {
    NumberAxis time = new NumberAxis(TIME_AXIS);
    time.setAutoRangeIncludesZero(false);
    time.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    NumberAxis range = new NumberAxis(rangeLabel);
    range.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(dataset, time, range, renderer);
    stylePlot(plot);
    return plot;
  }

  /** Lines without markers, coloured, dashed and sized from {@code firstStyleIndex} on. */
  protected XYLineAndShapeRenderer lines(int seriesCount, int firstStyleIndex) {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    for (int s = 0; s < seriesCount; s++) {
      int k = firstStyleIndex + s;
      r.setSeriesPaint(s, Palette.series(k));
      r.setSeriesStroke(s, Palette.line(k, style.lineWidth()));
    }
    r.setDrawSeriesLineAsPath(true); // dash patterns run on along the line
    // A long legend sample so the dash pattern is visible in the legend.
    r.setLegendLine(new Line2D.Double(-6 * style.lineWidth() - 12, 0,
        6 * style.lineWidth() + 12, 0));
    return r;
  }


  protected static XYSeries series(String key) {
    return new XYSeries(key, false, false);
  }

  /** Adds a styled secondary range axis at {@code index} and maps dataset {@code index} to it. */
  protected void secondaryAxis(XYPlot plot, int index, String label, XYDataset dataset,
      XYLineAndShapeRenderer renderer) {
    NumberAxis axis = new NumberAxis(label);
    axis.setAutoRangeIncludesZero(true);
    styleAxis(axis);
    plot.setRangeAxis(index, axis);
    plot.setDataset(index, dataset);
    plot.mapDatasetToRangeAxis(index, index);
    plot.setRenderer(index, renderer);
  }

  protected void stylePlot(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(210, 210, 210));
    plot.setRangeGridlinePaint(new Color(210, 210, 210));
    plot.setDomainGridlineStroke(new BasicStroke(1f));
    plot.setRangeGridlineStroke(new BasicStroke(1f));
    styleAxis(plot.getDomainAxis());
    styleAxis(plot.getRangeAxis());
  }

  protected void styleAxis(ValueAxis axis) {
    style.applyTo(axis);
  }

  /** Title, legend at the bottom, white background, fonts from the style. */
  protected JFreeChart finish(JFreeChart c) {
    return style.finish(c);
  }

  /** A subtitle in the note font (used for the event key). */
  TextTitle note(String text) {
    TextTitle t = new TextTitle(text, style.note());
    t.setPosition(RectangleEdge.BOTTOM);
    return t;
  }
}
