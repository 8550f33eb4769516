package org.minga.sweep;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Generates a design's points in the unit hypercube, one row per design point, one column per
 * parameter. Deterministic: the only randomness is a Mersenne Twister seeded from the sweep's base
 * seed.
 */
public final class DesignPoints {
  static final long DESIGN_STREAM = 1;

  private DesignPoints() {}

  /** The points of {@code spec}'s design (a grid gives level midpoints). */
  static double[][] of(SweepSpec spec) {
    List<SweepParameter> params = spec.parameters();
    int k = params.size();
    int n = spec.design().samples();
    MersenneTwister rng = new MersenneTwister(SweepSeeds.streamSeed(spec.seed(), DESIGN_STREAM));
    return switch (spec.design().type()) {
      case GRID -> grid(params);
      case RANDOM -> {
        double[][] u = new double[n][k];
        for (double[] row : u) {
          for (int j = 0; j < k; j++) {
            row[j] = rng.nextDouble();
          }
        }
        yield u;
      }
      case LHS -> latinHypercube(n, k, rng);
      case SOBOL -> saltelli(n, k);
      case MORRIS -> morris(n, k, spec.design().levels(), rng);
    };
  }

  /** How many points the design has, counted without generating them. */
  static long count(SweepSpec spec) {
    long n = spec.design().samples();
    int k = spec.parameters().size();
    return switch (spec.design().type()) {
      case GRID -> gridSize(spec.parameters());
      case RANDOM, LHS -> n;
      case SOBOL -> n * (k + 2);
      case MORRIS -> n * (k + 1);
    };
  }

  /** Design point {@code index}; a grid's is computed alone, without the others. */
  static double[] point(SweepSpec spec, long index) {
    return spec.design().type() == DesignType.GRID
        ? gridPoint(spec.parameters(), index)
        : of(spec)[(int) index];
  }

  /** Full factorial, the last parameter varying fastest; each coordinate a level's midpoint. */
  static double[][] grid(List<SweepParameter> params) {
    double[][] u = new double[(int) gridSize(params)][];
    for (int row = 0; row < u.length; row++) {
      u[row] = gridPoint(params, row);
    }
    return u;
  }

  private static long gridSize(List<SweepParameter> params) {
    long total = 1;
    for (SweepParameter p : params) {
      total *= p.levels().size();
      if (total > SweepPlan.MAX_RUNS) {
        throw new SweepFailure(
            SweepFailure.Kind.BAD_INPUT,
            "the grid has more than "
                + SweepPlan.MAX_RUNS
                + " points; use fewer levels or a random, lhs or sobol design",
            null);
      }
    }
    return total;
  }

  /** Row {@code index} of the full factorial, read as a number in mixed radix. */
  private static double[] gridPoint(List<SweepParameter> params, long index) {
    double[] u = new double[params.size()];
    long rest = index;
    for (int j = params.size() - 1; j >= 0; j--) {
      int levels = params.get(j).levels().size();
      u[j] = (rest % levels + 0.5) / levels;
      rest /= levels;
    }
    return u;
  }

  /**
   * A Latin hypercube of {@code n} points in {@code k} dimensions (McKay et al. 1979): each of the
   * n equal strata of every dimension holds one point, at a uniform position inside it; strata are
   * matched across dimensions by independent random permutations. Also the robustness design of the
   * pattern suite.
   */
  public static double[][] latinHypercube(int n, int k, MersenneTwister rng) {
    double[][] u = new double[n][k];
    int[] strata = new int[n];
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < n; i++) {
        strata[i] = i;
      }
      for (int i = n - 1; i > 0; i--) { // Fisher-Yates
        int s = rng.nextInt(i + 1);
        int t = strata[i];
        strata[i] = strata[s];
        strata[s] = t;
      }
      for (int i = 0; i < n; i++) {
        u[i][j] = (strata[i] + rng.nextDouble()) / n;
      }
    }
    return u;
  }

  /**
   * Saltelli's scheme on a 2k-dimensional Sobol sequence (first point, all zeros, skipped): for
   * each base sample j, the rows A_j, B_j, then AB_j^(i) for i = 1..k (A_j with column i from B_j);
   * N x (k + 2) points in that order, which {@link SobolAnalysis} relies on.
   */
  static double[][] saltelli(int n, int k) {
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
    sobol.skipTo(1);
    double[][] u = new double[n * (k + 2)][];
    for (int j = 0; j < n; j++) {
      double[] ab = sobol.nextVector();
      double[] a = java.util.Arrays.copyOfRange(ab, 0, k);
      double[] b = java.util.Arrays.copyOfRange(ab, k, 2 * k);
      int base = j * (k + 2);
      u[base] = a;
      u[base + 1] = b;
      for (int i = 0; i < k; i++) {
        double[] abi = a.clone();
        abi[i] = b[i];
        u[base + 2 + i] = abi;
      }
    }
    return u;
  }

  /**
   * Morris trajectories on a {@code levels}-level grid with jump delta = levels / (2 (levels - 1)):
   * each of r trajectories starts at a random grid point and moves one parameter at a time, in
   * random order, by +delta or -delta; r x (k + 1) points.
   */
  static double[][] morris(int r, int k, int levels, MersenneTwister rng) {
    double delta = levels / (2.0 * (levels - 1));
    List<double[]> rows = new ArrayList<>();
    int startLevels = levels / 2; // levels l with l/(levels-1) + delta <= 1
    for (int t = 0; t < r; t++) {
      double[] x = new double[k];
      int[] sign = new int[k];
      for (int j = 0; j < k; j++) {
        double base = rng.nextInt(startLevels) / (double) (levels - 1);
        sign[j] = rng.nextBoolean() ? 1 : -1;
        x[j] = sign[j] > 0 ? base : base + delta;
      }
      int[] order = new int[k];
      for (int j = 0; j < k; j++) {
        order[j] = j;
      }
      for (int j = k - 1; j > 0; j--) {
        int s = rng.nextInt(j + 1);
        int tmp = order[j];
        order[j] = order[s];
        order[s] = tmp;
      }
      rows.add(x.clone());
      for (int step = 0; step < k; step++) {
        int j = order[step];
        x[j] += sign[j] * delta;
        rows.add(x.clone());
      }
    }
    return rows.toArray(new double[0][]);
  }
}
