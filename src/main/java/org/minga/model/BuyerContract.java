package org.minga.model;

/**
 * A cooperative's standing with a buyer (docs/model.md 7.8): whether it holds a contract, its
 * reputation for delivering, the volume it committed for the contract year and what it sold against
 * it, and the forward sale made under the contract (ForwardSales). One per cooperative, kept while
 * it has no contract: its reputation and a contract lost are remembered.
 */
final class BuyerContract {
  /** Holds a contract with a buyer. */
  private boolean signed;

  /** Lost its contract through poor delivery (only such a cooperative can regain one). */
  private boolean lost;

  private double reputation = 1;
  private double committedVolumeYear;

  /** Members' expected output for the year, set with the commitment (sizes advance risk). */
  private double expectedOutputYear;

  private double soldToBuyerYear;

  /** Forward-sold volume this contract year, still undelivered, and its price (ForwardSales). */
  private double forwardSoldYear;

  private double forwardOpen;

  /** Price per unit the buyer agreed, before minimum and premium; set once fixed. */
  private double forwardPrice;

  private boolean forwardFixed;

  /** Whether it holds a contract with a buyer. */
  boolean isSigned() {
    return signed;
  }

  /** Its reputation with buyers, in [0, 1]. */
  double reputation() {
    return reputation;
  }

  /**
   * Next season's group carries on from the group it replaces: its contract, reputation and a
   * contract lost.
   */
  void carryOver(BuyerContract previous) {
    signed = previous.signed;
    reputation = previous.reputation;
    lost = previous.lost;
  }

  /** It signs a contract with a buyer. */
  void sign() {
    signed = true;
  }

  /** Its buyer ends the contract. */
  void end() {
    signed = false;
  }

  /** Whether it lost a contract through poor delivery (only such a cooperative can regain one). */
  boolean wasLost() {
    return lost;
  }

  /** Without a contract and with reputation below the threshold: it has lost its contract. */
  void rememberLost() {
    lost = true;
  }

  /** Reputation falls by {@code loss}, not below 0. */
  void loseReputation(double loss) {
    reputation = Math.max(0, reputation - loss);
  }

  /** Reputation falls to 0: it could not pay what it owed its buyer. */
  void forfeitReputation() {
    reputation = 0;
  }

  /** Reputation recovers by {@code gain}, up to 1. */
  void recoverReputation(double gain) {
    reputation = Math.min(1, reputation + gain);
  }

  /** Members' expected output for the coming year (set at the commitment). */
  void expectOutput(double volume) {
    expectedOutputYear = volume;
  }

  /** Members' expected output for the year. */
  double expectedOutputYear() {
    return expectedOutputYear;
  }

  /**
   * A contract year starts: it commits {@code commitment} of members' expected output to its buyer
   * (nothing without a contract), none of it sold yet.
   */
  void commitYear(double commitment) {
    committedVolumeYear = signed ? commitment * expectedOutputYear : 0;
    soldToBuyerYear = 0;
  }

  /** Volume committed to the buyer this contract year. */
  double committedVolumeYear() {
    return committedVolumeYear;
  }

  /** It sold {@code volume} to its contract buyer. */
  void recordSoldToBuyer(double volume) {
    soldToBuyerYear += volume;
  }

  /** Volume sold to the contract buyer this contract year. */
  double soldToBuyerYear() {
    return soldToBuyerYear;
  }

  /** It sells nothing forward this contract year. */
  void sellNothingForward() {
    forwardSoldYear = 0;
  }

  /** It sells its committed volume forward, at a price not yet fixed. */
  void sellCommittedForward() {
    forwardSoldYear = committedVolumeYear;
    forwardOpen = committedVolumeYear;
    forwardFixed = false;
  }

  /** The forward sale's price per unit is fixed (before minimum and premium). */
  void fixForwardPrice(double price) {
    forwardPrice = price;
    forwardFixed = true;
  }

  /** It delivers {@code units} against the open forward sale. */
  void deliverForward(double units) {
    forwardOpen -= units;
  }

  /** The open forward sale is closed (settled or lapsed) with nothing left to deliver. */
  void closeForwardSale() {
    forwardOpen = 0;
  }

  /** Volume sold forward this contract year. */
  double forwardSoldYear() {
    return forwardSoldYear;
  }

  /** Volume sold forward and not yet delivered. */
  double forwardOpen() {
    return forwardOpen;
  }

  /** Price per unit the buyer agreed (before minimum and premium), once fixed. */
  double forwardPrice() {
    return forwardPrice;
  }

  /** Whether the forward sale's price is fixed. */
  boolean isForwardPriceFixed() {
    return forwardFixed;
  }
}
