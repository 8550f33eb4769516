package org.minga.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * A sweep laid out as runs: design points (each parameter's value as override text) times
 * replicates. Run ids count from 0, replicates of a point being consecutive: run = point x
 * replicates + replicate. Everything about a run (its overrides, its seed) is a function of the
 * spec and the run id alone.
 */
public final class SweepPlan {
  /** The most runs a sweep may have (run ids and tables are indexed by int). */
  public static final long MAX_RUNS = 100_000_000L;

  private final SweepSpec spec;
  private final double[][] unitPoints;
  private final String[][] values;

  /** Lays out {@code spec}'s design. */
  public SweepPlan(SweepSpec spec) {
    this(spec, DesignPoints.of(spec));
  }

  /** Lays out the given points of {@code spec}'s design (a dry run calibrates on one). */
  SweepPlan(SweepSpec spec, double[][] unitPoints) {
    this.spec = spec;
    this.unitPoints = unitPoints;
    requireAtMostMaxRuns((long) unitPoints.length * spec.replicates());
    List<SweepParameter> params = spec.parameters();
    this.values = new String[unitPoints.length][params.size()];
    for (int i = 0; i < unitPoints.length; i++) {
      for (int j = 0; j < params.size(); j++) {
        values[i][j] = params.get(j).valueAt(unitPoints[i][j]);
      }
    }
  }

  /** Refuses a sweep of more than {@link #MAX_RUNS} runs. */
  static void requireAtMostMaxRuns(long runs) {
    if (runs > MAX_RUNS) {
      throw new SweepFailure(
          SweepFailure.Kind.BAD_INPUT,
          "the sweep has "
              + runs
              + " runs, "
              + "more than "
              + MAX_RUNS
              + "; use fewer points or replicates",
          null);
    }
  }

  public SweepSpec spec() {
    return spec;
  }

  /** Number of design points. */
  public int points() {
    return values.length;
  }

  /** Number of runs: points x replicates. */
  public long runs() {
    return (long) values.length * spec.replicates();
  }

  public int pointOf(long run) {
    return (int) (run / spec.replicates());
  }

  public int replicateOf(long run) {
    return (int) (run % spec.replicates());
  }

  /** The seed of {@code run}. */
  public long seedOf(long run) {
    return SweepSeeds.runSeed(spec.seed(), pointOf(run), replicateOf(run));
  }

  /** Each parameter's value at design point {@code point}, as override text. */
  public String[] valuesAt(int point) {
    return values[point].clone();
  }

  /** The unit-hypercube coordinates of design point {@code point}. */
  double[] unitPoint(int point) {
    return unitPoints[point].clone();
  }

  /**
   * The {@code --set} overrides of {@code run}: the sweep's fixed ones, the varied values, then the
   * seed.
   */
  public List<String> overridesOf(long run) {
    List<String> sets = new ArrayList<>(spec.fixed());
    String[] v = values[pointOf(run)];
    for (int j = 0; j < v.length; j++) {
      sets.add(spec.parameters().get(j).key() + "=" + v[j]);
    }
    sets.add("seed=" + seedOf(run));
    return sets;
  }
}
