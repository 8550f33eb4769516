package org.minga.metrics;

import java.util.Arrays;

/**
 * Sorts a set of doubles into exactly the order of {@link Arrays#sort(double[])} (-0.0 before 0.0,
 * NaN last), in linear time: income quantiles and the Gini are computed every step over every
 * producer, and a comparison sort was the largest part of the metrics phase at every model size.
 * Use: {@link #reset}, {@link #add} each value (inside the caller's own loop, which saves a pass
 * over the values), {@link #sort}, then read {@link #get}.
 *
 * <p>Each value is mapped to a 64-bit key whose unsigned order is the order of the doubles
 * (negatives: all bits flipped, so a larger magnitude sorts first; others: the sign flipped). An
 * LSD radix sort then orders the keys by their top 32 bits only, in three stable passes of 11, 11
 * and 10 bits: 2,048-entry histograms stay in the L1 cache at any size, where 16-bit digits needed
 * 256 KB histograms that cost more to clear than a small set costs to sort. The histograms are
 * counted as values are added. A pass whose digit is the same in every key moves nothing and is
 * skipped. Keys that share their top 32 bits (values within about a millionth of each other, or
 * equal) end up adjacent; each such run, rare in practice, is then sorted by the whole key.
 *
 * <p>Any correct sort gives the same sequence, since doubles that compare equal here have the same
 * bits; NaNs come out as the canonical NaN, as {@link Double#doubleToLongBits} gives them. Buffers
 * are kept between sets (no per-step allocation once grown).
 */
final class DoubleSort {
  /** Below this many values a comparison sort of the keys is as fast as the radix passes. */
  static final int RADIX_THRESHOLD = 1 << 9;

  private static final int DIGIT_BITS = 11;
  private static final int BUCKETS = 1 << DIGIT_BITS;
  private static final int MASK = BUCKETS - 1;

  /** Digits at bits 32-42, 43-53 and 54-63 of the key, least significant first. */
  private static final int SHIFT0 = 32;

  private static final int SHIFT1 = SHIFT0 + DIGIT_BITS;
  private static final int SHIFT2 = SHIFT1 + DIGIT_BITS;
  private static final int[] SHIFTS = {SHIFT0, SHIFT1, SHIFT2};

  private long[] keys = new long[0];
  private long[] swap = new long[0];

  /** One histogram per digit, then its bucket starts: {@code counts[digit * BUCKETS + b]}. */
  private final int[] counts = new int[SHIFTS.length * BUCKETS];

  private int size;

  /** The array holding the keys in sorted order after {@link #sort} (keys or swap). */
  private long[] sorted = keys;

  /** Starts a new set of at most {@code capacity} values. */
  void reset(int capacity) {
    if (keys.length < capacity) {
      keys = new long[capacity];
      swap = new long[capacity];
    }
    Arrays.fill(counts, 0);
    size = 0;
    sorted = keys;
  }

  /** Adds a value to the set (at most the capacity given to {@link #reset}). */
  void add(double v) {
    long k = key(v);
    keys[size++] = k;
    // All three histograms while the key is at hand: the passes then only move keys.
    counts[(int) (k >>> SHIFT0) & MASK]++;
    counts[BUCKETS + ((int) (k >>> SHIFT1) & MASK)]++;
    counts[2 * BUCKETS + (int) (k >>> SHIFT2)]++;
  }

  /** Number of values in the set. */
  int size() {
    return size;
  }

  /** Sorts the values added since {@link #reset}; {@link #get} then reads them in order. */
  void sort() {
    int n = size;
    long[] src = keys;
    if (n < RADIX_THRESHOLD) {
      sortUnsigned(src, 0, n);
      sorted = src;
      return;
    }
    long[] dst = swap;
    for (int d = 0; d < SHIFTS.length; d++) {
      if (scatter(src, dst, n, d)) {
        long[] t = src;
        src = dst;
        dst = t;
      }
    }
    sortTies(src, n);
    sorted = src;
  }

  /** The {@code i}-th smallest value, after {@link #sort}. */
  double get(int i) {
    return value(sorted[i]);
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

  /** Sorts each run of keys with equal top 32 bits (keys ordered by those bits) by whole key. */
  private static void sortTies(long[] k, int n) {
    long prev = k[0];
    for (int i = 1; i < n; i++) {
      long next = k[i];
      if ((next ^ prev) >>> 32 == 0) { // a run starts at i - 1
        int to = i + 1;
        while (to < n && (k[to] ^ prev) >>> 32 == 0) {
          to++;
        }
        sortUnsigned(k, i - 1, to);
        i = to - 1;
        next = k[i];
      }
      prev = next;
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
