package org.minga.model;

/**
 * Households for tests: a probe standing at a place, and copies of a model's producers with one
 * drawn attribute changed (their position, farm and reach kept), to ask the model's rules what that
 * attribute does without writing a producer's fields.
 */
final class Households {
  private Households() {}

  /** A household at (x, y) with every other attribute zero, e.g. to ask what shocks hit there. */
  static Producer at(double x, double y) {
    return new Producer(-1, new Producer.Attributes(x, y, 0, 0, 0, 0, 0, 0, 0, 0, false, false, 0));
  }

  /** A copy of {@code p} with quality {@code quality}. */
  static Producer withQuality(Producer p, double quality) {
    return copy(
        p,
        new Producer.Attributes(
            p.x(),
            p.y(),
            p.area(),
            p.yieldPerHa(),
            quality,
            p.capability(),
            p.subsistencePerMonth(),
            p.offFarmIncome(),
            p.patience(),
            p.trust(),
            p.isInformed(),
            p.isInnovator(),
            p.programmeDraw()));
  }

  /** A copy of {@code p} that is informed of the world price, or not. */
  static Producer withInformed(Producer p, boolean informed) {
    return copy(
        p,
        new Producer.Attributes(
            p.x(),
            p.y(),
            p.area(),
            p.yieldPerHa(),
            p.quality(),
            p.capability(),
            p.subsistencePerMonth(),
            p.offFarmIncome(),
            p.patience(),
            p.trust(),
            informed,
            p.isInnovator(),
            p.programmeDraw()));
  }

  /** Sets {@code p}'s trust to {@code trust} through the model's own trust moves. */
  static void setTrust(Producer p, double trust) {
    p.loseTrust(Double.MAX_VALUE); // to zero
    p.moveTrustToward(trust, 1); // 0 + 1 x (trust - 0): exactly trust
  }

  /** Same id, attributes {@code a}, and the same intermediaries within reach as {@code p}. */
  private static Producer copy(Producer p, Producer.Attributes a) {
    Producer q = new Producer(p.id, a);
    q.locateIntermediaries(p.nearestIntermediary(), p.intermediariesInReach());
    q.locateCooperative(p.nearestCooperative());
    return q;
  }
}
