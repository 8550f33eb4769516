package org.minga.model.random;

/**
 * The random streams of one run, all derived from its seed. Every stream is Philox4x64 keyed by
 * (seed, stream name): different names give independent sequences. Inside a stream, an index (an
 * agent's id, a step) selects a disjoint stretch of the counter space, and a keyed draw reads the
 * block at the counter (k, agent, step): so producer 7's draw in month 30 is the same whatever any
 * other producer did, and whatever the population size.
 *
 * <p>Counter layout (c0, c1, c2, c3): sequential sub-streams use (n, 0, index, 1), n counting
 * blocks from 1; keyed draws use (k, agent, step, 0). The two never meet.
 */
public final class RandomStreams {
  private static final double UNIT = 0x1.0p-53;
  private final long seed;

  /** Scratch for the block of a keyed draw (a run's streams are used from one thread). */
  private final long[] block = new long[4];

  public RandomStreams(long seed) {
    this.seed = seed;
  }

  /** The run-long sequence of a stream (the world price). */
  public RandomStream sequence(StreamName stream) {
    return sequence(stream, 0);
  }

  /**
   * The sub-stream of one agent (its attributes) or one step (a month's visiting order); what it
   * yields depends only on the seed, the stream and the index.
   */
  public RandomStream sequence(StreamName stream, long index) {
    RandomStream s = new RandomStream();
    s.moveTo(seed, stream, index);
    return s;
  }

  /**
   * Points {@code reused} at the sub-stream (stream, index), as {@link #sequence(StreamName, long)}
   * would return it, without allocating: for passes over every agent.
   */
  public RandomStream moveTo(RandomStream reused, StreamName stream, long index) {
    reused.moveTo(seed, stream, index);
    return reused;
  }

  /** A uniform draw in [0, 1) for one agent at one step; {@code k} tells apart its draws. */
  public double uniform(StreamName stream, int step, int agent, int k) {
    PhiloxBlock.block(seed, stream.key(), k, agent, step, 0, block);
    return (block[0] >>> 11) * UNIT;
  }
}
