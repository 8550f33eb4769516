package org.minga.gui;

import java.awt.Component;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

/**
 * Crash and boom injection in the control column: how deep or high, for how many months, and when
 * it hits (the next month, or the start of the next harvest), with a note saying which month the
 * shock hits and why that month matters.
 */
final class ShockPanel {
  private final MingaGui gui;
  private final JPanel panel = new JPanel();
  private final JSpinner crashDepth = new JSpinner(new SpinnerNumberModel(45, 5, 95, 5));
  private final JSpinner boomHeight = new JSpinner(new SpinnerNumberModel(40, 5, 300, 5));
  private final JSpinner months = new JSpinner(new SpinnerNumberModel(12, 1, 120, 1));
  private final JComboBox<String> timing =
      new JComboBox<>(new String[] {"next month", "next harvest"});

  /** Which month the last shock hits, and why that month matters. */
  private final JLabel note = new JLabel(" ");

  ShockPanel(MingaGui gui) {
    this.gui = gui;
    panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
    panel.setAlignmentX(Component.LEFT_ALIGNMENT);
    JButton crash = new JButton("Crash");
    crash.setName("crash");
    timing.setName("shockTiming");
    crash.setToolTipText("World price falls by this share");
    crash.addActionListener(e -> inject(1 - ((Integer) crashDepth.getValue()) / 100.0));
    JButton boom = new JButton("Boom");
    boom.setName("boom");
    boom.setToolTipText("World price rises by this share");
    boom.addActionListener(e -> inject(1 + ((Integer) boomHeight.getValue()) / 100.0));
    JPanel rows = new JPanel();
    rows.setLayout(new BoxLayout(rows, BoxLayout.Y_AXIS));
    rows.add(Widgets.row(crash, new JLabel("price falls by"), crashDepth, new JLabel("%")));
    rows.add(Widgets.row(boom, new JLabel("price rises by"), boomHeight, new JLabel("%")));
    rows.add(Widgets.row(new JLabel("for"), months, new JLabel("months, from"), timing));
    rows.setAlignmentX(Component.LEFT_ALIGNMENT);
    panel.add(Widgets.heading("World price shock"));
    panel.add(rows);
    panel.add(note);
  }

  JPanel component() {
    return panel;
  }

  /** "Next harvest" chosen (tests and storyboards read the same switch). */
  void hitAtNextHarvest(boolean on) {
    timing.setSelectedIndex(on ? 1 : 0);
  }

  String note() {
    return note.getText();
  }

  private void inject(double multiplier) {
    boolean atHarvest = timing.getSelectedIndex() == 1;
    int from = gui.injectPriceShock(multiplier, (Integer) months.getValue(), atHarvest);
    // Wrapped html: the note is long and the column narrow.
    note.setText(
        "<html><body style='width:190px'>"
            + ShockTiming.describe(gui.model(), from)
            + "</body></html>");
  }
}
