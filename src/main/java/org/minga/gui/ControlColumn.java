package org.minga.gui;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;

/**
 * The top of the control column: a large Play/Pause toggle whose label says what pressing it
 * does, Step one month, Reset, the speed in months per second and the clock.
 */
final class ControlColumn {
  static final String PLAY = "\u25B6  Play";
  static final String PAUSE = "\u2016  Pause";
  static final String AGAIN = "\u25B6  Play again";
  static final String OVER = "Session over";

  private final RunControls run;
  private final JPanel panel = new JPanel();
  private final JButton playPause = new JButton(PLAY);
  private final JButton step = new JButton("Step one month");
  private final JButton reset = new JButton("Reset");
  private final JSlider speed = new JSlider(0, RunControls.SPEEDS.length - 1, 2);
  private final JLabel speedLabel = new JLabel();
  private final JLabel clock = new JLabel(Clock.NOT_STARTED);

  ControlColumn(RunControls run) {
    this.run = run;
    panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
    panel.setAlignmentX(Component.LEFT_ALIGNMENT);
    playPause.setName("play");
    step.setName("step");
    reset.setName("reset");
    speed.setName("speed");
    clock.setName("clock");
    playPause.setFont(playPause.getFont().deriveFont(Font.BOLD, 22f));
    playPause.addActionListener(e -> run.togglePlay());
    step.setToolTipText("Run one month, then stay paused");
    step.addActionListener(e -> run.stepOneMonth());
    reset.setToolTipText("Back to month 0 with the same seed (paused)");
    reset.addActionListener(e -> run.reset());
    JPanel buttons = new JPanel(new GridLayout(0, 1, 4, 4));
    buttons.add(playPause);
    JPanel small = new JPanel(new GridLayout(1, 2, 4, 0));
    small.add(step);
    small.add(reset);
    buttons.add(small);
    buttons.setAlignmentX(Component.LEFT_ALIGNMENT);
    buttons.setMaximumSize(new Dimension(Integer.MAX_VALUE, 110));
    speed.setSnapToTicks(true);
    speed.setMajorTickSpacing(1);
    speed.setPaintTicks(true);
    speed.setValue(indexOf(RunControls.DEFAULT_SPEED));
    speed.addChangeListener(e -> {
      run.setSpeed(RunControls.SPEEDS[speed.getValue()]);
      speedLabel.setText(RunControls.label(run.speed()));
    });
    speed.setAlignmentX(Component.LEFT_ALIGNMENT);
    speedLabel.setText(RunControls.label(run.speed()));
    clock.setFont(clock.getFont().deriveFont(Font.BOLD, 17f));
    panel.add(buttons);
    panel.add(Widgets.row(new JLabel("Speed:"), speedLabel));
    panel.add(speed);
    panel.add(Widgets.heading("Clock"));
    clock.setAlignmentX(Component.LEFT_ALIGNMENT);
    panel.add(clock);
  }

  private static int indexOf(double monthsPerSecond) {
    for (int i = 0; i < RunControls.SPEEDS.length; i++) {
      if (RunControls.SPEEDS[i] == monthsPerSecond) {
        return i;
      }
    }
    throw new IllegalArgumentException("no speed " + monthsPerSecond);
  }

  JPanel component() {
    return panel;
  }

  /**
   * The toggle says what it will do (after the last month: start again from month 0); Step is
   * for a paused run.
   */
  void refresh(boolean ended) {
    boolean over = ended && !run.started();
    playPause.setText(run.playing() ? PAUSE : over ? (run.isOneRun() ? OVER : AGAIN) : PLAY);
    playPause.setEnabled(!(over && run.isOneRun()));
    step.setEnabled(!run.playing() && !(over && run.isOneRun()));
    reset.setEnabled(!run.isOneRun());
  }

  void clock(String text) {
    clock.setText(text);
  }

  String clock() {
    return clock.getText();
  }

  JButton playPauseButton() {
    return playPause;
  }

  JButton stepButton() {
    return step;
  }

  JButton resetButton() {
    return reset;
  }

  JSlider speedSlider() {
    return speed;
  }

  String speedText() {
    return speedLabel.getText();
  }
}
