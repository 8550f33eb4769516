package org.minga.gui;

import java.awt.Component;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import org.minga.chart.StepRow;
import org.minga.model.Policies;
import org.minga.output.TimeseriesCsv;
import org.minga.scenario.Storyboard;
import sim.display.Console;

/**
 * Plays a storyboard in the window: at the start of each month (before the model steps, on the
 * model's thread), the cues of that month run in file order. Shocks and levers act from that month,
 * exactly as the facilitator's buttons would before it; captions, pauses, screenshots and exports
 * go through the event dispatch thread. A failed file action is reported on standard error and the
 * session goes on.
 */
final class StoryboardPlayer {
  private final MingaGui gui;
  private final Storyboard storyboard;
  private int nextMonth;

  StoryboardPlayer(MingaGui gui, Storyboard storyboard) {
    this.gui = gui;
    this.storyboard = storyboard;
  }

  /** Back to the first cue (a new start). */
  void rewind() {
    nextMonth = 0;
  }

  /** Runs the cues of every month up to {@code month} not yet run (each month once). */
  void before(int month) {
    for (; nextMonth <= month; nextMonth++) {
      for (Storyboard.Cue cue : storyboard.at(nextMonth)) {
        play(cue.action(), nextMonth);
      }
    }
  }

  private void play(Storyboard.Action a, int month) {
    if (a instanceof Storyboard.Caption c) {
      MingaGui.onEdt(() -> gui.window().caption(c.text()));
    } else if (a instanceof Storyboard.Pause) {
      MingaGui.onEdt(() -> gui.window().run().pause());
    } else if (a instanceof Storyboard.Inject i) {
      gui.injectPriceShock(i.multiplier(), i.months(), i.atNextHarvest());
    } else if (a instanceof Storyboard.Lever l) {
      gui.setLever(
          Policies.Lever.of(l.name()), l.on() ? Policies.Override.ON : Policies.Override.OFF);
    } else if (a instanceof Storyboard.SaveSession s) {
      fileAction(s.file(), () -> gui.saveSession(s.file()));
    } else if (a instanceof Storyboard.Export e) {
      MingaGui.onEdt(() -> fileAction(e.dir(), () -> export(e.dir(), month)));
    } else if (a instanceof Storyboard.Screenshot s) {
      MingaGui.onEdt(
          () ->
              fileAction(
                  s.file(),
                  () -> {
                    gui.window()
                        .charts()
                        .charts(); // every month so far drawn, not only the last redraw's
                    screenshot(gui.window().frame(), s.file());
                  }));
    } else if (a instanceof Storyboard.Quit) {
      MingaGui.onEdt(() -> console().doClose());
    }
  }

  private Console console() {
    return (Console) gui.controller;
  }

  /** An action that writes a file. */
  interface FileWrite {
    void run() throws IOException;
  }

  private static void fileAction(Path target, FileWrite w) {
    try {
      w.run();
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      System.err.println("storyboard: could not write " + target + ": " + e.getMessage());
    }
  }

  /**
   * The run before {@code month} into {@code dir}: {@code timeseries.csv} (the same columns and
   * number format as {@code minga run} writes), and the charts as PNG as drawn when the export runs
   * (event dispatch thread; a fast run may have charted a few months more).
   */
  private void export(Path dir, int month) throws IOException {
    // Complete up to the month: each month's row was queued, with its hand-over to the charts,
    // before this task was, and the event thread runs tasks in order (ChartFeed).
    Files.createDirectories(dir);
    try (java.io.Writer w = Files.newBufferedWriter(dir.resolve(TimeseriesCsv.FILE_NAME))) {
      TimeseriesCsv csv = new TimeseriesCsv(w);
      for (StepRow row : gui.window().charts().charts().rows()) {
        if (row.step() < month) {
          csv.onStep(row.step(), row.values(), null);
        }
      }
      csv.onFinish();
    }
    gui.window().charts().exportPng(dir);
  }

  /** Writes an image of {@code frame}'s content as PNG (event dispatch thread). */
  static void screenshot(JFrame frame, Path file) throws IOException {
    Component c = frame.getContentPane();
    BufferedImage img =
        new BufferedImage(
            Math.max(1, c.getWidth()), Math.max(1, c.getHeight()), BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = img.createGraphics();
    try {
      c.paint(g);
    } finally {
      g.dispose();
    }
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    ImageIO.write(img, "png", file.toFile());
  }
}
