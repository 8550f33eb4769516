package org.minga.metrics;

import java.util.Arrays;

/**
 * The median of a set of doubles by radix selection rather than sorting: a column that needs only
 * its median (not every quantile, as incomes do) then costs one buffer of longs and about two
 * branch-free passes over it, where a second radix sort cost two buffers and four passes and a
 * comparison-based selection mispredicted a branch on every other value. Gives the same double, bit
 * for bit, as interpolating the middle of {@code Arrays.sort}'s order: values are compared in
 * {@link Double#compare} order (-0.0 before 0.0, NaN last).
 *
 * <p>Each value becomes a 64-bit key whose unsigned order is that order (as in {@link DoubleSort}).
 * Adding a value counts its top 11 bits; the buckets holding the two middle ranks are found from
 * the counts. While both ranks share a bucket, the keys of that bucket are packed to the front
 * (counting their next 11 bits as they go) and the search descends a digit; once the ranks fall in
 * different buckets, the lower value is the largest key of the first bucket and the upper the
 * smallest of the second. Small remainders are sorted. Use: {@link #reset}, {@link #add} each
 * value, then {@link #median}. Buffers are kept between sets.
 */
final class MedianSelection {
  private static final int DIGIT_BITS = 11;
  private static final int BUCKETS = 1 << DIGIT_BITS;
  private static final int MASK = BUCKETS - 1;

  /** Shift of the top digit (bits 53-63); each level below is 11 bits lower, down to 0. */
  private static final int TOP_SHIFT = Long.SIZE - DIGIT_BITS;

  /** At most this many keys left are sorted rather than searched further. */
  private static final int SMALL = 32;

  private long[] keys = new long[0];
  private int size;

  /** Counts of the current digit, and of the next one while packing. */
  private int[] counts = new int[BUCKETS];

  private int[] nextCounts = new int[BUCKETS];

  /** Starts a new set of at most {@code capacity} values. */
  void reset(int capacity) {
    if (keys.length < capacity) {
      keys = new long[capacity];
    }
    Arrays.fill(counts, 0);
    size = 0;
  }

  void add(double v) {
    long k = key(v);
    keys[size++] = k;
    counts[(int) (k >>> TOP_SHIFT)]++;
  }

  /**
   * The median, {@code low + (pos - lo) x (high - low)} with pos = (n - 1) / 2, lo its floor and
   * low, high the sorted values at lo and min(lo + 1, n - 1) (the quantile rule of the income
   * columns); NaN for an empty set. Reorders the keys; add no more values before a reset.
   */
  double median() {
    int n = size;
    if (n == 0) {
      return Double.NaN;
    }
    double pos = 0.5 * (n - 1);
    int lo = (int) Math.floor(pos);
    long[] pair = middle(lo, Math.min(n - 1, lo + 1));
    double low = value(pair[0]);
    return low + (pos - lo) * (value(pair[1]) - low);
  }

  /** The keys of ranks {@code rankLow} and {@code rankHigh} (rankHigh at most rankLow + 1). */
  private long[] middle(int rankLow, int rankHigh) {
    long[] a = keys;
    int m = size;
    int shift = TOP_SHIFT;
    while (m > SMALL) {
      int bLow = bucketOf(rankLow);
      int bHigh = bucketOf(rankHigh);
      if (bLow != bHigh) {
        return largestAndSmallest(a, m, shift, bLow, bHigh);
      }
      int before = countBefore(bLow);
      if (shift == 0) {
        // Every bit is fixed: all keys in the bucket are equal.
        long k = firstInBucket(a, m, bLow);
        return new long[] {k, k};
      }
      int next = Math.max(0, shift - DIGIT_BITS);
      m = pack(a, m, shift, bLow, next);
      rankLow -= before;
      rankHigh -= before;
      shift = next;
    }
    for (int i = 0; i < m; i++) {
      a[i] ^= Long.MIN_VALUE; // unsigned order to signed, for Arrays.sort
    }
    Arrays.sort(a, 0, m);
    return new long[] {a[rankLow] ^ Long.MIN_VALUE, a[rankHigh] ^ Long.MIN_VALUE};
  }

  private int bucketOf(int rank) {
    int below = 0;
    for (int b = 0; b < BUCKETS; b++) {
      below += counts[b];
      if (rank < below) {
        return b;
      }
    }
    throw new IllegalStateException("rank " + rank + " beyond the keys");
  }

  private int countBefore(int bucket) {
    int below = 0;
    for (int b = 0; b < bucket; b++) {
      below += counts[b];
    }
    return below;
  }

  /**
   * Moves the keys whose digit at {@code shift} is {@code bucket} to the front, in order, and
   * counts their digit at {@code next}; returns how many there are.
   */
  private int pack(long[] a, int m, int shift, int bucket, int next) {
    int[] nc = nextCounts;
    Arrays.fill(nc, 0);
    int j = 0;
    for (int i = 0; i < m; i++) {
      long k = a[i];
      int in = ((int) (k >>> shift) & MASK) == bucket ? 1 : 0;
      a[j] = k;
      j += in;
      nc[(int) (k >>> next) & MASK] += in;
    }
    nextCounts = counts;
    counts = nc;
    return j;
  }

  /** The largest key in bucket {@code low} and the smallest in bucket {@code high}. */
  private static long[] largestAndSmallest(long[] a, int m, int shift, int low, int high) {
    long largest = 0;
    long smallest = -1; // the largest unsigned key
    for (int i = 0; i < m; i++) {
      long k = a[i];
      int d = (int) (k >>> shift) & MASK;
      largest = d == low && Long.compareUnsigned(k, largest) > 0 ? k : largest;
      smallest = d == high && Long.compareUnsigned(k, smallest) < 0 ? k : smallest;
    }
    return new long[] {largest, smallest};
  }

  private static long firstInBucket(long[] a, int m, int bucket) {
    for (int i = 0; i < m; i++) {
      if (((int) a[i] & MASK) == bucket) {
        return a[i];
      }
    }
    throw new IllegalStateException("empty bucket " + bucket);
  }

  /** A long whose unsigned order is the {@link Double#compare} order (canonical NaN last). */
  private static long key(double v) {
    long bits = Double.doubleToLongBits(v);
    return bits ^ ((bits >> 63) | Long.MIN_VALUE);
  }

  /** The double of a {@link #key}. */
  private static double value(long key) {
    return Double.longBitsToDouble(key ^ (~(key >> 63) | Long.MIN_VALUE));
  }
}
