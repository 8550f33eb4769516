package org.minga.patterns;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.minga.metrics.MetricsRecorder;
import org.minga.model.MingaModel;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.ScenarioLoader;

/**
 * Runs checks over replicates. Replicate r of every check uses seed {@code baseSeed + r} in all
 * its arms (common random numbers). Replicates run in parallel on a fixed pool; results are
 * collected in replicate order, so the report is the same whatever the thread count.
 */
public final class PatternRunner {
  private final Path scenarios;
  private final int replicates;
  private final long baseSeed;
  private final int threads;

  /**
   * @param scenarios directory the checks' scenario files are resolved against
   * @param replicates replicates per check (at least 2 for an interval)
   * @param baseSeed seed of replicate 0
   * @param threads worker threads
   */
  public PatternRunner(Path scenarios, int replicates, long baseSeed, int threads) {
    if (replicates < 2) {
      throw new IllegalArgumentException("at least 2 replicates are needed for an interval");
    }
    this.scenarios = scenarios;
    this.replicates = replicates;
    this.baseSeed = baseSeed;
    this.threads = Math.max(1, threads);
  }

  /** Listens to progress (one call per finished check). */
  public interface Listener {
    void checkDone(PatternResult result, int done, int total);
  }

  /** Runs every check, in order, and returns their results in the same order. */
  public List<PatternResult> run(List<PatternCheck> checks, Listener listener)
      throws ScenarioException {
    for (PatternCheck c : checks) {
      validate(c); // bad scenario input fails before any run starts
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<List<Future<double[]>>> futures = new ArrayList<>();
      for (PatternCheck c : checks) {
        List<Future<double[]>> perCheck = new ArrayList<>();
        for (int r = 0; r < replicates; r++) {
          long seed = baseSeed + r;
          perCheck.add(pool.submit(() -> timedReplicate(c, seed)));
        }
        futures.add(perCheck);
      }
      List<PatternResult> results = new ArrayList<>();
      for (int k = 0; k < checks.size(); k++) {
        double[] values = new double[replicates];
        double seconds = 0;
        for (int r = 0; r < replicates; r++) {
          double[] out = await(futures.get(k).get(r));
          values[r] = out[0];
          seconds += out[1];
        }
        PatternResult result = PatternResult.of(checks.get(k), values, seconds);
        results.add(result);
        if (listener != null) {
          listener.checkDone(result, k + 1, checks.size());
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The statistic of one replicate of {@code check} (seed {@code seed} in every arm). */
  public double replicate(PatternCheck check, long seed) throws ScenarioException {
    double[][] measures = new double[check.arms().size()][];
    for (int a = 0; a < measures.length; a++) {
      measures[a] = runArm(check, check.arms().get(a), seed);
    }
    return check.combine().applyAsDouble(measures);
  }

  private double[] timedReplicate(PatternCheck check, long seed) throws ScenarioException {
    long t0 = System.nanoTime();
    double value = replicate(check, seed);
    return new double[] {value, (System.nanoTime() - t0) / 1e9};
  }

  private double[] runArm(PatternCheck check, Arm arm, long seed) throws ScenarioException {
    ModelInputs inputs = load(arm, seed);
    MingaModel model = new MingaModel(inputs);
    model.start();
    MetricsRecorder recorder = MetricsRecorder.attach(model);
    Probe probe = check.probe().get();
    recorder.addObserver((step, values, tracked) -> probe.onStep(model, step, values));
    while (model.stepOnce()) {
      // run the whole horizon; the probe reads what it needs
    }
    model.finish();
    recorder.finish();
    return probe.vector();
  }

  private ModelInputs load(Arm arm, long seed) throws ScenarioException {
    List<String> overrides = new ArrayList<>(arm.overrides());
    overrides.add("seed=" + seed);
    return ScenarioLoader.load(scenarios.resolve(arm.scenario()), overrides);
  }

  private void validate(PatternCheck check) throws ScenarioException {
    for (Arm arm : check.arms()) {
      load(arm, baseSeed);
    }
  }

  private static double[] await(Future<double[]> f) throws ScenarioException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a replicate", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ScenarioException se) {
        throw se;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
  }
}
