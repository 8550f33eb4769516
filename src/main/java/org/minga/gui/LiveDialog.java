package org.minga.gui;

import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.Timer;

/**
 * A non-modal dialog of the big screen that follows the session: it redraws itself every {@code
 * refreshMs} while it is shown, and stops when it is closed.
 */
abstract class LiveDialog {
  final JDialog dialog;
  private final Timer timer;

  LiveDialog(JFrame owner, String title, String name, int refreshMs) {
    dialog = new JDialog(owner, title, false);
    dialog.setName(name);
    timer = new Timer(refreshMs, e -> refresh());
  }

  /** Redraws from the session as it is now. */
  abstract void update();

  final void refresh() {
    if (!dialog.isVisible() && timer.isRunning()) {
      timer.stop();
    }
    update();
  }

  void show() {
    refresh();
    timer.start();
    dialog.setVisible(true);
    dialog.toFront();
  }

  void dispose() {
    timer.stop();
    dialog.dispose();
  }

  JDialog dialog() {
    return dialog;
  }
}
