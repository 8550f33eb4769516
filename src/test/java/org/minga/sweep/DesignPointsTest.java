package org.minga.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/** The designs' structure, which the estimators and the outputs rely on. */
class DesignPointsTest {
  @Test
  void gridIsTheFullFactorialWithTheLastParameterFastest() {
    List<SweepParameter> ps =
        List.of(
            new SweepParameter("a", List.of("1", "2"), null, true),
            new SweepParameter("b", List.of("x", "y", "z"), null, false));
    double[][] u = DesignPoints.grid(ps);
    assertEquals(6, u.length);
    String[] firstCol = new String[6];
    String[] secondCol = new String[6];
    for (int i = 0; i < 6; i++) {
      firstCol[i] = ps.get(0).valueAt(u[i][0]);
      secondCol[i] = ps.get(1).valueAt(u[i][1]);
    }
    assertArrayEquals(new String[] {"1", "1", "1", "2", "2", "2"}, firstCol);
    assertArrayEquals(new String[] {"x", "y", "z", "x", "y", "z"}, secondCol);
  }

  @Test
  void latinHypercubeHitsEachStratumOncePerParameter() {
    int n = 50;
    double[][] u = DesignPoints.latinHypercube(n, 3, new MersenneTwister(1));
    for (int j = 0; j < 3; j++) {
      Set<Integer> strata = new HashSet<>();
      for (double[] row : u) {
        strata.add((int) Math.floor(row[j] * n));
      }
      assertEquals(n, strata.size(), "every one of the " + n + " strata exactly once");
    }
  }

  @Test
  void saltelliRowsAreABThenAWithOneColumnFromB() {
    int k = 3;
    double[][] u = DesignPoints.saltelli(8, k);
    assertEquals(8 * (k + 2), u.length);
    for (int j = 0; j < 8; j++) {
      double[] a = u[j * (k + 2)];
      double[] b = u[j * (k + 2) + 1];
      for (int i = 0; i < k; i++) {
        double[] abi = u[j * (k + 2) + 2 + i];
        for (int c = 0; c < k; c++) {
          assertEquals(c == i ? b[c] : a[c], abi[c]);
        }
      }
      assertTrue(!java.util.Arrays.equals(a, b), "A and B are different Sobol coordinates");
    }
  }

  @Test
  void morrisTrajectoriesMoveOneParameterByDeltaPerStepInsideTheCube() {
    int k = 4;
    int levels = 4;
    double delta = levels / (2.0 * (levels - 1));
    double[][] u = DesignPoints.morris(5, k, levels, new MersenneTwister(3));
    assertEquals(5 * (k + 1), u.length);
    for (int t = 0; t < 5; t++) {
      Set<Integer> moved = new HashSet<>();
      for (int s = 1; s <= k; s++) {
        double[] x0 = u[t * (k + 1) + s - 1];
        double[] x1 = u[t * (k + 1) + s];
        int changed = 0;
        for (int i = 0; i < k; i++) {
          if (x0[i] != x1[i]) {
            changed++;
            moved.add(i);
            assertEquals(delta, Math.abs(x1[i] - x0[i]), 1e-12);
          }
          assertTrue(x1[i] >= -1e-12 && x1[i] <= 1 + 1e-12);
        }
        assertEquals(1, changed);
      }
      assertEquals(k, moved.size(), "each parameter moves once per trajectory");
    }
  }

  @Test
  void seedsDependOnPointAndReplicateOnly() {
    Set<Long> seen = new HashSet<>();
    for (int p = 0; p < 100; p++) {
      for (int r = 0; r < 10; r++) {
        long s = SweepSeeds.runSeed(42, p, r);
        assertTrue(s >= 0);
        seen.add(s);
        assertEquals(s, SweepSeeds.runSeed(42, p, r));
      }
    }
    assertEquals(1000, seen.size(), "no two runs share a seed");
    assertNotEquals(SweepSeeds.runSeed(42, 0, 0), SweepSeeds.runSeed(43, 0, 0));
  }
}
