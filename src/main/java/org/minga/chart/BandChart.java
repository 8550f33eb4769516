package org.minga.chart;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.minga.stats.Interval;

/**
 * A mean over replicates at every step with its 95% band, one line and see-through band per series,
 * years on the time axis: the sweep's time-series charts and the paired differences of {@code minga
 * compare}.
 */
final class BandChart {
  private BandChart() {}

  /**
   * One series per point {@code from} (inclusive) to {@code to} (exclusive) of {@code stats}, named
   * by {@code labels}: one item per step with y the mean and the interval its 95% band (the mean
   * itself where fewer than two replicates have a value, so a single replicate draws a plain line).
   */
  static YIntervalSeriesCollection dataset(BandStats stats, List<String> labels, int from, int to) {
    YIntervalSeriesCollection c = new YIntervalSeriesCollection();
    for (int p = from; p < to; p++) {
      YIntervalSeries s = new YIntervalSeries(labels.get(p), false, false);
      for (int step = 0; step < stats.steps(); step++) {
        Interval i = stats.interval(p, step);
        boolean band = !Double.isNaN(i.low());
        s.add(step, i.mean(), band ? i.low() : i.mean(), band ? i.high() : i.mean());
      }
      c.addSeries(s);
    }
    return c;
  }

  /**
   * The chart of {@code data}, titled, its value axis labelled {@code valueLabel}, years from
   * {@code startYear} (0: from the start) on the time axis and {@code note} under it.
   */
  static JFreeChart draw(
      ChartStyle style,
      String title,
      String valueLabel,
      YIntervalSeriesCollection data,
      int startYear,
      String note) {
    NumberAxis time = TimeChart.timeAxis();
    YearAxis.apply(time, startYear);
    NumberAxis range = new NumberAxis(valueLabel);
    range.setAutoRangeIncludesZero(false);
    DeviationRenderer r = new DeviationRenderer(true, false);
    r.setAlpha(0.18f); // bands stay see-through where series overlap
    for (int s = 0; s < data.getSeriesCount(); s++) {
      r.setSeriesPaint(s, Palette.series(s));
      r.setSeriesFillPaint(s, Palette.series(s));
      r.setSeriesStroke(s, Palette.line(s, style.lineWidth()));
    }
    r.setDrawSeriesLineAsPath(true);
    r.setLegendLine(
        new Line2D.Double(-6 * style.lineWidth() - 12, 0, 6 * style.lineWidth() + 12, 0));
    XYPlot plot = new XYPlot(data, time, range, r);
    style.applyTo(time);
    style.applyTo(range);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(210, 210, 210));
    plot.setRangeGridlinePaint(new Color(210, 210, 210));
    JFreeChart chart = style.finish(new JFreeChart(title, style.title(), plot, true));
    chart.addSubtitle(note(style, note));
    return chart;
  }

  /** A note under a chart, in note type. */
  static TextTitle note(ChartStyle style, String text) {
    TextTitle t = new TextTitle(text, style.note());
    t.setPosition(RectangleEdge.BOTTOM);
    return t;
  }

  /**
   * "n = 5 replicates at every step", or "n = 2 to 5 replicates per step (...)": the n of the
   * bands, from {@link BandStats#replicateRange}.
   */
  static String replicates(int[] range) {
    return range[0] == range[1]
        ? "n = " + range[1] + " replicates at every step"
        : "n = "
            + range[0]
            + " to "
            + range[1]
            + " replicates per step (a replicate without "
            + "a value at a step is left out)";
  }

  /** ", kept inside [0, 1]" for bounded values; empty otherwise. */
  static String kept(BandStats stats) {
    return stats.bounds().bounded() ? ", kept inside " + stats.bounds().text() : "";
  }
}
