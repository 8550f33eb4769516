package org.minga.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The radix sort must give exactly Arrays.sort's order, bit for bit, or metrics would change: on
 * random data and on inputs aimed at each part of it (ties in the top 32 bits that only the last
 * pass orders, digits that are the same for every key so their pass is skipped, signed zeros, NaN,
 * infinities, subnormals, sizes around the radix threshold). One sorter is reused throughout, as in
 * a run, so stale buffers or histograms would show.
 */
class DoubleSortTest {
  private static final int LARGE = DoubleSort.RADIX_THRESHOLD * 8 + 17;
  private final DoubleSort sorter = new DoubleSort();

  /** Sorts {@code value(0..n)} both ways and compares every double's bits. */
  private void assertSortsLikeArraysSort(int n, IntToDoubleFunction value, String what) {
    double[] expected = new double[n];
    sorter.reset(n + 3); // a capacity above the count, as when some producers are inactive
    for (int i = 0; i < n; i++) {
      expected[i] = value.applyAsDouble(i);
      sorter.add(expected[i]);
    }
    Arrays.sort(expected);
    sorter.sort();
    assertEquals(n, sorter.size(), what);
    for (int i = 0; i < n; i++) {
      // doubleToLongBits: Arrays.sort keeps NaN payloads, the radix sort gives the canonical
      // NaN; every NaN reads and prints the same.
      assertEquals(
          Double.doubleToLongBits(expected[i]),
          Double.doubleToLongBits(sorter.get(i)),
          what + ", n " + n + ", index " + i);
    }
  }

  @Test
  void sortsRandomDataOfManyShapesAndSizesLikeArraysSort() {
    Random r = new Random(1);
    int t = DoubleSort.RADIX_THRESHOLD;
    int[] sizes = {0, 1, 2, 3, t - 1, t, t + 1, 3 * t + 5, LARGE, 150_001};
    for (int n : sizes) {
      assertSortsLikeArraysSort(n, i -> r.nextGaussian() * 1e4, "gaussian");
      assertSortsLikeArraysSort(
          n,
          i -> Math.exp(r.nextGaussian() * 1.2 + 7) * (r.nextInt(100) == 0 ? -1 : 1),
          "income-like, few negatives");
      assertSortsLikeArraysSort(
          n,
          i -> Double.longBitsToDouble(r.nextLong()),
          "random bit patterns (every exponent, NaNs, infinities, subnormals)");
      assertSortsLikeArraysSort(n, i -> r.nextInt(5) - 2.0, "five values, many ties");
      assertSortsLikeArraysSort(
          n,
          i -> 1 + r.nextInt(1 << 20) * Math.ulp(1.0),
          "all in one top-32-bit prefix: only the tie pass orders them");
      assertSortsLikeArraysSort(
          n,
          i -> (1 + (i % 3) * 1e-3) * (1 + r.nextInt(8) * Math.ulp(1.0)),
          "three prefixes with short runs of ties");
      assertSortsLikeArraysSort(n, i -> 1.5, "all equal");
      assertSortsLikeArraysSort(n, i -> i, "already sorted");
      assertSortsLikeArraysSort(n, i -> -i, "reverse sorted");
      assertSortsLikeArraysSort(
          n, i -> 1 + (n - i) * Math.ulp(1.0), "reverse sorted within a single prefix");
      assertSortsLikeArraysSort(
          n, i -> Math.scalb(1.0 + r.nextInt(1024) / 1024.0, 40), "only the middle digit varies");
    }
  }

  @Test
  void sortsSignedZerosNanInfinitiesAndExtremesLikeArraysSort() {
    double[] specials = {
      -0.0,
      0.0,
      Double.NaN,
      Double.longBitsToDouble(0x7ff0_0000_0000_0001L),
      Double.longBitsToDouble(0xfff8_0000_0000_0000L),
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.MIN_VALUE,
      -Double.MIN_VALUE,
      Double.MAX_VALUE,
      -Double.MAX_VALUE,
      Double.MIN_NORMAL,
      -Double.MIN_NORMAL,
      1,
      -1
    };
    Random r = new Random(2);
    for (int n : new int[] {specials.length, DoubleSort.RADIX_THRESHOLD, LARGE}) {
      assertSortsLikeArraysSort(n, i -> specials[r.nextInt(specials.length)], "specials only");
      assertSortsLikeArraysSort(
          n,
          i -> r.nextInt(4) == 0 ? specials[r.nextInt(specials.length)] : r.nextGaussian(),
          "specials among values");
      assertSortsLikeArraysSort(n, i -> i % 2 == 0 ? 0.0 : -0.0, "signed zeros only");
      assertSortsLikeArraysSort(n, i -> Double.NaN, "NaN only");
    }
  }

  @Test
  void aSmallerSortAfterALargerOneIsUnaffectedByItsBuffers() {
    Random r = new Random(3);
    assertSortsLikeArraysSort(200_000, i -> r.nextGaussian(), "large first");
    assertSortsLikeArraysSort(LARGE, i -> r.nextGaussian() * 1e-3, "then smaller");
    assertSortsLikeArraysSort(DoubleSort.RADIX_THRESHOLD, i -> r.nextGaussian(), "then smallest");
  }
}
