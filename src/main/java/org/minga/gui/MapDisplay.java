package org.minga.gui;

import sim.display.Display2D;
import sim.display.GUIState;

/**
 * The territory map's MASON display. Display2D paints while holding the schedule lock, so the
 * model waits while the map is drawn; with many producers the map is therefore redrawn at most
 * four times a second of real time rather than after every step (MASON's own "skip" option,
 * which the facilitator can still change in the display's options).
 */
final class MapDisplay extends Display2D {
  private static final long serialVersionUID = 1L;
  /** Above this many producers the map is redrawn on a wall-clock interval. */
  static final int MANY_PRODUCERS = 2000;
  static final long REDRAW_MS = 250;

  MapDisplay(double width, double height, GUIState gui, int producers) {
    super(width, height, gui);
    if (producers > MANY_PRODUCERS) {
      updateRule = UPDATE_RULE_WALLCLOCK_TIME;
      wallInterval = REDRAW_MS;
    }
  }
}
