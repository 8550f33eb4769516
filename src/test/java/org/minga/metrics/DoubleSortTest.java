package org.minga.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The radix sort must give exactly Arrays.sort's order, bit for bit, or metrics would change. */
class DoubleSortTest {
  @Test
  void sortsLikeArraysSortIncludingSignedZerosNanAndTies() {
    Random r = new Random(1);
    int n = DoubleSort.RADIX_THRESHOLD * 3 + 17; // above the threshold: the radix path
    double[] a = new double[n + 5];
    for (int i = 0; i < n; i++) {
      a[i] = switch (i % 7) {
        case 0 -> -0.0;
        case 1 -> 0.0;
        case 2 -> Math.round(r.nextGaussian() * 10); // many ties
        case 3 -> Double.NaN;
        default -> r.nextGaussian() * 1e4;
      };
    }
    a[n] = 42; // beyond n: must stay where it is
    double[] expected = a.clone();
    Arrays.sort(expected, 0, n);
    new DoubleSort().sort(a, n);
    for (int i = 0; i < a.length; i++) {
      assertEquals(Double.doubleToLongBits(expected[i]), Double.doubleToLongBits(a[i]),
          "index " + i);
    }
  }
}
