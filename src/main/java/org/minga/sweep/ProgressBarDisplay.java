package org.minga.sweep;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress bar of runs on a terminal (runs done, runs per second, ETA), redrawn in place. */
public final class ProgressBarDisplay implements SweepProgress {
  private final PrintStream terminal;
  private ProgressBar bar;

  public ProgressBarDisplay(PrintStream terminal) {
    this.terminal = terminal;
  }

  @Override
  public void start(long total, long done) {
    if (total - done > 1) { // one run left: a bar would only flicker
      bar =
          new ProgressBarBuilder()
              .setTaskName("Sweep")
              .setInitialMax(total)
              .setUnit(" runs", 1)
              .showSpeed()
              .setStyle(ProgressBarStyle.ASCII)
              .setConsumer(new ConsoleProgressBarConsumer(terminal))
              .build();
      bar.stepTo(done);
    }
  }

  @Override
  public void advanced(long done) {
    if (bar != null) {
      bar.stepTo(done);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
