package org.minga.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/** The estimators on functions whose indices are known analytically. */
class SensitivityEstimatorsTest {
  /** f evaluated on a Saltelli design of n groups of k + 2 points in k inputs, group by group. */
  private static List<double[]> saltelliGroups(int k, int n, ToDoubleFunction<double[]> f) {
    double[][] u = DesignPoints.saltelli(n, k);
    List<double[]> groups = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      double[] g = new double[k + 2];
      for (int r = 0; r < k + 2; r++) {
        g[r] = f.applyAsDouble(u[j * (k + 2) + r]);
      }
      groups.add(g);
    }
    return groups;
  }

  @Test
  void sobolIndicesOfALinearFunctionAreItsShareOfVariance() {
    // f = x1 + 2 x2 + 0 x3 with uniform inputs: Var = (1 + 4) / 12, so S1 = 1/5, S2 = 4/5,
    // S3 = 0; no interactions, so total order equals first order.
    int k = 3;
    List<double[]> groups = saltelliGroups(k, 4096, x -> x[0] + 2 * x[1]);
    double[][] s = SobolAnalysis.estimate(groups, k, null);
    assertEquals(0.2, s[0][0], 0.02);
    assertEquals(0.8, s[0][1], 0.02);
    assertEquals(0.0, s[0][2], 0.01);
    assertEquals(0.2, s[1][0], 0.02);
    assertEquals(0.8, s[1][1], 0.02);
    assertEquals(0.0, s[1][2], 1e-12, "x3 never changes f, so its total effect is exactly 0");
  }

  @Test
  void sobolTotalOrderSeesAnInteractionTheFirstOrderMisses() {
    // f = (x1 - 0.5)(x2 - 0.5): pure interaction, first-order indices 0, total-order 1.
    int k = 2;
    List<double[]> groups = saltelliGroups(k, 4096, x -> (x[0] - 0.5) * (x[1] - 0.5));
    double[][] s = SobolAnalysis.estimate(groups, k, null);
    assertEquals(0.0, s[0][0], 0.05);
    assertEquals(1.0, s[1][0], 0.05);
    assertEquals(1.0, s[1][1], 0.05);
  }

  @Test
  void morrisElementaryEffectsOfALinearFunctionAreItsSlopes() {
    // f = 3 x1 - 2 x2 in unit coordinates: every effect of x1 is 3, of x2 is -2, so mu* = |slope|,
    // mu = slope, sigma = 0; x3 has no effect.
    int k = 3;
    int r = 6;
    double[][] u = DesignPoints.morris(r, k, 4, new MersenneTwister(5));
    SweepPlanStub plan = new SweepPlanStub(u, k, r);
    double[][] means = new double[u.length][1];
    for (int i = 0; i < u.length; i++) {
      means[i][0] = 3 * u[i][0] - 2 * u[i][1];
    }
    List<SensitivityRow> rows =
        MorrisAnalysis.analyse(
            plan.plan, Response.of(plan.plan.spec()), new PointMeans(means, new int[1]));
    assertEquals(3.0, value(rows, "a", "mu_star"), 1e-9);
    assertEquals(-2.0, value(rows, "b", "mu"), 1e-9);
    assertEquals(2.0, value(rows, "b", "mu_star"), 1e-9);
    assertEquals(0.0, value(rows, "a", "sigma"), 1e-9);
    assertEquals(0.0, value(rows, "c", "mu_star"), 1e-12);
  }

  private static double value(List<SensitivityRow> rows, String param, String stat) {
    return rows.stream()
        .filter(x -> x.parameter().equals(param) && x.statistic().equals(stat))
        .findFirst()
        .orElseThrow()
        .value();
  }

  /** A Morris plan over given unit points (the design of a real spec with seed-drawn points). */
  private static final class SweepPlanStub {
    final SweepPlan plan;

    SweepPlanStub(double[][] u, int k, int r) {
      List<SweepParameter> ps = new ArrayList<>();
      for (String name : List.of("a", "b", "c").subList(0, k)) {
        ps.add(
            new SweepParameter(
                name, List.of(), new SweepParameter.Shape("uniform", 0, 1, 0), false));
      }
      SweepSpec spec =
          new SweepSpec(
              java.nio.file.Path.of("x.yaml"),
              "x",
              java.nio.file.Path.of("s.yaml"),
              5,
              0,
              List.of(),
              ps,
              new SweepSpec.Design(DesignType.MORRIS, r, 4, 0),
              1,
              List.of(MetricSummary.of("m", "gini", MetricSummary.Stat.FINAL, 0, 0)));
      this.plan = new SweepPlan(spec);
      // The plan draws its own trajectories from the spec's seed; use those for the response.
      for (int i = 0; i < u.length; i++) {
        System.arraycopy(plan.unitPoint(i), 0, u[i], 0, k);
      }
    }
  }
}
