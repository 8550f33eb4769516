package org.minga.model;

/**
 * docs/model.md 7.6, elite capture: better-endowed members capture a larger share of the surplus
 * ([RedEAmerica-nd, “Enfrentar explícitamente las desigualdades de poder en las asociaciones”]).
 * Remainders are shared by delivered volume x (area / mean area) ^ e; with e = 0 the sharing is
 * strictly by volume. (The other face of elite capture, successful members leaving to sell on their
 * own, is in {@link Membership}.)
 */
final class EliteCapture {
  private EliteCapture() {}

  /** Sharing weight per unit delivered. */
  static double weight(MingaModel m, Producer p) {
    double e = m.sc.cooperatives().eliteCapture();
    return e == 0 ? 1 : Math.pow(p.area() / m.meanArea, e);
  }
}
