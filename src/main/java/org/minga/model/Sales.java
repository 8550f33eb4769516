package org.minga.model;

/**
 * Scratch for one producer's choice this month: its sales by channel, and the intermediary's
 * offer once computed (valued, then paid, at the same price); reused, never reallocated.
 */
final class Sales {
  private final double[] volume = new double[Channel.COUNT];
  /** The remembered offer and what it depends on that can change during a visit (its debt). */
  private int offerFrom = -1;
  private byte offerCreditorKind;
  private int offerCreditor;
  private double offer;

  void reset() {
    java.util.Arrays.fill(volume, 0);
    offerFrom = -1;
  }

  /**
   * What intermediary {@code i} offers {@code p}, computed once per visit: nothing else it
   * depends on changes while a producer chooses and sells, except its debt to {@code i} (a sale
   * can repay it), so the debt is part of the key.
   */
  double intermediaryPrice(MingaModel m, Producer p, Intermediary i) {
    if (offerFrom != i.index || offerCreditorKind != p.creditorKind
        || offerCreditor != p.creditor) {
      offer = IntermediaryOffer.price(m, p, i);
      offerFrom = i.index;
      offerCreditorKind = p.creditorKind;
      offerCreditor = p.creditor;
    }
    return offer;
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
