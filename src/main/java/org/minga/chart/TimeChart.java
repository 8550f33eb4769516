package org.minga.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One chart over time, defined once and used by both the headless export and the live window: it
 * builds its JFreeChart and datasets, and appends one {@link StepRow} at a time. Each chart also
 * holds faded copies of its lines for a counterfactual run (see {@link
 * MingaCharts#setCounterfactual}), empty and hidden until one is set.
 */
public abstract class TimeChart {
  /** Alpha (0-255) of the faded lines: light enough to read as "not what happened". */
  private static final int FADED_ALPHA = 110;

  protected final ChartStyle style;
  private final List<Faded> faded = new ArrayList<>();
  private final List<XYSeriesCollection> fadedData = new ArrayList<>();
  private final List<XYLineAndShapeRenderer> fadedRenderers = new ArrayList<>();
  private String fadedLegend = "";

  /** A faded copy of a line: its series and what it reads off a row of the other run. */
  private record Faded(XYSeries series, ToDoubleFunction<StepRow> value) {}

  /**
   * A line to copy faded: its series key, its colour, and its value in a row.
   *
   * @param key the key of the line it copies
   */
  protected record FadedLine(String key, Color colour, ToDoubleFunction<StepRow> value) {}

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

  /**
   * Number of points in each series, keyed "dataset series" (for tests and checks); the faded
   * counterfactual lines are not counted (see {@link #counterfactualPoints}).
   */
  public Map<String, Integer> pointsPerSeries() {
    Map<String, Integer> points = new LinkedHashMap<>();
    for (XYPlot p : plots()) {
      for (int d = 0; d < p.getDatasetCount(); d++) {
        XYDataset ds = p.getDataset(d);
        if (ds == null || fadedData.stream().anyMatch(f -> f == ds)) {
          continue;
        }
        for (int s = 0; s < ds.getSeriesCount(); s++) {
          points.put(ds.getSeriesKey(s).toString(), ds.getItemCount(s));
        }
      }
    }
    return points;
  }

  /**
   * The faded counterfactual lines, keyed "copied line (faded)", each as {steps, values} in step
   * order (for tests and checks).
   */
  public Map<String, double[][]> counterfactualPoints() {
    Map<String, double[][]> points = new LinkedHashMap<>();
    for (Faded f : faded) {
      int n = f.series().getItemCount();
      double[][] xy = new double[2][n];
      for (int i = 0; i < n; i++) {
        xy[0][i] = f.series().getX(i).doubleValue();
        xy[1][i] = f.series().getY(i).doubleValue();
      }
      points.put(f.series().getKey().toString(), xy);
    }
    return points;
  }

  /** Whether the faded lines are drawn (a counterfactual is set and shown). */
  public boolean counterfactualShown() {
    return !fadedRenderers.isEmpty() && fadedRenderers.get(0).getDefaultSeriesVisible();
  }

  /** Adds one step of the counterfactual run to every faded line. */
  void appendCounterfactual(StepRow other) {
    for (Faded f : faded) {
      f.series().add(other.step(), f.value().applyAsDouble(other));
    }
  }

  void clearCounterfactual() {
    faded.forEach(f -> f.series().clear());
  }

  /** Shows or hides the faded lines; {@code legend} is their one legend entry. */
  void showCounterfactual(String legend, boolean visible) {
    fadedLegend = legend;
    fadedRenderers.forEach(r -> r.setDefaultSeriesVisible(visible));
  }

  // ---- shared building blocks ---------------------------------------------------------------

  /** A time axis in steps, labelled in years from the start until {@link #useYears}. */
  static NumberAxis timeAxis() {
    NumberAxis time = new NumberAxis();
    time.setAutoRangeIncludesZero(false);
    YearAxis.apply(time, 0);
    return time;
  }

  /** A time-axis plot with styled axes and one line renderer for {@code dataset}. */
  protected XYPlot plot(XYDataset dataset, String rangeLabel, XYLineAndShapeRenderer renderer) {
    NumberAxis range = new NumberAxis(rangeLabel);
    range.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(dataset, timeAxis(), range, renderer);
    stylePlot(plot);
    return plot;
  }

  /** Lines without markers, series {@code s} in colour and dash {@code styles.get(s)}. */
  protected XYLineAndShapeRenderer lines(List<Integer> styles) {
    XYLineAndShapeRenderer r = lineRenderer();
    for (int s = 0; s < styles.size(); s++) {
      r.setSeriesPaint(s, Palette.series(styles.get(s)));
      r.setSeriesStroke(s, Palette.line(styles.get(s), style.lineWidth()));
    }
    return r;
  }

  private XYLineAndShapeRenderer lineRenderer() {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    r.setDrawSeriesLineAsPath(true); // dash patterns run on along the line
    // A long legend sample so the dash pattern is visible in the legend.
    r.setLegendLine(
        new Line2D.Double(-6 * style.lineWidth() - 12, 0, 6 * style.lineWidth() + 12, 0));
    return r;
  }

  /**
   * Adds faded copies of {@code lines} to {@code plot} as a dataset of its own on range axis {@code
   * rangeAxis}: same colours, translucent, thinner and evenly dashed. The chart's first faded line
   * carries its only legend entry ("faded: without ...").
   */
  protected void fadedLines(XYPlot plot, int rangeAxis, List<FadedLine> lines) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer r = lineRenderer();
    float width = Math.max(1f, style.lineWidth() * 0.6f);
    BasicStroke dashed =
        new BasicStroke(
            width,
            BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND,
            10f,
            new float[] {4 * width, 3 * width},
            0f);
    for (int s = 0; s < lines.size(); s++) {
      FadedLine l = lines.get(s);
      XYSeries series = series(l.key() + " (faded)");
      data.addSeries(series);
      faded.add(new Faded(series, l.value()));
      r.setSeriesPaint(s, Palette.translucent(l.colour(), FADED_ALPHA));
      r.setSeriesStroke(s, dashed);
      r.setSeriesVisibleInLegend(s, s == 0 && fadedRenderers.isEmpty());
    }
    r.setLegendItemLabelGenerator((dataset, series) -> fadedLegend);
    r.setDefaultSeriesVisible(false);
    int index = plot.getDatasetCount();
    plot.setDataset(index, data);
    plot.setRenderer(index, r);
    plot.mapDatasetToRangeAxis(index, rangeAxis);
    fadedData.add(data);
    fadedRenderers.add(r);
  }

  protected static XYSeries series(String key) {
    return new XYSeries(key, false, false);
  }

  /** Adds a styled secondary range axis at {@code index} and maps dataset {@code index} to it. */
  protected void secondaryAxis(
      XYPlot plot, int index, String label, XYDataset dataset, XYLineAndShapeRenderer renderer) {
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
