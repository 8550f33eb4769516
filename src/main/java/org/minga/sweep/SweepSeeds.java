package org.minga.sweep;

/**
 * Derives each run's seed from (base seed, design point, replicate) with SplitMix64's finaliser, so
 * that neighbouring points and replicates get unrelated Mersenne Twister seeds, and a run's seed
 * depends on nothing else (not the thread that ran it, nor the shard).
 */
public final class SweepSeeds {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private SweepSeeds() {}

  /** SplitMix64's output function (Steele, Lea and Flood 2014). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The seed of replicate {@code replicate} of design point {@code point}; never negative. */
  public static long runSeed(long base, long point, long replicate) {
    long h = mix(base + GOLDEN);
    h = mix(h ^ (point + 1) * GOLDEN);
    h = mix(h ^ (replicate + 1) * GOLDEN);
    return h >>> 1; // scenario seeds are non-negative
  }

  /** A seed for the design's own draws (random, lhs, morris) and the bootstrap, by purpose. */
  public static long streamSeed(long base, long purpose) {
    return mix(mix(base ^ 0x5DEECE66DL) ^ purpose * GOLDEN) >>> 1;
  }
}
