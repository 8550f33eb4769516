package org.minga.model;

/**
 * What a cooperative pays its members for their deliveries (docs/model.md 7.6): an advance per unit
 * now, computed from a reference price, and a remainder later, when the month's batch has been sold
 * and falls due. It keeps the reference price, this month's advance, the remainder per unit members
 * expect and the batches awaiting their remainder.
 */
final class MemberPayments {
  /** Reserve when the month's offers were set: advances are financed against the month's sale. */
  private double reserveAtOffer;

  /**
   * Advance per unit it pays this month ({@link AdvanceRule#advance}), set at the offers phase: it
   * depends only on the cooperative and the month, and every delivery reads it.
   */
  private double advanceThisMonth;

  /** Reference price state (smoothed) and the price the advance is computed from. */
  private double smoothedPrice;

  private double referencePrice;

  /** Remainder per unit members expect, from recent realised remainders. */
  private double expectedRemainder;

  /** Monthly batches awaiting their remainder. */
  private final RemainderBatches batches;

  /** Payments of a cooperative that pays remainders {@code delay} months after delivery. */
  MemberPayments(int delay) {
    batches = new RemainderBatches(delay);
  }

  /** The month's offers are set: {@code reserve} is what this month's advances are risked on. */
  void recordReserveAtOffer(double reserve) {
    reserveAtOffer = reserve;
  }

  /** Reserve when this month's offers were set. */
  double reserveAtOffer() {
    return reserveAtOffer;
  }

  /** Sets the advance per unit it pays on this month's deliveries. */
  void setAdvanceForMonth(double advance) {
    advanceThisMonth = advance;
  }

  /** Advance per unit it pays this month. */
  double advanceThisMonth() {
    return advanceThisMonth;
  }

  /**
   * Moves the smoothed price toward {@code worldPrice} by {@code smoothing} of the gap (starting at
   * the world price) and returns it.
   */
  double smoothPrice(double worldPrice, double smoothing) {
    smoothedPrice =
        smoothedPrice <= 0 ? worldPrice : smoothedPrice + smoothing * (worldPrice - smoothedPrice);
    return smoothedPrice;
  }

  /** The reference price the advance is computed from. */
  double referencePrice() {
    return referencePrice;
  }

  /** Sets the reference price the advance is computed from. */
  void setReferencePrice(double price) {
    referencePrice = price;
  }

  /** Remainder per unit members expect. */
  double expectedRemainder() {
    return expectedRemainder;
  }

  /** Sets the remainder per unit members expect (at founding: the planned remainder). */
  void setExpectedRemainder(double perUnit) {
    expectedRemainder = perUnit;
  }

  /** Members' expected remainder moves halfway to the remainder a batch realised. */
  void learnRemainder(double realisedPerUnit) {
    expectedRemainder =
        expectedRemainder <= 0 && realisedPerUnit <= 0
            ? 0
            : 0.5 * expectedRemainder + 0.5 * realisedPerUnit;
  }

  /** Its batches awaiting their remainder (read only: they change through the methods below). */
  RemainderBatches batches() {
    return batches;
  }

  /**
   * A member delivers {@code q} into the batch in {@code slot}, paid {@code advanced} now and
   * promised the expected remainder on it later; {@code weightedVolume} is q x its sharing weight.
   */
  void bookDelivery(int slot, double q, double advanced, double weightedVolume) {
    batches.book(slot, q, advanced, weightedVolume, q * expectedRemainder);
  }

  /** The month's pool is sold: what it brought net of per-unit costs goes to slot's batch. */
  void bookSaleRevenue(int slot, double net) {
    batches.addRevenue(slot, net);
  }

  /** The batch in slot has been settled (or there was none): the slot is emptied. */
  void settleBatch(int slot) {
    batches.clear(slot);
  }

  /** Whether any batch still awaits its remainder. */
  boolean hasPendingBatches() {
    return batches.anyPending();
  }

  /** The cooperative dissolves: the batches still awaiting their remainder are never settled. */
  void abandonBatches() {
    batches.clearAll();
  }
}
