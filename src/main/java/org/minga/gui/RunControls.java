package org.minga.gui;

import sim.display.Console;

/**
 * Play, pause, step and speed as the window's buttons say them, over MASON's Console (which stays
 * the simulation's controller, hidden unless a power user opens it). The Console's own buttons
 * surprise a room: play while paused steps once and then runs on. Here the toggle only ever plays
 * or pauses, Step only steps one month (pausing first if needed), and pause freezes: the month
 * running finishes and nothing more runs until play.
 */
final class RunControls {
  /** Speeds offered, months per second; the last one is "as fast as it goes". */
  static final double[] SPEEDS = {0.5, 1, 2, 4, 8, 15, Double.POSITIVE_INFINITY};
  /** About two months a second: a room can follow each month. */
  static final double DEFAULT_SPEED = 2;

  private final Console console;
  private double speed = DEFAULT_SPEED;
  /** Months the schedule has run, in a session (one run only), else null. */
  private java.util.function.LongSupplier sessionSteps;
  /** Called after every press, so the buttons show the new state at once. */
  private Runnable afterPress = () -> { };

  RunControls(Console console) {
    this.console = console;
    console.setNumStepsPerStepButtonPress(1);
    setSpeed(DEFAULT_SPEED);
  }

  void afterEachPress(Runnable r) {
    afterPress = r;
  }

  /**
   * A participatory session: one run only (no reset, no second start), and Step runs the next
   * month on the play thread, after its decisions, rather than on the event thread.
   *
   * @param scheduleSteps the months the schedule has run
   */
  void oneRun(java.util.function.LongSupplier scheduleSteps) {
    sessionSteps = scheduleSteps;
  }

  /** Whether this is a session's single run. */
  boolean isOneRun() {
    return sessionSteps != null;
  }

  /** What the toggle does when pressed now: "Play" or "Pause". */
  boolean playing() {
    return console.getPlayState() == Console.PS_PLAYING;
  }

  boolean started() {
    return console.getPlayState() != Console.PS_STOPPED;
  }

  /** Plays from a pause, or starts a run when none is going; pauses a playing run. */
  void togglePlay() {
    if (sessionSteps != null && !started()) {
      return; // the session's run is over: its files are written
    }
    switch (console.getPlayState()) {
      case Console.PS_PLAYING -> console.pressPause(); // pause: the play thread stops
      case Console.PS_PAUSED -> console.pressPause(); // unpause: never pressPlay (it steps)
      default -> console.pressPlay(); // stopped: start and play
    }
    afterPress.run();
  }

  void pause() {
    if (playing()) {
      console.pressPause();
      afterPress.run();
    }
  }

  void play() {
    if (!playing()) {
      togglePlay();
    }
  }

  /** Runs exactly one month and stays paused (starting a paused run first if none is going). */
  void stepOneMonth() {
    if (sessionSteps != null) {
      if (console.getPlayState() == Console.PS_PAUSED) {
        console.setWhenShouldPause(sessionSteps.getAsLong() + 1); // then MASON pauses
        console.pressPause(); // unpause: the play thread waits for the room if it must
        afterPress.run();
      }
      return;
    }
    if (console.getPlayState() == Console.PS_STOPPED) {
      console.pressPause(); // starts the run, paused at month 0
    } else if (playing()) {
      console.pressPause();
    }
    console.pressPlay(); // while paused: one step
    afterPress.run();
  }

  /** Stops the run and starts a fresh one from month 0, paused. */
  void reset() {
    if (sessionSteps != null) {
      return; // one run per session
    }
    console.pressStop();
    console.pressPause();
    afterPress.run();
  }

  /** Months per second (infinite: as fast as the machine goes). */
  void setSpeed(double monthsPerSecond) {
    speed = monthsPerSecond;
    console.setPlaySleep(sleepMs(monthsPerSecond));
  }

  double speed() {
    return speed;
  }

  /** The pause between two months for a speed; the months themselves take a few ms. */
  static long sleepMs(double monthsPerSecond) {
    return Double.isInfinite(monthsPerSecond) ? 0 : Math.round(1000 / monthsPerSecond);
  }

  /** "2 months/s", "½ month/s", "fastest". */
  static String label(double monthsPerSecond) {
    if (Double.isInfinite(monthsPerSecond)) {
      return "fastest";
    }
    if (monthsPerSecond < 1) {
      return "1 month every " + Math.round(1 / monthsPerSecond) + " s";
    }
    long n = Math.round(monthsPerSecond);
    return n + (n == 1 ? " month/s" : " months/s");
  }
}
