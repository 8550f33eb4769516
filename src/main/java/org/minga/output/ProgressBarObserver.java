package org.minga.output;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.minga.metrics.StepObserver;
import org.minga.metrics.TrackedSample;

/**
 * A progress bar of steps on a terminal. Shown only where a person watches a long run: see {@link
 * #isWorthShowing}; never in pipes, tests or CI logs.
 */
public final class ProgressBarObserver implements StepObserver, AutoCloseable {
  /** Below this many producer-steps a run takes a few seconds: a bar would only flicker. */
  public static final long MIN_PRODUCER_STEPS = 2_000_000L;

  private final ProgressBar bar;

  /** Starts a bar of {@code steps} steps on {@code terminal} (stderr, keeping stdout clean). */
  public ProgressBarObserver(int steps, PrintStream terminal) {
    this.bar =
        new ProgressBarBuilder()
            .setTaskName("Minga")
            .setInitialMax(steps)
            .setUnit(" steps", 1)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new ConsoleProgressBarConsumer(terminal))
            .build();
  }

  /**
   * Whether to show a bar: not {@code quiet}, a console is attached (so output is not redirected)
   * and the run has at least {@link #MIN_PRODUCER_STEPS} producer-steps.
   */
  public static boolean isWorthShowing(boolean quiet, long producers, int steps) {
    return !quiet && System.console() != null && producers * steps >= MIN_PRODUCER_STEPS;
  }

  @Override
  public void onStep(int step, double[] values, TrackedSample tracked) {
    bar.stepTo(step + 1L);
  }

  @Override
  public void onFinish() {
    close();
  }

  /** Stops the bar's refresh thread; safe to call twice. */
  @Override
  public void close() {
    bar.close();
  }
}
