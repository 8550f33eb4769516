package org.minga.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The selected median is, bit for bit, the interpolated middle of the sorted values. */
class MedianSelectionTest {
  @Test
  void equalsTheMiddleOfTheSortedValues() {
    SplittableRandom rng = new SplittableRandom(3);
    MedianSelection median = new MedianSelection();
    double[] special = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, -1e300, 1e-320};
    for (int trial = 0; trial < 400; trial++) {
      int n = trial < 20 ? trial : trial < 28 ? 100_000 + trial : rng.nextInt(1, 3000);
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        v[i] =
            switch (trial % 5) {
              case 0 -> rng.nextGaussian() * 100;
              case 1 -> rng.nextInt(5); // many ties: every digit level is visited
              case 2 -> i; // sorted
              case 3 ->
                  rng.nextInt(10) == 0 ? special[rng.nextInt(special.length)] : rng.nextDouble();
              default -> 1000 + rng.nextDouble() * 1e-9; // the same top digits: a deep descent
            };
      }
      median.reset(n);
      for (double x : v) {
        median.add(x);
      }
      assertEquals(
          Double.doubleToLongBits(sortedMedian(v)),
          Double.doubleToLongBits(median.median()),
          "trial " + trial + ", n " + n);
    }
  }

  private static double sortedMedian(double[] values) {
    int n = values.length;
    if (n == 0) {
      return Double.NaN;
    }
    double[] s = values.clone();
    Arrays.sort(s);
    double pos = 0.5 * (n - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(n - 1, lo + 1);
    return s[lo] + (pos - lo) * (s[hi] - s[lo]);
  }
}
