package org.minga.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.Supplier;
import org.minga.chart.Palette;
import org.minga.model.Channel;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

/**
 * Drawn on the map itself, over the agents: the clock in the top-left corner and the legend in
 * the bottom-left, so a screenshot or a projector shows what the colours and shapes mean and
 * when it is. Layered last; MASON's layer menu can hide it.
 */
final class MapOverlay extends FieldPortrayal2D {
  private static final long serialVersionUID = 1L;
  /** A row of the legend: a glyph, its colour and what it stands for. */
  private record Entry(String glyph, Color colour, String text) {}

  private final transient Supplier<String> clock;
  private volatile float scale = 1f;
  /** Whether the legend explains the rings of the room's households (a session). */
  private volatile boolean played;

  /** @param clock the clock's text now (called while drawing) */
  MapOverlay(Supplier<String> clock) {
    this.clock = clock;
  }

  /** The legend says what the rings around the room's households mean. */
  void showPlayed(boolean on) {
    played = on;
  }

  /** Type size times {@code factor} (presentation mode). */
  void scale(float factor) {
    scale = factor;
  }

  static List<Entry> legend() {
    List<Entry> rows = new java.util.ArrayList<>();
    for (Channel c : Channel.ALL) {
      rows.add(new Entry("\u25CF", MapPortrayals.channelColour(c), "sells to "
          + c.label().replace('_', ' ')));
    }
    rows.add(new Entry("\u25CB", MapPortrayals.NO_CHANNEL, "no sale yet / left farming"));
    rows.add(new Entry("\u25A0", Palette.BLUE, "cooperative"));
    rows.add(new Entry("\u25B2", Palette.VERMILLION, "intermediary"));
    rows.add(new Entry("\u25C6", Palette.GREEN, "firm (hollow: inactive)"));
    return rows;
  }

  /** The legend's lines, for tests and the accessible description. */
  static List<String> legendText() {
    return legend().stream().map(e -> e.glyph() + " " + e.text()).toList();
  }

  @Override
  public void draw(Object field, Graphics2D g, DrawInfo2D info) {
    Rectangle2D view = info.clip;
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    Font clockFont = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(16 * scale));
    box(g, List.of(clock.get()), null, clockFont, view.getX() + 6, view.getY() + 6);
    Font legendFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(11 * scale));
    List<Entry> rows = legend();
    if (played) {
      rows.add(0, new Entry("\u25CE", MapPortrayals.RING, "played by someone in the room"));
    }
    FontMetrics fm = g.getFontMetrics(legendFont);
    double height = rows.size() * fm.getHeight() + 8;
    box(g, rows.stream().map(Entry::text).toList(), rows, legendFont, view.getX() + 6,
        view.getMaxY() - height - 6);
  }

  /** A white, outlined box of text lines at (x, y), each after its glyph when there are any. */
  private static void box(Graphics2D g, List<String> lines, List<Entry> glyphs, Font font,
      double x, double y) {
    boolean withGlyphs = glyphs != null;
    g.setFont(font);
    FontMetrics fm = g.getFontMetrics();
    int glyphWidth = withGlyphs ? fm.stringWidth("\u25CF ") : 0;
    int width = 0;
    for (String s : lines) {
      width = Math.max(width, fm.stringWidth(s));
    }
    int w = width + glyphWidth + 10;
    int h = lines.size() * fm.getHeight() + 8;
    g.setColor(new Color(255, 255, 255, 225));
    g.fillRect((int) x, (int) y, w, h);
    g.setColor(new Color(120, 120, 120));
    g.setStroke(new BasicStroke(1f));
    g.drawRect((int) x, (int) y, w, h);
    for (int i = 0; i < lines.size(); i++) {
      int baseline = (int) y + 4 + fm.getAscent() + i * fm.getHeight();
      if (withGlyphs) {
        Color c = glyphs.get(i).colour();
        g.setColor(c.equals(Palette.YELLOW) ? new Color(200, 180, 0) : c);
        g.drawString(glyphs.get(i).glyph(), (int) x + 5, baseline);
      }
      g.setColor(Color.BLACK);
      g.drawString(lines.get(i), (int) x + 5 + glyphWidth, baseline);
    }
  }

  /** Nothing to hit: clicks go through to the agents. */
  @Override
  protected void hitOrDraw(Graphics2D graphics, DrawInfo2D info, Bag putInHere) {}
}
