package org.minga.model;

import org.minga.model.random.RandomStream;
import org.minga.model.random.RandomStreams;
import org.minga.model.random.StreamName;

/**
 * Who observes whom: each producer's k nearest neighbours within a radius, a share rewired to
 * random producers (small world), each producer's rewiring from its own sub-stream. Stored in
 * compressed-row form (two int arrays), built with the spatial index in O(n k).
 */
final class SocialNetwork {
  private final int[] start;
  private final int[] links;

  private SocialNetwork(int[] start, int[] links) {
    this.start = start;
    this.links = links;
  }

  /**
   * Links each producer to its k nearest neighbours within the radius (then rewires a share). Uses
   * its own fine grid, sized so a cell holds about k producers on average.
   */
  static SocialNetwork build(
      double[] xs,
      double[] ys,
      double width,
      double height,
      int k,
      double radius,
      double rewire,
      RandomStreams streams) {
    int n = xs.length;
    double cell = Math.sqrt(width * height * Math.max(1, k) / Math.max(1, n));
    SpatialIndex index = new SpatialIndex(xs, ys, width, height, Math.max(0.01, cell));
    int[] start = new int[n + 1];
    int[] links = new int[n * k];
    int[] bestId = new int[Math.max(1, k)];
    double[] bestD = new double[Math.max(1, k)];
    int count = 0;
    RandomStream rng = streams.sequence(StreamName.SOCIAL_NETWORK);
    for (int i = 0; i < n; i++) {
      start[i] = count;
      streams.moveTo(rng, StreamName.SOCIAL_NETWORK, i); // i's rewiring: its own sub-stream
      int found = index.nearest(i, k, radius, bestId, bestD);
      for (int j = 0; j < found; j++) {
        int target = bestId[j];
        if (n > 1 && rng.nextDouble() < rewire) {
          target = rng.nextInt(n - 1);
          if (target >= i) {
            target++;
          }
        }
        links[count++] = target;
      }
    }
    start[n] = count;
    return new SocialNetwork(start, java.util.Arrays.copyOf(links, count));
  }

  int degree(int i) {
    return start[i + 1] - start[i];
  }

  /** The first neighbour of i, or -1 (an early read of i's links; see ReadAhead). */
  int firstNeighbour(int i) {
    return start[i + 1] > start[i] ? links[start[i]] : -1;
  }

  /** Bits per channel in {@link #channelCounts}: a count never exceeds a degree, at most k. */
  private static final int LANE_BITS = 16;

  private static final long LANE_MASK = (1L << LANE_BITS) - 1;

  static {
    if (Channel.COUNT * LANE_BITS > Long.SIZE) {
      throw new AssertionError("channel counts do not fit in one long");
    }
  }

  /**
   * How many of i's neighbours have each main channel ({@code channels[id]}, -1 for none), one
   * 16-bit count per channel packed in a long: adding into a register rather than an array keeps
   * each neighbour's increment from waiting on the previous one's store, which made this count the
   * dearest part of a choice. Read with {@link #countOf}. Degrees are at most k (< 2^16).
   */
  long channelCounts(int i, byte[] channels) {
    long packed = 0;
    for (int q = start[i], end = start[i + 1]; q < end; q++) {
      int ch = channels[links[q]];
      // 1 in the channel's lane, or nothing when ch is -1 (its sign spreads to a zero mask).
      packed += (1L << (ch * LANE_BITS)) & ~(long) (ch >> 31);
    }
    return packed;
  }

  /** The count of {@code channel} in what {@link #channelCounts} returned. */
  static int countOf(long packed, int channel) {
    return (int) ((packed >>> (channel * LANE_BITS)) & LANE_MASK);
  }

  int neighbour(int i, int j) {
    return links[start[i] + j];
  }
}
