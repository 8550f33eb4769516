package org.minga.chart;

import java.awt.Font;

/**
 * Font sizes and line widths of the charts: {@link #STANDARD} for files and a desktop window,
 * {@link #PRESENTATION} for a projector seen from the back of a room.
 *
 * @param titleSize chart title size, points
 * @param labelSize axis label size, points
 * @param tickSize tick label and legend size, points
 * @param lineWidth series line width, pixels
 */
public record ChartStyle(float titleSize, float labelSize, float tickSize, float lineWidth) {
  public static final ChartStyle STANDARD = new ChartStyle(18f, 14f, 12f, 2f);
  public static final ChartStyle PRESENTATION = new ChartStyle(30f, 24f, 20f, 4.5f);

  Font title() {
    return new Font(Font.SANS_SERIF, Font.BOLD, Math.round(titleSize));
  }

  Font label() {
    return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(labelSize));
  }

  Font tick() {
    return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(tickSize));
  }

  /** Axis label and tick fonts from this style, in black. */
  void applyTo(org.jfree.chart.axis.Axis axis) {
    axis.setLabelFont(label());
    axis.setTickLabelFont(tick());
    axis.setLabelPaint(java.awt.Color.BLACK);
    axis.setTickLabelPaint(java.awt.Color.BLACK);
  }

  /** Title font, legend at the bottom in tick type, white background. */
  org.jfree.chart.JFreeChart finish(org.jfree.chart.JFreeChart c) {
    c.setBackgroundPaint(java.awt.Color.WHITE);
    c.getTitle().setFont(title());
    org.jfree.chart.title.LegendTitle legend = c.getLegend();
    if (legend != null) {
      legend.setItemFont(tick());
      legend.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
    }
    return c;
  }

  /** Event notes under the chart: a little smaller than ticks. */
  Font note() {
    return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(tickSize * 0.9f));
  }
}
