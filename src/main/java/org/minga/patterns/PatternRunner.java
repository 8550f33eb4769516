package org.minga.patterns;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Runs checks over replicates. Replicate r of a check uses one seed in all its arms (common random
 * numbers), and in its ablation arm too. Calibration targets are reported on the seeds they were
 * fitted on; validation facts and mechanism checks on seeds never used while designing or fitting,
 * with replicates added in rounds until each interval is as precise as stated ({@link #precise}) or
 * the maximum is reached. Replicates run in parallel on a fixed pool and are collected in replicate
 * order, so the report is the same whatever the thread count.
 */
public final class PatternRunner {
  /**
   * Which seeds and how many replicates.
   *
   * @param fitSeed first seed the scenarios were designed and fitted on
   * @param fitReplicates how many fitting seeds (calibration targets use exactly these)
   * @param seed first seed of the reported suite (validation facts, mechanism checks)
   * @param initial replicates in the first round
   * @param step replicates added in each later round, while an interval is not precise
   * @param max the most replicates a check gets
   */
  public record Seeds(long fitSeed, int fitReplicates, long seed, int initial, int step, int max) {
    public Seeds {
      if (initial < 2 || fitReplicates < 2) {
        throw new IllegalArgumentException("at least 2 replicates are needed for an interval");
      }
      if (max < initial || step < 1) {
        throw new IllegalArgumentException("max replicates below the initial count, or no step");
      }
    }

    /** Seeds 1-10 for calibration; from 90001, 10 replicates growing by 10 up to 40, else. */
    public static Seeds standard() {
      return new Seeds(FIT_SEED, 10, REPORTED_SEED, 10, 10, 40);
    }

    /** Exactly {@code n} replicates from seed {@code seed} for every check (tests, quick runs). */
    public static Seeds fixed(int n, long seed) {
      return new Seeds(seed, n, seed, n, 1, n);
    }

    /** First seed and replicate count of {@code check}'s first round. */
    long firstSeed(PatternCheck c) {
      return c.kind() == CheckKind.CALIBRATION ? fitSeed : seed;
    }

    int firstRound(PatternCheck c) {
      return c.kind() == CheckKind.CALIBRATION ? fitReplicates : initial;
    }

    int most(PatternCheck c) {
      return c.kind() == CheckKind.CALIBRATION ? fitReplicates : max;
    }
  }

  /** First seed the scenarios were designed and fitted on (seeds 1-10, then 101-110, 201-210). */
  public static final long FIT_SEED = 1;

  /** First seed of the reported suite: never used while designing checks or fitting scenarios. */
  public static final long REPORTED_SEED = 90001;

  /** A sign is settled when the half-width is at most this share of the mean's size. */
  public static final double SIGN_PRECISION = 0.25;

  /** A level is settled when the half-width is at most this share of its range's width. */
  public static final double RANGE_PRECISION = 0.1;

  private final Path scenarios;
  private final Seeds seeds;
  private final int threads;

  /**
   * @param scenarios directory the checks' scenario files are resolved against
   * @param seeds which seeds and how many replicates
   * @param threads worker threads
   */
  public PatternRunner(Path scenarios, Seeds seeds, int threads) {
    this.scenarios = scenarios;
    this.seeds = seeds;
    this.threads = Math.max(1, threads);
  }

  /** {@code replicates} replicates of every check from seed {@code baseSeed}. */
  public PatternRunner(Path scenarios, int replicates, long baseSeed, int threads) {
    this(scenarios, Seeds.fixed(replicates, baseSeed), threads);
  }

  /** Listens to progress (one call per finished check). */
  public interface Listener {
    void checkDone(PatternResult result, int done, int total);
  }

  /**
   * Whether an interval is as precise as the suite states: for a sign, a half-width at most {@link
   * #SIGN_PRECISION} of the mean's size; for a range, at most {@link #RANGE_PRECISION} of the
   * range's width.
   */
  public static boolean precise(Expectation e, PairedInterval ci) {
    double half = (ci.high() - ci.low()) / 2;
    if (Double.isNaN(half)) {
      return false;
    }
    return e.kind() == Expectation.Kind.WITHIN
        ? half <= RANGE_PRECISION * (e.high() - e.low())
        : half <= SIGN_PRECISION * Math.abs(ci.mean());
  }

  /** Runs every check and returns their results in the same order. */
  public List<PatternResult> run(List<PatternCheck> checks, Listener listener)
      throws ScenarioException {
    for (PatternCheck c : checks) {
      validate(c); // bad scenario input fails before any run starts
    }
    int n = checks.size();
    double[][] main = new double[n][0];
    double[][] ablated = new double[n][0];
    double[] seconds = new double[n];
    int[] wanted = new int[n];
    for (int k = 0; k < n; k++) {
      wanted[k] = seeds.firstRound(checks.get(k));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      boolean more = true;
      while (more) {
        List<List<Future<double[]>>> round = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          PatternCheck c = checks.get(k);
          List<Future<double[]>> perCheck = new ArrayList<>();
          for (int r = main[k].length; r < wanted[k]; r++) {
            long seed = seeds.firstSeed(c) + r;
            perCheck.add(pool.submit(() -> timedReplicate(c, c.arms(), seed)));
            if (c.ablation() != null) {
              perCheck.add(pool.submit(() -> timedReplicate(c, c.ablatedArms(), seed)));
            }
          }
          round.add(perCheck);
        }
        more = false;
        for (int k = 0; k < n; k++) {
          PatternCheck c = checks.get(k);
          int stride = c.ablation() != null ? 2 : 1;
          int had = main[k].length;
          main[k] = Arrays.copyOf(main[k], wanted[k]);
          ablated[k] = Arrays.copyOf(ablated[k], wanted[k]);
          List<Future<double[]>> f = round.get(k);
          for (int i = 0; i < f.size(); i++) {
            double[] out = await(f.get(i));
            int r = had + i / stride;
            if (i % stride == 0) {
              main[k][r] = out[0];
            } else {
              ablated[k][r] = out[0];
            }
            seconds[k] += out[1];
          }
          if (!precise(c.expectation(), PairedInterval.of(main[k])) && wanted[k] < seeds.most(c)) {
            wanted[k] = Math.min(seeds.most(c), wanted[k] + seeds.step());
            more = true;
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    List<PatternResult> results = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      PatternCheck c = checks.get(k);
      PatternResult result =
          PatternResult.of(
              c, seeds.firstSeed(c), main[k], c.ablation() != null ? ablated[k] : null, seconds[k]);
      results.add(result);
      if (listener != null) {
        listener.checkDone(result, k + 1, n);
      }
    }
    return results;
  }

  /** The statistic of {@code check}'s comparison run on {@code arms} (seed {@code seed}). */
  public double replicate(PatternCheck check, List<Arm> arms, long seed) throws ScenarioException {
    double[][] measures = new double[arms.size()][];
    for (int a = 0; a < measures.length; a++) {
      measures[a] = runArm(check, arms.get(a), seed);
    }
    return check.combine().applyAsDouble(measures);
  }

  private double[] timedReplicate(PatternCheck check, List<Arm> arms, long seed)
      throws ScenarioException {
    long t0 = System.nanoTime();
    double value = replicate(check, arms, seed);
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
      load(arm, seeds.seed());
    }
    if (check.ablation() != null) {
      for (Arm arm : check.ablatedArms()) {
        load(arm, seeds.seed());
      }
    }
  }

  /** Checks that {@code arms} load (bad overrides fail before any run). */
  void validate(List<Arm> arms) throws ScenarioException {
    for (Arm arm : arms) {
      load(arm, seeds.seed());
    }
  }

  /** The value of {@code f}, rethrowing a scenario error or runtime failure of its task. */
  static <T> T await(Future<T> f) throws ScenarioException {
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
