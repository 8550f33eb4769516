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
 * Cohesion, prices and structure are line charts. Each line is essential (always drawn) or extra
 * (drawn only with the full set): a room reads three lines on one axis, an analyst asks for the
 * rest. A line keeps its colour and dash in both sets.
 */
public final class LineChart extends TimeChart {
  /** A metric drawn as a line: its CSV name, its legend label, whether the short set has it. */
  public record Line(String metric, String label, boolean essential) {}

  /** Lines that share an axis, and the axis label. */
  public record AxisGroup(String axisLabel, List<Line> lines) {}

  private final String name;
  private final JFreeChart chart;
  private final XYPlot plot;
  private final List<XYSeries> series = new ArrayList<>();
  private final List<Integer> columns = new ArrayList<>();

  /** An essential line. */
  static Line line(String metric, String label) {
    return new Line(metric, label, true);
  }

  /** A line drawn with the full set only. */
  static Line extra(String metric, String label) {
    return new Line(metric, label, false);
  }

  LineChart(ChartStyle style, String name, String title, List<AxisGroup> axes, boolean allSeries) {
    super(style);
    this.name = name;
    int styleIndex = 0; // counted over the full set, so a line's style is the same in both
    XYPlot p = null;
    List<List<FadedLine>> fadedByAxis = new ArrayList<>();
    for (AxisGroup g : axes) {
      XYSeriesCollection c = new XYSeriesCollection();
      List<FadedLine> faded = new ArrayList<>();
      List<Integer> styles = new ArrayList<>();
      for (Line l : g.lines()) {
        int k = styleIndex++;
        if (!l.essential() && !allSeries) {
          continue;
        }
        XYSeries s = series(l.label());
        c.addSeries(s);
        series.add(s);
        int column = Metrics.index(l.metric());
        columns.add(column);
        styles.add(k);
        faded.add(new FadedLine(l.label(), Palette.series(k), r -> r.value(column)));
      }
      if (styles.isEmpty()) {
        continue; // a right axis whose lines are all extra
      }
      var renderer = lines(styles);
      if (p == null) {
        p = plot(c, g.axisLabel(), renderer);
      } else {
        secondaryAxis(p, fadedByAxis.size(), g.axisLabel(), c, renderer);
      }
      fadedByAxis.add(faded);
    }
    this.plot = p;
    // Faded datasets after the real ones: the plot draws higher indices first, so beneath.
    for (int a = 0; a < fadedByAxis.size(); a++) {
      fadedLines(plot, a, fadedByAxis.get(a));
    }
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
