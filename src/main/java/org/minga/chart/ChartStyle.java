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

  /** Event notes under the chart: a little smaller than ticks. */
  Font note() {
    return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(tickSize * 0.9f));
  }
}
