package org.minga.model;

import java.util.Arrays;

/**
 * The k-th smallest of some doubles without sorting them all: what {@code Arrays.sort} would put at
 * index k, in O(n) expected time. Used for a quantile of incomes each year, where sorting a large
 * population's incomes cost more than the decisions that use it. Values are compared in {@code
 * Double.compare} order (the order {@code Arrays.sort} yields: -0.0 before 0.0, NaN last), so the
 * result is the same value bit for bit (a NaN result comes back as the canonical NaN).
 */
final class DoubleSelection {
  private DoubleSelection() {}

  /** The element at index k of {@code values[0..n)} sorted ascending; values is not changed. */
  static double select(double[] values, int n, int k) {
    return select(values, n, k, new long[n]);
  }

  /**
   * The same, with {@code keys} (at least n long) as working memory, for a caller that selects
   * again and again without allocating.
   */
  static double select(double[] values, int n, int k, long[] keys) {
    if (k < 0 || k >= n) {
      throw new IndexOutOfBoundsException("k=" + k + " n=" + n);
    }
    for (int i = 0; i < n; i++) {
      keys[i] = key(values[i]);
    }
    int lo = 0;
    int hi = n - 1;
    // Median-of-three pivots make quadratic inputs unlikely; past this many rounds the rest is
    // sorted, which bounds the worst case at O(n log n).
    int rounds = 4 * (32 - Integer.numberOfLeadingZeros(n)) + 8;
    while (lo < hi) {
      if (rounds-- == 0) {
        Arrays.sort(keys, lo, hi + 1);
        break;
      }
      long pivot = medianOfThree(keys[lo], keys[(lo + hi) >>> 1], keys[hi]);
      // Three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot.
      int lt = lo;
      int gt = hi;
      int i = lo;
      while (i <= gt) {
        long v = keys[i];
        if (v < pivot) {
          keys[i++] = keys[lt];
          keys[lt++] = v;
        } else if (v > pivot) {
          keys[i] = keys[gt];
          keys[gt--] = v;
        } else {
          i++;
        }
      }
      if (k < lt) {
        hi = lt - 1;
      } else if (k > gt) {
        lo = gt + 1;
      } else {
        return fromKey(pivot);
      }
    }
    return fromKey(keys[k]);
  }

  private static long medianOfThree(long a, long b, long c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }

  /** A long whose signed order is the {@code Double.compare} order of the doubles. */
  static long key(double v) {
    long bits = Double.doubleToLongBits(v);
    return bits ^ ((bits >> 63) & Long.MAX_VALUE);
  }

  private static double fromKey(long key) {
    return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
  }
}
