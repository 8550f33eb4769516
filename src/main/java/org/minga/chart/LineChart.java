package org.minga.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.minga.metrics.Metrics;

/**
 * A chart of metrics as lines on one plot: the main metrics on the left axis and, optionally,
 * further groups of metrics on their own right-hand axes (each axis labelled with its unit).
 * Cohesion, prices and structure are line charts.
 */
public final class LineChart extends TimeChart {
  /** Metrics that share an axis: their CSV names, their legend labels and the axis label. */
  public record AxisGroup(String axisLabel, List<String> metrics, List<String> labels) {}

  private final String name;
  private final JFreeChart chart;
  private final XYPlot plot;
  private final List<XYSeries> series = new ArrayList<>();
  private final List<Integer> columns = new ArrayList<>();

  LineChart(ChartStyle style, String name, String title, List<AxisGroup> axes) {
    super(style);
    this.name = name;
    int styleIndex = 0;
    XYPlot p = null;
    for (int a = 0; a < axes.size(); a++) {
      AxisGroup g = axes.get(a);
      XYSeriesCollection c = new XYSeriesCollection();
      for (int i = 0; i < g.metrics().size(); i++) {
        XYSeries s = series(g.labels().get(i));
        c.addSeries(s);
        series.add(s);
        columns.add(Metrics.index(g.metrics().get(i)));
      }
      var renderer = lines(g.metrics().size(), styleIndex);
      styleIndex += g.metrics().size();
      if (a == 0) {
        p = plot(c, g.axisLabel(), renderer);
      } else {
        secondaryAxis(p, a, g.axisLabel(), c, renderer);
      }
    }
    this.plot = p;
    this.chart = finish(new JFreeChart(title, style.title(), plot, true));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public JFreeChart chart() {
    return chart;
  }

  @Override
  public List<XYPlot> plots() {
    return List.of(plot);
  }

  @Override
  void append(StepRow row) {
    for (int i = 0; i < series.size(); i++) {
      series.get(i).add(row.step(), row.value(columns.get(i)));
    }
  }

}
