package org.minga.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/**
 * Colours and dash patterns for every chart and the map. Colours are the Okabe-Ito palette
 * (distinguishable with the common colour-vision deficiencies); each series also gets its own dash
 * pattern (and each stacked band its own hatching, see {@link ChannelsChart}) so that the charts
 * still read when printed in black and white.
 */
public final class Palette {
  public static final Color BLACK = new Color(0, 0, 0);
  public static final Color ORANGE = new Color(230, 159, 0);
  public static final Color SKY_BLUE = new Color(86, 180, 233);
  public static final Color GREEN = new Color(0, 158, 115);
  public static final Color YELLOW = new Color(240, 228, 66);
  public static final Color BLUE = new Color(0, 114, 178);
  public static final Color VERMILLION = new Color(213, 94, 0);
  public static final Color PURPLE = new Color(204, 121, 167);
  public static final Color GREY = new Color(110, 110, 110);

  /** Series colours in the order charts use them (black first: the headline series). */
  private static final Color[] SERIES = {BLACK, BLUE, VERMILLION, GREEN, PURPLE, ORANGE, SKY_BLUE};

  /** Dash patterns in series order: solid, long dash, dotted, dash-dot, short dash... */
  private static final float[][] DASHES = {
    null, {10f, 5f}, {2f, 4f}, {10f, 4f, 2f, 4f}, {5f, 5f}, {14f, 4f, 2f, 4f, 2f, 4f}, {1f, 3f}
  };

  private Palette() {}

  /** The colour of the {@code i}-th series of a chart. */
  public static Color series(int i) {
    return SERIES[i % SERIES.length];
  }

  /** A line of {@code width} with the {@code i}-th dash pattern (scaled with the width). */
  public static Stroke line(int i, float width) {
    float[] dash = DASHES[i % DASHES.length];
    if (dash == null) {
      return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    }
    float[] scaled = new float[dash.length];
    float scale = Math.max(1f, width / 1.5f);
    for (int k = 0; k < dash.length; k++) {
      scaled[k] = dash[k] * scale;
    }
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, scaled, 0f);
  }

  /** {@code c} with alpha {@code alpha} (0-255), for bands. */
  public static Color translucent(Color c, int alpha) {
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
  }
}
