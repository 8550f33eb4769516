package org.minga.model.random;

/**
 * The Philox4x64-10 block function (Salmon et al. 2011): a keyed bijection of a 256-bit counter
 * into four 64-bit words. It is exactly the function behind Apache Commons RNG's {@code Philox4x64}
 * (tested bit for bit against it), written as a static function so that a stream can be re-keyed or
 * read at any counter without allocating.
 */
final class PhiloxBlock {
  private static final long M0 = 0xD2E7470EE14C6C93L;
  private static final long M1 = 0xCA5A826395121157L;
  private static final long W0 = 0x9E3779B97F4A7C15L;
  private static final long W1 = 0xBB67AE8584CAA73BL;
  private static final int ROUNDS = 10;

  private PhiloxBlock() {}

  /** Writes the block at counter (c0, c1, c2, c3) under key (k0, k1) into {@code out[0..3]}. */
  static void block(long k0, long k1, long c0, long c1, long c2, long c3, long[] out) {
    for (int r = 0; r < ROUNDS; r++) {
      long lo0 = M0 * c0;
      long hi0 = highTimesM0(c0);
      long lo1 = M1 * c2;
      long hi1 = highTimesM1(c2);
      c0 = hi1 ^ c1 ^ k0;
      c1 = lo1;
      c2 = hi0 ^ c3 ^ k1;
      c3 = lo0;
      k0 += W0;
      k1 += W1;
    }
    out[0] = c0;
    out[1] = c1;
    out[2] = c2;
    out[3] = c3;
  }

  /*
   * High 64 bits of the unsigned 128-bit product M x c. Both multipliers have their top bit set,
   * so the signed-to-unsigned correction ((a >> 63) & b) + ((b >> 63) & a) of Math.multiplyHigh
   * reduces to c + ((c >> 63) & M).
   */
  private static long highTimesM0(long c) {
    return Math.multiplyHigh(M0, c) + c + ((c >> 63) & M0);
  }

  private static long highTimesM1(long c) {
    return Math.multiplyHigh(M1, c) + c + ((c >> 63) & M1);
  }
}
