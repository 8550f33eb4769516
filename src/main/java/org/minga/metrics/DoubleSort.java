package org.minga.metrics;

import java.util.Arrays;

/**
 * Sorts doubles into exactly the order of {@link Arrays#sort(double[], int, int)} (-0.0 before
 * 0.0, NaN last), in linear time: income quantiles and the Gini are computed every step over
 * every producer, and a comparison sort was the largest part of the metrics phase at every
 * model size.
 *
 * <p>Each value is mapped to a 64-bit key whose unsigned order is the order of the doubles
 * (negatives: all bits flipped, so a larger magnitude sorts first; others: the sign flipped).
 * An LSD radix sort then orders the keys by their top 32 bits only, in three stable passes of
 * 11, 11 and 10 bits: 2,048-entry histograms stay in the L1 cache at any array size, where
 * 16-bit digits needed 256 KB histograms that cost more to clear than a small array costs to
 * sort. A pass whose digit is the same in every key moves nothing and is skipped. Keys that
 * share their top 32 bits (values within about a millionth of each other, or equal) end up
 * adjacent; each such run, rare in practice, is then sorted by the whole key.
 *
 * <p>Any correct sort gives the same array, since doubles that compare equal here have the same
 * bits; NaNs are collapsed to the canonical NaN, as {@link Double#doubleToLongBits} does.
 * Buffers are kept between calls (no per-step allocation once grown).
 */
final class DoubleSort {
  /** Below this many values, Arrays.sort is as fast and the histogram sums would dominate. */
  static final int RADIX_THRESHOLD = 1 << 9;
  private static final int DIGIT_BITS = 11;
  private static final int BUCKETS = 1 << DIGIT_BITS;
  private static final int MASK = BUCKETS - 1;
  /** Digits at bits 32-42, 43-53 and 54-63 of the key, least significant first. */
  private static final int[] SHIFTS = {32, 32 + DIGIT_BITS, 32 + 2 * DIGIT_BITS};

  private long[] keys = new long[0];
  private long[] swap = new long[0];
  /** One histogram per digit, then its bucket starts: {@code counts[digit * BUCKETS + b]}. */
  private final int[] counts = new int[SHIFTS.length * BUCKETS];

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
    Arrays.fill(counts, 0);
    for (int i = 0; i < n; i++) {
      long k = key(a[i]);
      src[i] = k;
      // All three histograms in the pass that writes the keys: one read of the values.
      counts[(int) (k >>> SHIFTS[0]) & MASK]++;
      counts[BUCKETS + ((int) (k >>> SHIFTS[1]) & MASK)]++;
      counts[2 * BUCKETS + ((int) (k >>> SHIFTS[2]) & MASK)]++;
    }
    for (int d = 0; d < SHIFTS.length; d++) {
      if (scatter(src, dst, n, d)) {
        long[] t = src;
        src = dst;
        dst = t;
      }
    }
    fixTiesAndStore(src, a, n);
  }

  /**
   * Stable counting-sort pass on digit {@code d} from {@code src} into {@code dst}; returns false
   * (and moves nothing) when every key has the same digit.
   */
  private boolean scatter(long[] src, long[] dst, int n, int d) {
    int shift = SHIFTS[d];
    int base = d * BUCKETS;
    if (counts[base + ((int) (src[0] >>> shift) & MASK)] == n) {
      return false;
    }
    int sum = 0;
    for (int b = base; b < base + BUCKETS; b++) {
      int c = counts[b];
      counts[b] = sum;
      sum += c;
    }
    for (int i = 0; i < n; i++) {
      long k = src[i];
      dst[counts[base + ((int) (k >>> shift) & MASK)]++] = k;
    }
    return true;
  }

  /**
   * Writes the keys, ordered by their top 32 bits, back to {@code a} as doubles, first sorting
   * each run of keys with equal top bits by the whole key.
   */
  private static void fixTiesAndStore(long[] src, double[] a, int n) {
    long prev = src[0];
    a[0] = value(prev);
    for (int i = 1; i < n; i++) {
      long k = src[i];
      if ((k ^ prev) >>> 32 == 0) { // a run of equal top bits starts at i - 1: sort it
        int from = i - 1;
        int to = i + 1;
        while (to < n && (src[to] ^ prev) >>> 32 == 0) {
          to++;
        }
        sortUnsigned(src, from, to);
        for (int j = from; j < to; j++) {
          a[j] = value(src[j]);
        }
        i = to - 1;
        k = src[i];
      } else {
        a[i] = value(k);
      }
      prev = k;
    }
  }

  /** Sorts {@code k[from..to)} in unsigned order (signed order once the sign bit is flipped). */
  private static void sortUnsigned(long[] k, int from, int to) {
    for (int i = from; i < to; i++) {
      k[i] ^= Long.MIN_VALUE;
    }
    Arrays.sort(k, from, to);
    for (int i = from; i < to; i++) {
      k[i] ^= Long.MIN_VALUE;
    }
  }

  /** The key whose unsigned order is Arrays.sort's order of doubles. */
  static long key(double v) {
    long bits = Double.doubleToLongBits(v); // canonical NaN: the largest key, sorted last
    return bits ^ ((bits >> 63) | Long.MIN_VALUE);
  }

  /** The double of a {@link #key}. */
  static double value(long key) {
    // Keys with the top bit set were non-negative: flip the sign bit back; others: all bits.
    return Double.longBitsToDouble(key ^ (~(key >> 63) | Long.MIN_VALUE));
  }
}
