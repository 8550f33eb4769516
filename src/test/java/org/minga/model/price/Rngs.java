package org.minga.model.price;

import org.minga.model.random.RandomStream;
import org.minga.model.random.RandomStreams;
import org.minga.model.random.StreamName;

/** The world-price stream of a seed, as a run draws it, for the price processes' tests. */
final class Rngs {
  private Rngs() {}

  static RandomStream of(long seed) {
    return new RandomStreams(seed).sequence(StreamName.WORLD_PRICE);
  }

  /**
   * Whether two streams of the same seed are at the same point: their next draws agree (a stream
   * one or more draws ahead of the other would give another number, with probability 1 - 2^-53).
   * Consumes a draw of each.
   */
  static boolean samePoint(RandomStream a, RandomStream b) {
    return a.nextDouble() == b.nextDouble();
  }
}
