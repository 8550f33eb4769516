package org.minga.gui;

import sim.display.Console;
import sim.util.Bag;

/**
 * MASON's Console as the simulation's controller, kept out of sight: the workshop window drives it,
 * and power users open it from the Tools menu. Inspectors of agents clicked on the map go to the
 * window's inspector, not to the hidden Console's tab.
 */
final class WorkshopConsole extends Console {
  private static final long serialVersionUID = 1L;
  private final transient MingaGui gui;

  WorkshopConsole(MingaGui gui) {
    super(gui);
    this.gui = gui;
    // Closing the Console hides it: the workshop window is the program's, and closing that ends it.
    for (java.awt.event.WindowListener l : getWindowListeners()) {
      removeWindowListener(l);
    }
    setDefaultCloseOperation(HIDE_ON_CLOSE);
  }

  @Override
  public void setInspectors(Bag inspectors, Bag names) {
    if (inspectors.numObjs == 0) {
      return; // a double click on empty ground: keep what is shown
    }
    removeAllInspectors(false); // the last agent's refreshes stop
    gui.window().inspectors().show(gui, this, inspectors, names);
  }
}
