package org.minga.metrics;

import java.util.Arrays;

/**
 * Sorts doubles into exactly the order of {@link Arrays#sort(double[], int, int)} (-0.0 before
 * 0.0, NaN last), in linear time for large arrays: an LSD radix sort on the IEEE bits mapped to
 * unsigned-sortable longs, four passes of 16 bits. Income quantiles and the Gini are computed
 * every step over every producer; at a million producers a comparison sort was a large share of
 * the step. Buffers are kept between calls (no per-step allocation once grown).
 */
final class DoubleSort {
  /** Below this, Arrays.sort is as fast and needs no buffers. */
  static final int RADIX_THRESHOLD = 1 << 15;
  private static final int BITS = 16;
  private static final int BUCKETS = 1 << BITS;

  private long[] keys = new long[0];
  private long[] swap = new long[0];
  private final int[] counts = new int[BUCKETS];

  /** Sorts {@code a[0..n)} in place. */
  void sort(double[] a, int n) {
    if (n < RADIX_THRESHOLD) {
      Arrays.sort(a, 0, n);
      return;
    }
    if (keys.length < n) {
      keys = new long[n];
      swap = new long[n];
    }
    long[] src = keys;
    long[] dst = swap;
    for (int i = 0; i < n; i++) {
      long bits = Double.doubleToLongBits(a[i]); // canonical NaN, as Arrays.sort collapses them
      // Negative numbers: flip all bits (larger magnitude sorts first); others: flip the sign.
      src[i] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }
    for (int shift = 0; shift < 64; shift += BITS) {
      Arrays.fill(counts, 0);
      for (int i = 0; i < n; i++) {
        counts[(int) ((src[i] >>> shift) & (BUCKETS - 1))]++;
      }
      if (counts[(int) ((src[0] >>> shift) & (BUCKETS - 1))] == n) {
        continue; // every key has the same digit here: the pass would not move anything
      }
      int sum = 0;
      for (int b = 0; b < BUCKETS; b++) {
        int c = counts[b];
        counts[b] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        long k = src[i];
        dst[counts[(int) ((k >>> shift) & (BUCKETS - 1))]++] = k;
      }
      long[] t = src;
      src = dst;
      dst = t;
    }
    for (int i = 0; i < n; i++) {
      long k = src[i];
      long bits = k < 0 ? k ^ Long.MIN_VALUE : ~k;
      a[i] = Double.longBitsToDouble(bits);
    }
  }
}
