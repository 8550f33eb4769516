package org.minga.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;

/**
 * A dry run's pilot: runs of the sweep itself, spread over its design, run as the sweep runs them
 * (on as many threads, so the machine's other load and the threads' contention count in) for a few
 * seconds. A run still going when the time is up stops after its current step, so a sweep of long
 * runs is timed over part of one run per thread. The first half is the JVM's warm-up (its compiler
 * still at work, longer on a busy machine): the runs and steps started after it are the ones
 * measured. {@link PilotEstimate} scales the times.
 */
final class SweepPilot {
  /** Seconds a pilot lasts: long enough to average out a noisy machine, short for a dry run. */
  static final double SECONDS = 4;

  /** Seconds of the pilot that warm the JVM up. */
  static final double WARM_UP_SECONDS = SECONDS / 2;

  /** Candidates considered: more than a pilot of quick runs gets through. */
  private static final int MAX_CANDIDATES = 10_000;

  private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

  /** A pilot run, and when it started, in seconds from the start of the pilot. */
  record Sample(SweepRun.Timing timing, double startedAt) {}

  private SweepPilot() {}

  static List<Sample> run(SweepPlan plan, Shard shard, int threads, boolean timeseries) {
    List<Long> order = spread(plan, shard);
    int width = Math.min(threads, order.size());
    long start = System.nanoTime();
    long warm = start + (long) (WARM_UP_SECONDS * 1e9);
    long deadline = start + (long) (SECONDS * 1e9);
    ExecutorService pool = SweepRunner.pool(width);
    ExecutorCompletionService<Sample> completion = new ExecutorCompletionService<>(pool);
    List<Sample> samples = new ArrayList<>();
    try {
      int next = 0;
      for (; next < width; next++) {
        submit(completion, plan, order.get(next), timeseries, start, warm, deadline);
      }
      while (samples.size() < next) {
        samples.add(SweepRunner.take(completion));
        if (next < order.size() && System.nanoTime() < deadline) {
          submit(completion, plan, order.get(next++), timeseries, start, warm, deadline);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return samples;
  }

  private static void submit(
      ExecutorCompletionService<Sample> completion,
      SweepPlan plan,
      long run,
      boolean timeseries,
      long start,
      long warm,
      long deadline) {
    completion.submit(
        () -> {
          double startedAt = (System.nanoTime() - start) / 1e9;
          return new Sample(SweepRun.timed(plan, run, timeseries, warm, deadline), startedAt);
        });
  }

  /**
   * The shard's runs in an order whose every prefix spreads over the design (steps of the golden
   * ratio through the runs), so a pilot of a few runs sees its corners as well as its start.
   */
  static List<Long> spread(SweepPlan plan, Shard shard) {
    long n = shard.size(plan.runs());
    Set<Long> order = new LinkedHashSet<>();
    for (long k = 0; order.size() < Math.min(n, MAX_CANDIDATES) && k < 4L * MAX_CANDIDATES; k++) {
      long i = (long) ((k * GOLDEN) % 1.0 * n);
      order.add(shard.index() - 1 + i * shard.count());
    }
    return new ArrayList<>(order);
  }
}
