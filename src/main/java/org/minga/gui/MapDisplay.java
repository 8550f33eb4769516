package org.minga.gui;

import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.ScrollPaneConstants;
import sim.display.Display2D;
import sim.display.GUIState;

/**
 * The territory map's MASON display, zoomed to fit the space the window gives it (no scrollbars
 * clipping the territory), with MASON's toolbar hidden unless a power user asks for it.
 *
 * <p>Display2D paints while holding the schedule lock, so the model waits while the map is drawn;
 * with many producers the map is therefore redrawn at most four times a second of real time rather
 * than after every step (MASON's own "skip" option, still in its options).
 */
final class MapDisplay extends Display2D {
  private static final long serialVersionUID = 1L;

  /** Above this many producers the map is redrawn on a wall-clock interval. */
  static final int MANY_PRODUCERS = 2000;

  static final long REDRAW_MS = 250;

  /** The map's size at scale 1, pixels. */
  private final double baseWidth;

  private final double baseHeight;

  MapDisplay(double width, double height, GUIState gui, int producers) {
    super(width, height, gui);
    this.baseWidth = width;
    this.baseHeight = height;
    if (producers > MANY_PRODUCERS) {
      updateRule = UPDATE_RULE_WALLCLOCK_TIME;
      wallInterval = REDRAW_MS;
    }
    display.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
    display.setVerticalScrollBarPolicy(ScrollPaneConstants.VERTICAL_SCROLLBAR_NEVER);
    display.addComponentListener(
        new ComponentAdapter() {
          @Override
          public void componentResized(ComponentEvent e) {
            fit();
          }
        });
    header.setVisible(false);
  }

  /** Zooms so the whole territory fits the visible area. */
  void fit() {
    int w = display.getViewport().getWidth();
    int h = display.getViewport().getHeight();
    if (w > 0 && h > 0) {
      setScale(Math.min(w / baseWidth, h / baseHeight));
      // setScale keeps the old centre in view; without scrollbars, show the whole map instead.
      javax.swing.SwingUtilities.invokeLater(
          () -> display.getViewport().setViewPosition(new java.awt.Point(0, 0)));
    }
  }

  /** Shows or hides MASON's toolbar (layers, options, zoom, snapshot). */
  void showToolbar(boolean on) {
    header.setVisible(on);
    revalidate();
  }
}
