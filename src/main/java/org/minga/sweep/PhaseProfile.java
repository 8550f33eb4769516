package org.minga.sweep;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntConsumer;
import org.minga.model.Phase;

/**
 * CPU time of the stepping thread spent in each phase of a step, for {@code bench --phases}. The
 * model reports the end of each of its phases; the metrics phase (recorded outside the model) is
 * what remains of the step after the model's last phase. Each lap reads the thread's CPU clock
 * (well under a microsecond; no difference in the rates was measurable).
 */
final class PhaseProfile implements IntConsumer {
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final long[] nanos = new long[Phase.COUNT];
  private long last;

  /** Starts the clock (before the first timed step). */
  void start() {
    last = threads.getCurrentThreadCpuTime();
  }

  @Override
  public void accept(int phase) {
    long now = threads.getCurrentThreadCpuTime();
    nanos[phase] += now - last;
    last = now;
  }

  /** Closes a step: the time since the model's last phase went to recording metrics. */
  void endStep() {
    accept(Phase.METRICS);
  }

  /** CPU nanoseconds spent in each phase so far, indexed by ordering. */
  long[] nanos() {
    return nanos.clone();
  }
}
