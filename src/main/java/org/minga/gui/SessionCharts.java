package org.minga.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.minga.chart.ChartStyle;
import org.minga.chart.Palette;

/**
 * The session's own charts (the big screen's "the room's households against all" and the
 * debrief's): plain line charts over the run's years, whose lines are replaced whole when the
 * data grows (a few hundred points each). Event dispatch thread.
 */
final class SessionCharts {
  /** Alpha of the faded lines: the model's rules in place of the players. */
  static final int FADED_ALPHA = 110;
  /** The room's colour on the map and in the charts. */
  static final Color ROOM = Palette.PURPLE.darker();

  /** A line: its name, colour, width, dash, whether the legend shows it, and its values. */
  record Line(String name, Color colour, Stroke stroke, boolean inLegend, double[] years,
      double[] values) {}

  private SessionCharts() {}

  /** An empty line chart with a time axis in years and {@code yLabel} on the left. */
  static JFreeChart chart(String title, String yLabel, ChartStyle style) {
    NumberAxis time = new NumberAxis("Year");
    time.setAutoRangeIncludesZero(false);
    TickUnits years = new TickUnits(); // whole years, no thousands separator: 1995, 2000
    for (int k : new int[] {1, 2, 5, 10, 20, 50}) {
      years.add(new NumberTickUnit(k, new DecimalFormat("0")));
    }
    time.setStandardTickUnits(years);
    NumberAxis y = new NumberAxis(yLabel);
    y.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(new XYSeriesCollection(), time, y, new XYLineAndShapeRenderer(
        true, false));
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(220, 220, 220));
    plot.setRangeGridlinePaint(new Color(220, 220, 220));
    JFreeChart chart = new JFreeChart(title, font(style.titleSize(), Font.BOLD), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    restyle(chart, style);
    return chart;
  }

  /** Fonts of {@code chart} in {@code style} (presentation mode, or back). */
  static void restyle(JFreeChart chart, ChartStyle style) {
    Font label = font(style.labelSize(), Font.PLAIN);
    Font tick = font(style.tickSize(), Font.PLAIN);
    chart.getTitle().setFont(font(style.titleSize(), Font.BOLD));
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(tick);
      chart.getLegend().setPosition(RectangleEdge.BOTTOM);
    }
    XYPlot plot = chart.getXYPlot();
    for (int i = 0; i < plot.getRangeAxisCount(); i++) {
      if (plot.getRangeAxis(i) != null) {
        plot.getRangeAxis(i).setLabelFont(label);
        plot.getRangeAxis(i).setTickLabelFont(tick);
      }
    }
    plot.getDomainAxis().setLabelFont(label);
    plot.getDomainAxis().setTickLabelFont(tick);
  }

  private static Font font(float size, int style) {
    return new Font(Font.SANS_SERIF, style, Math.round(size));
  }

  /** Replaces the lines on axis {@code axis} (0: left; 1: a right axis named {@code label}). */
  static void show(JFreeChart chart, int axis, String label, List<Line> lines) {
    XYPlot plot = chart.getXYPlot();
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      XYSeries s = new XYSeries(l.name() + (data.getSeriesIndex(l.name()) >= 0 ? " " + i : ""),
          false, true);
      for (int k = 0; k < l.years().length; k++) {
        s.add(l.years()[k], Double.isNaN(l.values()[k]) ? null : l.values()[k]);
      }
      data.addSeries(s);
      r.setSeriesPaint(i, l.colour());
      r.setSeriesStroke(i, l.stroke());
      r.setSeriesVisibleInLegend(i, l.inLegend());
    }
    if (axis > 0 && plot.getRangeAxis(axis) == null) {
      NumberAxis right = new NumberAxis(label);
      right.setAutoRangeIncludesZero(false);
      right.setLabelFont(plot.getRangeAxis().getLabelFont());
      right.setTickLabelFont(plot.getRangeAxis().getTickLabelFont());
      plot.setRangeAxis(axis, right);
    }
    plot.setDataset(axis, data);
    plot.setRenderer(axis, r);
    plot.mapDatasetToRangeAxis(axis, axis);
  }

  /** A line over months 0 to {@code steps - 1}. */
  static Line line(String name, Color colour, Stroke stroke, boolean inLegend, int steps,
      int startYear, IntToDoubleFunction value) {
    double[] x = new double[steps];
    double[] y = new double[steps];
    for (int s = 0; s < steps; s++) {
      x[s] = year(s, startYear);
      y[s] = value.applyAsDouble(s);
    }
    return new Line(name, colour, stroke, inLegend, x, y);
  }

  /** Month {@code step} on the time axis: the calendar year (or the year of the run) and a part. */
  static double year(int step, int startYear) {
    return (startYear > 0 ? startYear : 1) + step / 12.0;
  }

  static Stroke solid(float width) {
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
  }

  static Stroke dashed(float width) {
    return Palette.line(1, width);
  }

  static Color faded(Color c) {
    return Palette.translucent(c, FADED_ALPHA);
  }

  /** Lines in one list. */
  static List<Line> lines(Line... lines) {
    return new ArrayList<>(List.of(lines));
  }
}
