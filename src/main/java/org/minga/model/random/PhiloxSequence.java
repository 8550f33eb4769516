package org.minga.model.random;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A Philox4x64 sequence that can be moved to another key and counter start without allocating: from
 * a given state it yields the same numbers as Commons RNG's {@code Philox4x64} (which increments
 * the counter before its first block). Per-agent attribute streams re-point one of these instead of
 * building a generator per agent.
 */
final class PhiloxSequence implements UniformRandomProvider {
  private final long[] buffer = new long[4];
  private long key0;
  private long key1;
  private long counter0;
  private long counter2;
  private long counter3;
  private int position = 4;

  /** The unused high half of the last word split for {@link #nextInt()}, if there is one. */
  private int spareInt;

  private boolean hasSpareInt;

  /** Starts the sequence keyed (key0, key1) at counter (0, 0, counter2, counter3). */
  void moveTo(long key0, long key1, long counter2, long counter3) {
    this.key0 = key0;
    this.key1 = key1;
    this.counter0 = 0;
    this.counter2 = counter2;
    this.counter3 = counter3;
    this.position = 4;
    this.hasSpareInt = false;
  }

  /**
   * 32 bits at a time: each 64-bit word gives two ints, low half first, as Commons RNG's
   * LongProvider does, so a shuffle draws half as many blocks.
   */
  @Override
  public int nextInt() {
    if (hasSpareInt) {
      hasSpareInt = false;
      return spareInt;
    }
    long word = nextLong();
    spareInt = (int) (word >>> 32);
    hasSpareInt = true;
    return (int) word;
  }

  @Override
  public long nextLong() {
    if (position == 4) {
      nextBlock();
    }
    return buffer[position++];
  }

  /** Computes the next block (apart, so that nextLong is small enough to inline everywhere). */
  private void nextBlock() {
    // A sub-stream never draws 2^64 blocks, so counter word 1 stays 0 (no carry).
    counter0++;
    PhiloxBlock.block(key0, key1, counter0, 0, counter2, counter3, buffer);
    position = 0;
  }
}
