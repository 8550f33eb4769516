package org.minga.patterns;

import java.util.SplittableRandom;

/**
 * A Latin hypercube in the unit cube (McKay, Beckman and Conover 1979): each of {@code points}
 * equal strata of every dimension holds exactly one point, at a uniform position inside it;
 * strata are matched across dimensions by independent random permutations.
 */
final class LatinHypercube {
  private LatinHypercube() {}

  /** {@code points} rows of {@code dimensions} coordinates in [0, 1). */
  static double[][] draw(int points, int dimensions, SplittableRandom rng) {
    double[][] x = new double[points][dimensions];
    int[] strata = new int[points];
    for (int d = 0; d < dimensions; d++) {
      for (int i = 0; i < points; i++) {
        strata[i] = i;
      }
      for (int i = points - 1; i > 0; i--) { // Fisher-Yates
        int j = rng.nextInt(i + 1);
        int t = strata[i];
        strata[i] = strata[j];
        strata[j] = t;
      }
      for (int i = 0; i < points; i++) {
        x[i][d] = (strata[i] + rng.nextDouble()) / points;
      }
    }
    return x;
  }
}
