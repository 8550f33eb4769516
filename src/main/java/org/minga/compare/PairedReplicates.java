package org.minga.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.minga.sweep.MetricSummary;
import org.minga.sweep.SweepFailure;
import org.minga.sweep.SweepSeeds;

/**
 * Runs a comparison's replicates on a fixed pool of threads and hands them back in replicate order,
 * so what is computed from them (means, sums, bands) adds up in the same order, to the same bits,
 * whatever the number of threads. Replicate k's seed is {@link SweepSeeds#runSeed} of the
 * comparison's seed, point 0 and k: the seed a one-point sweep would give it.
 */
final class PairedReplicates implements AutoCloseable {
  private final CompareSpec spec;
  private final int steps;
  private final List<MetricSummary> summaries;
  private final List<String> charted;
  private final ExecutorService pool;

  PairedReplicates(
      CompareSpec spec, int steps, List<MetricSummary> summaries, List<String> charted) {
    this.spec = spec;
    this.steps = steps;
    this.summaries = summaries;
    this.charted = charted;
    this.pool =
        Executors.newFixedThreadPool(
            spec.threads(),
            r -> {
              Thread t = new Thread(r, "minga-compare");
              t.setDaemon(true); // Ctrl-C must not wait for running models
              return t;
            });
  }

  /** The seed of replicate {@code k}, the same in both arms. */
  static long seedOf(long seed, int k) {
    return SweepSeeds.runSeed(seed, 0, k);
  }

  /** Replicates {@code from} (inclusive) to {@code to} (exclusive), in order. */
  List<PairedRun> run(int from, int to) {
    List<Future<PairedRun>> futures = new ArrayList<>();
    for (int k = from; k < to; k++) {
      long seed = seedOf(spec.seed(), k);
      futures.add(pool.submit(() -> PairedRun.run(spec, seed, steps, summaries, charted)));
    }
    List<PairedRun> out = new ArrayList<>();
    futures.forEach(f -> out.add(SweepFailure.await(f)));
    return out;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
