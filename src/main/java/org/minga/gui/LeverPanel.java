package org.minga.gui;

import java.awt.Color;
import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.minga.chart.ScenarioEvents;
import org.minga.model.Policies;
import org.minga.scenario.PolicyConfig;

/**
 * The policy levers in the control column, each with its state now ("ON", "off", "off → ON next
 * month" after a switch made while paused), why (its scenario timing or the window's switch), a
 * button that switches it the other way from the next month, and one that hands it back to the
 * scenario's timing.
 */
final class LeverPanel {
  private static final Color ON = new Color(0, 120, 60);
  private final MingaGui gui;
  private final JPanel panel = new JPanel();
  private final List<JLabel> states = new ArrayList<>();
  private final List<JLabel> details = new ArrayList<>();
  private final List<JButton> switches = new ArrayList<>();
  private final List<JButton> backs = new ArrayList<>();

  LeverPanel(MingaGui gui) {
    this.gui = gui;
    panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
    panel.setAlignmentX(Component.LEFT_ALIGNMENT);
    panel.add(Widgets.heading("Policy levers"));
    JPanel grid = new JPanel(new GridBagLayout());
    grid.setAlignmentX(Component.LEFT_ALIGNMENT);
    Policies.Lever[] levers = Policies.Lever.values();
    for (int i = 0; i < levers.length; i++) {
      Policies.Lever lever = levers[i];
      JLabel name = new JLabel(ScenarioEvents.leverName(i));
      JLabel state = new JLabel();
      JLabel detail = new JLabel();
      detail.setFont(detail.getFont().deriveFont(11f));
      detail.setForeground(Color.DARK_GRAY);
      JButton flip = new JButton("Switch on");
      flip.setName("switch " + PolicyConfig.LEVER_KEYS.get(i));
      flip.setMargin(new Insets(1, 4, 1, 4));
      flip.addActionListener(e -> flip(lever));
      JButton back = new JButton("\u21BA");
      back.setToolTipText("Back to the scenario's timing");
      back.setMargin(new Insets(1, 4, 1, 4));
      back.addActionListener(e -> gui.setLever(lever, Policies.Override.SCENARIO));
      states.add(state);
      details.add(detail);
      switches.add(flip);
      backs.add(back);
      GridBagConstraints c = new GridBagConstraints();
      c.anchor = GridBagConstraints.WEST;
      c.insets = new Insets(2, 2, 0, 2);
      c.gridy = 2 * i;
      c.gridx = 0;
      c.weightx = 1;
      grid.add(name, c);
      c.weightx = 0;
      c.gridx = 1;
      grid.add(flip, c);
      c.gridx = 2;
      grid.add(back, c);
      c.gridy = 2 * i + 1;
      c.gridx = 0;
      c.gridwidth = 3;
      c.insets = new Insets(0, 10, 2, 2);
      grid.add(Widgets.row(state, detail), c);
    }
    panel.add(grid);
    refresh();
  }

  JPanel component() {
    return panel;
  }

  private void flip(Policies.Lever lever) {
    boolean onNext = LeverStatus.of(gui.model(), lever).onNext();
    gui.setLever(lever, onNext ? Policies.Override.OFF : Policies.Override.ON);
  }

  /** Shows each lever's state after the last month run (and any switch made since). */
  void refresh() {
    Policies.Lever[] levers = Policies.Lever.values();
    for (int i = 0; i < levers.length; i++) {
      LeverStatus s = LeverStatus.of(gui.model(), levers[i]);
      states.get(i).setText(s.state());
      states.get(i).setForeground(s.onNow() ? ON : Color.GRAY);
      details.get(i).setText(s.detail());
      switches.get(i).setText(s.onNext() ? "Switch off" : "Switch on");
      backs
          .get(i)
          .setEnabled(gui.model().policies().overrideOf(levers[i]) != Policies.Override.SCENARIO);
    }
  }

  /** The state text of lever {@code lever}: "ON · scenario: months 60-179" (tests). */
  String state(Policies.Lever lever) {
    return states.get(lever.ordinal()).getText() + " · " + details.get(lever.ordinal()).getText();
  }
}
