package org.minga.model;

/** Scratch tally of one producer's sales this month by channel; reused, never reallocated. */
final class Sales {
  private final double[] volume = new double[Channel.COUNT];

  void reset() {
    java.util.Arrays.fill(volume, 0);
  }

  void add(Channel c, double units) {
    volume[c.ordinal()] += units;
  }

  /** The channel with the largest volume this month, or -1 when nothing was sold. */
  byte main() {
    int best = -1;
    double most = 0;
    for (int c = 0; c < volume.length; c++) {
      if (volume[c] > most) {
        most = volume[c];
        best = c;
      }
    }
    return (byte) best;
  }
}
