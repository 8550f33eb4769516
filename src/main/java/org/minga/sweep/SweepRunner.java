package org.minga.sweep;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;

/**
 * Runs a shard's remaining runs on a fixed pool of threads. Each completed run's row is appended to
 * the journal (and forced to disk) as soon as it completes, by this thread only; the final files
 * are written later in run-id order from the journal, so the thread count and completion order
 * never reach the outputs. At most a few runs per thread are in flight, so memory does not grow
 * with the sweep's size.
 */
public final class SweepRunner {
  private static final int IN_FLIGHT_PER_THREAD = 2;

  private SweepRunner() {}

  /**
   * Runs every run of {@code shard} not in {@code done}.
   *
   * @param onCompleted called on this thread after each run is journaled, with the total done
   * @return the number of runs executed now
   * @throws SweepFailure when a run fails (the pool is stopped; journaled runs are kept)
   */
  static long run(
      SweepPlan plan,
      Shard shard,
      int threads,
      RunJournal journal,
      Set<Long> done,
      LongConsumer onCompleted)
      throws IOException {
    return run(plan, shard, threads, journal, done, null, onCompleted);
  }

  /** As above; with {@code timeseriesDir} not null each run also writes its time series part. */
  static long run(
      SweepPlan plan,
      Shard shard,
      int threads,
      RunJournal journal,
      Set<Long> done,
      java.nio.file.Path timeseriesDir,
      LongConsumer onCompleted)
      throws IOException {
    ExecutorService pool = pool(threads);
    ExecutorCompletionService<String> completion = new ExecutorCompletionService<>(pool);
    long submitted = 0;
    long finished = 0;
    long total = done.size();
    try {
      for (long run = shard.index() - 1; run < plan.runs(); run += shard.count()) {
        if (done.contains(run)) {
          continue;
        }
        final long id = run;
        completion.submit(() -> RunRows.row(plan, id, SweepRun.execute(plan, id, timeseriesDir)));
        submitted++;
        if (submitted - finished >= (long) IN_FLIGHT_PER_THREAD * threads) {
          journal.append(take(completion));
          finished++;
          onCompleted.accept(++total);
        }
      }
      while (finished < submitted) {
        journal.append(take(completion));
        finished++;
        onCompleted.accept(++total);
      }
    } finally {
      pool.shutdownNow();
    }
    return finished;
  }

  /** A pool of {@code threads} threads for runs. */
  static ExecutorService pool(int threads) {
    return Executors.newFixedThreadPool(
        threads,
        r -> {
          Thread t = new Thread(r, "minga-sweep");
          t.setDaemon(true); // Ctrl-C must not wait for running models
          return t;
        });
  }

  /** The next completed run's result; a run's failure is rethrown as a {@link SweepFailure}. */
  static <T> T take(ExecutorCompletionService<T> completion) {
    try {
      return SweepFailure.await(completion.take());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SweepFailure(SweepFailure.Kind.IO, "interrupted", e);
    }
  }
}
