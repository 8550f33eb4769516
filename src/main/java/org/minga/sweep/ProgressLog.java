package org.minga.sweep;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Progress as plain lines, for a log rather than a terminal (nohup, a SLURM job's output): a line
 * when the sweep starts, then one whenever another 5% of the runs is done or 30 s have passed since
 * the last line, and one when the last run is done. Each line says the runs done of the total, the
 * rate of this call's runs and the time left at that rate. Lines are only written as runs complete,
 * so a log stays quiet while the first runs are still running.
 */
public final class ProgressLog implements SweepProgress {
  /** A line at least every this many nanoseconds of runs completing. */
  static final long INTERVAL_NANOS = 30_000_000_000L;

  /** A line at each of this many equal shares of the runs (5%). */
  static final int SHARES = 20;

  private final Consumer<String> lines;
  private final LongSupplier nanoClock;
  private long total;
  private long doneAtStart;
  private long startNanos;
  private long lastNanos;
  private long lastShare;

  /**
   * @param lines receives each line (without its line end)
   * @param nanoClock the time in nanoseconds ({@code System::nanoTime}; a fake one in tests)
   */
  public ProgressLog(Consumer<String> lines, LongSupplier nanoClock) {
    this.lines = lines;
    this.nanoClock = nanoClock;
  }

  @Override
  public void start(long total, long done) {
    this.total = total;
    this.doneAtStart = done;
    this.startNanos = nanoClock.getAsLong();
    this.lastNanos = startNanos;
    this.lastShare = share(done);
    lines.accept(
        String.format(
            Locale.ROOT,
            "minga: sweep of %d run(s): %d to run%s",
            total,
            total - done,
            done > 0 ? ", " + done + " done before" : ""));
  }

  @Override
  public void advanced(long done) {
    long now = nanoClock.getAsLong();
    if (done < total && share(done) == lastShare && now - lastNanos < INTERVAL_NANOS) {
      return;
    }
    lastNanos = now;
    lastShare = share(done);
    double elapsed = (now - startNanos) / 1e9;
    double rate = (done - doneAtStart) / Math.max(1e-9, elapsed);
    lines.accept(
        String.format(
            Locale.ROOT,
            "minga: %d of %d runs done (%d%%) in %s, %.3g " + "runs/s%s",
            done,
            total,
            done * 100 / total,
            Durations.text(elapsed),
            rate,
            done < total ? ", about " + Durations.text((total - done) / rate) + " left" : ""));
  }

  private long share(long done) {
    return done * SHARES / Math.max(1, total);
  }

  @Override
  public void close() {}
}
