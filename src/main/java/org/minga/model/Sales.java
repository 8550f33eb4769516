package org.minga.model;

/**
 * Scratch for one producer's choice this month: its sales by channel, and the intermediary's offer
 * once computed (valued, then paid, at the same price); reused, never reallocated.
 */
final class Sales {
  private final double[] volume = new double[Channel.COUNT];

  /** The remembered offer, and who the producer owed when it was computed. */
  private int offerFrom = -1;

  private byte offerCreditorKind;
  private int offerCreditor;
  private double offer;

  /** Transport per unit from the producer to that intermediary, which the intermediary pays. */
  private double offerTransport;

  void reset() {
    java.util.Arrays.fill(volume, 0);
    offerFrom = -1;
  }

  /**
   * What intermediary {@code i} offers {@code p}, computed once per visit. Of what the offer reads,
   * only whom the producer owes (creditor kind and index: a tied producer pays a higher margin) can
   * change while it chooses and sells, when a sale repays the debt; so those are part of the key.
   */
  double intermediaryPrice(MingaModel m, Producer p, Intermediary i) {
    if (offerFrom != i.index()
        || offerCreditorKind != p.creditorKind()
        || offerCreditor != p.creditor()) {
      offerTransport = IntermediaryOffer.transport(m, Reach.distance(p.x(), p.y(), i.x(), i.y()));
      offer = IntermediaryOffer.price(m, p, i, offerTransport);
      offerFrom = i.index();
      offerCreditorKind = p.creditorKind();
      offerCreditor = p.creditor();
    }
    return offer;
  }

  /** Transport per unit of the offer last returned by {@link #intermediaryPrice}. */
  double intermediaryTransport() {
    return offerTransport;
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
