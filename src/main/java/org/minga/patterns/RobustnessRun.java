package org.minga.patterns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.random.MersenneTwister;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.schema.ScenarioSchema;
import org.minga.sweep.DesignPoints;

/**
 * The robustness of each validation fact: its whole comparison rerun at the points of a Latin
 * hypercube over the assumed (not sourced) numeric parameters of its scenario, each varied {@link
 * #SPREAD} either side of the scenario's value (within its valid range); keys the check's arms or
 * ablation set are left as the check sets them. At each point the fact holds when the mean
 * statistic over {@link #REPLICATES} replicates lies on the expected side. Points whose combination
 * of values the scenario rules reject are dropped and counted.
 */
public final class RobustnessRun {
  /** Each assumed parameter is drawn in [1 - SPREAD, 1 + SPREAD] times its value. */
  public static final double SPREAD = 0.5;

  /** Replicates per design point. */
  public static final int REPLICATES = 4;

  private final PatternRunner runner;
  private final Path scenarios;
  private final int points;
  private final long seed;
  private final int threads;
  private int rejected;

  /** Hears each fact's figure as it is done. */
  public interface Listener {
    void done(String id, Robustness figure);
  }

  /**
   * @param runner runs a comparison on given arms
   * @param scenarios directory of the scenario files
   * @param points design points per fact
   * @param seed first seed of each point's replicates, and of the design
   * @param threads worker threads
   */
  public RobustnessRun(PatternRunner runner, Path scenarios, int points, long seed, int threads) {
    this.runner = runner;
    this.scenarios = scenarios;
    this.points = points;
    this.seed = seed;
    this.threads = Math.max(1, threads);
  }

  /** The design, in words, for the report. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%d points per fact, every assumed numeric parameter of "
            + "the fact's scenario drawn in [%.1f, %.1f] x its value within its valid range, %d "
            + "replicates per point from seed %d; a point holds when the mean statistic is on the "
            + "expected side; %d points were rejected by the scenario rules and dropped",
        points,
        1 - SPREAD,
        1 + SPREAD,
        REPLICATES,
        seed,
        rejected);
  }

  /** The figure of every validation fact among {@code checks}, by id, in check order. */
  public Map<String, Robustness> run(List<PatternCheck> checks, Listener listener)
      throws ScenarioException, IOException {
    Map<String, Robustness> out = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (PatternCheck c : checks) {
        if (c.kind() != CheckKind.VALIDATION) {
          continue;
        }
        Robustness r = figure(c, pool);
        out.put(c.id(), r);
        if (listener != null) {
          listener.done(c.id(), r);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return out;
  }

  private Robustness figure(PatternCheck c, ExecutorService pool)
      throws ScenarioException, IOException {
    List<AssumedParameter> dims =
        AssumedParameters.of(scenarios.resolve(c.arms().get(0).scenario()), keysSetBy(c));
    double[][] design =
        DesignPoints.latinHypercube(
            points, dims.size(), new MersenneTwister(seed ^ (long) c.id().hashCode() << 20));
    List<List<Future<Double>>> futures = new ArrayList<>();
    for (double[] point : design) {
      List<Arm> arms = at(c, dims, point);
      try {
        runner.validate(arms);
      } catch (ScenarioException e) {
        rejected++;
        continue;
      }
      List<Future<Double>> reps = new ArrayList<>();
      for (int r = 0; r < REPLICATES; r++) {
        long s = seed + r;
        reps.add(pool.submit(() -> runner.replicate(c, arms, s)));
      }
      futures.add(reps);
    }
    int held = 0;
    for (List<Future<Double>> reps : futures) {
      double sum = 0;
      for (Future<Double> f : reps) {
        sum += PatternRunner.await(f);
      }
      double mean = sum / reps.size();
      held += c.expectation().isMetBy(mean, mean) ? 1 : 0;
    }
    return new Robustness(c.id(), futures.size(), held, dims.size());
  }

  /** The check's arms with the point's values set first (each arm's own settings win). */
  private static List<Arm> at(PatternCheck c, List<AssumedParameter> dims, double[] point) {
    List<String> values = new ArrayList<>();
    for (int d = 0; d < dims.size(); d++) {
      values.add(dims.get(d).override(point[d]));
    }
    return c.arms().stream()
        .map(
            a -> {
              List<String> o = new ArrayList<>(values);
              o.addAll(a.overrides());
              return new Arm(a.label(), a.scenario(), o);
            })
        .toList();
  }

  /** Keys (list indexes as {@code []}) that the check's arms or its ablation set. */
  static Set<String> keysSetBy(PatternCheck c) {
    Set<String> keys = new HashSet<>();
    List<String> all = new ArrayList<>();
    c.arms().forEach(a -> all.addAll(a.overrides()));
    if (c.ablation() != null) {
      all.addAll(c.ablation().overrides());
    }
    for (String o : all) {
      int eq = o.indexOf('=');
      keys.add(ScenarioSchema.normalize(eq < 0 ? o : o.substring(0, eq)).trim());
    }
    return keys;
  }
}
