package org.minga.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Window;
import javax.swing.JDialog;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.Steppable;
import sim.engine.Stoppable;
import sim.portrayal.Inspector;
import sim.util.Bag;

/**
 * The agents double-clicked on the map, each in a tab of a small window beside the main one (as
 * NetLogo's agent monitors): MASON's inspectors, refreshed after every month as its Console
 * refreshes them, and stopped by it on reset.
 */
final class InspectorWindow {
  private final JDialog dialog;
  private final JTabbedPane tabs = new JTabbedPane();
  private float scale = 1f;

  InspectorWindow(Window owner) {
    dialog = new JDialog(owner, "Inspector");
    dialog.getContentPane().add(tabs, BorderLayout.CENTER);
    dialog.setDefaultCloseOperation(JDialog.HIDE_ON_CLOSE);
  }

  /** Shows {@code inspectors} (replacing the last ones), updated after every month. */
  void show(GUIState gui, Controller controller, Bag inspectors, Bag names) {
    tabs.removeAll();
    for (int x = 0; x < inspectors.numObjs; x++) {
      Inspector inspector = (Inspector) inspectors.objs[x];
      if (inspector == null) {
        continue;
      }
      Steppable refresh =
          state ->
              SwingUtilities.invokeLater(
                  () -> {
                    synchronized (state.schedule) {
                      if (inspector.isVolatile()) {
                        inspector.updateInspector();
                        inspector.repaint();
                      }
                    }
                  });
      Stoppable stopper = null;
      try {
        stopper = inspector.reviseStopper(gui.scheduleRepeatingImmediatelyAfter(refresh));
      } catch (IllegalArgumentException e) {
        // the run is over: nothing left to refresh, but the inspector still shows the state
      }
      controller.registerInspector(inspector, stopper);
      tabs.addTab(String.valueOf(names.objs[x]), new JScrollPane(inspector));
    }
    UiScale.apply(tabs, scale);
    if (!dialog.isVisible()) {
      dialog.setSize(new Dimension(Math.round(380 * scale), Math.round(460 * scale)));
      Window owner = dialog.getOwner();
      dialog.setLocation(
          owner.getX() + owner.getWidth() - dialog.getWidth() - 20, owner.getY() + 80);
    }
    dialog.setVisible(true);
    dialog.validate();
  }

  /** Type size times {@code factor} (presentation mode). */
  void scale(float factor) {
    scale = factor;
    UiScale.apply(tabs, factor);
  }

  /** The tabs' titles, one per inspected agent (tests). */
  java.util.List<String> titles() {
    java.util.List<String> t = new java.util.ArrayList<>();
    for (int i = 0; i < tabs.getTabCount(); i++) {
      t.add(tabs.getTitleAt(i));
    }
    return t;
  }

  JDialog dialog() {
    return dialog;
  }

  void dispose() {
    dialog.dispose();
  }
}
