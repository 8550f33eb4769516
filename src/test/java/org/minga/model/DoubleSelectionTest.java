package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Selection returns, for every index k, exactly the value Arrays.sort puts there (bit for bit: -0.0
 * before 0.0, infinities, NaN last), on inputs that are random, full of ties, already sorted,
 * reversed or constant (the worst cases of a naive quickselect), and leaves its input untouched.
 */
class DoubleSelectionTest {

  private static void assertSelectsLikeSort(double[] values) {
    double[] copy = values.clone();
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    for (int k = 0; k < values.length; k++) {
      double got = DoubleSelection.select(values, values.length, k);
      assertEquals(
          Double.doubleToLongBits(sorted[k]),
          Double.doubleToLongBits(got),
          "k=" + k + " of " + Arrays.toString(values));
    }
    assertArrayEquals(copy, values, "input changed");
  }

  @Test
  void randomValuesWithTiesAndSpecialValues() {
    Random rnd = new Random(42);
    double[] specials = {
      0.0,
      -0.0,
      Double.NaN,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.MIN_VALUE,
      -Double.MIN_VALUE,
      1.0,
      -1.0
    };
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + rnd.nextInt(60);
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        int kind = rnd.nextInt(4);
        v[i] =
            kind == 0
                ? specials[rnd.nextInt(specials.length)]
                : kind == 1 ? rnd.nextInt(5) - 2 : rnd.nextGaussian() * 1e4;
      }
      assertSelectsLikeSort(v);
    }
  }

  @Test
  void orderedReversedAndConstantInputs() {
    int n = 2000;
    double[] up = new double[n];
    double[] down = new double[n];
    double[] same = new double[n];
    double[] organPipe = new double[n];
    for (int i = 0; i < n; i++) {
      up[i] = i;
      down[i] = n - i;
      same[i] = 3.5;
      organPipe[i] = Math.min(i, n - i);
    }
    assertSelectsLikeSort(up);
    assertSelectsLikeSort(down);
    assertSelectsLikeSort(same);
    assertSelectsLikeSort(organPipe);
  }

  @Test
  void onlyThePrefixOfLengthNCounts() {
    double[] v = {5, 1, 4, -100, -200};
    assertEquals(4.0, DoubleSelection.select(v, 3, 1));
    assertEquals(5.0, DoubleSelection.select(v, 3, 2));
    assertThrows(IndexOutOfBoundsException.class, () -> DoubleSelection.select(v, 3, 3));
  }
}
