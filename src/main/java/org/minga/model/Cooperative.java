package org.minga.model;

/**
 * A cooperative, association or seasonal group (docs/model.md 2): members, reserve fund,
 * governance, advances and remainders, services, optional certification and buyer contract, age.
 */
public final class Cooperative implements Ledger.Holder {
  final int index;
  final double x;
  final double y;
  final boolean seasonal;
  final int createdAt;
  boolean active = true;
  int dissolvedAt = -1;

  final IntList members = new IntList(64);
  /** Members at dissolution (a seasonal group re-forms from them). */
  final IntList formerMembers = new IntList(16);
  private double reserve;
  /** Reserve when the month's offers were set: advances are financed against the month's sale. */
  double reserveAtOffer;
  /**
   * Advance per unit it pays this month ({@link AdvanceRule#advance}), set at the offers
   * phase: it depends only on the cooperative and the month, and every delivery reads it.
   */
  double advanceThisMonth;
  double governance;
  double transparency;
  double maturity;
  /** Mean quality of its members (updated yearly). */
  double quality = 0.5;
  boolean certified;
  /** Formed only to obtain support; its members' trust collapses when the support ends. */
  boolean freeRider;
  /** Seasonal group already replaced by next season's group. */
  boolean reformed;

  /** Reference price state (smoothed) and the price the advance is computed from. */
  double smoothedPrice;
  double referencePrice;
  /** Remainder per unit members expect, from recent realised remainders. */
  double expectedRemainder;

  /** Monthly batches awaiting their remainder: index = step % ring length. */
  final double[] batchVolume;
  final double[] batchAdvances;
  final double[] batchRevenue;
  final double[] batchWeight;
  final double[] batchPromised;

  /** Buyer contract. */
  boolean hasBuyerContract;
  /** Lost its contract through poor delivery (only such a cooperative can regain one). */
  boolean lostContract;
  double reputation = 1;
  double committedVolumeYear;
  /** Members' expected output for the year, set with the commitment (sizes advance risk). */
  double expectedOutputYear;
  double soldToBuyerYear;
  /** Forward-sold volume this contract year, still undelivered, and its price (ForwardSales). */
  double forwardSoldYear;
  double forwardOpen;
  /** Price per unit the buyer agreed, before minimum and premium; set once fixed. */
  double forwardPrice;
  boolean forwardFixed;

  int yearsBelowMinimum;
  /** Consecutive months its reserve has been beyond the credit line. */
  int monthsInsolvent;
  /** Member-month accounting for cohesion and retention (trailing 12 months). */
  final double[] memberOutputRing = new double[12];
  final double[] deliveredRing = new double[12];
  final int[] leaversRing = new int[12];
  /** Members at the end of each of the last 13 months (13: the window's start is kept too). */
  final int[] membersRing = new int[13];
  double memberOutputMonth;
  double deliveredMonth;
  int leaversMonth;

  Cooperative(int index, double x, double y, boolean seasonal, int createdAt, int delay) {
    this.index = index;
    this.x = x;
    this.y = y;
    this.seasonal = seasonal;
    this.createdAt = createdAt;
    int ring = delay + 1;
    batchVolume = new double[ring];
    batchAdvances = new double[ring];
    batchRevenue = new double[ring];
    batchWeight = new double[ring];
    batchPromised = new double[ring];
  }

  public int index() {
    return index;
  }

  public double x() {
    return x;
  }

  public double y() {
    return y;
  }

  public boolean isActive() {
    return active;
  }

  /** Step at which it dissolved, or -1 while active. */
  public int dissolvedAt() {
    return dissolvedAt;
  }

  public boolean isSeasonal() {
    return seasonal;
  }

  public int memberCount() {
    return members.size();
  }

  /** The k-th member's producer index (0 <= k < memberCount()), in joining order; no copy. */
  public int memberAt(int k) {
    return members.get(k);
  }

  /** Member indices, in joining order (a copy). */
  public int[] members() {
    return members.toArray();
  }

  public double reserve() {
    return reserve;
  }

  public double maturity() {
    return maturity;
  }

  public double governance() {
    return governance;
  }

  public boolean isCertified() {
    return certified;
  }

  public boolean hasBuyerContract() {
    return hasBuyerContract;
  }

  public double reputation() {
    return reputation;
  }

  public double referencePrice() {
    return referencePrice;
  }

  public double expectedRemainder() {
    return expectedRemainder;
  }

  /** Delivered / members' output over the trailing 12 months (1 when members produced none). */
  public double deliveryShare12() {
    double out = 0;
    double del = 0;
    for (int i = 0; i < 12; i++) {
      out += memberOutputRing[i];
      del += deliveredRing[i];
    }
    return out <= 0 ? 1 : Math.min(1, del / out);
  }

  /** 1 - leavers in the last 12 months / members 12 months ago. */
  public double retention12(int step) {
    int leavers = 0;
    for (int v : leaversRing) {
      leavers += v;
    }
    int before = step >= 12 ? membersRing[(step + 1) % 13] : membersRing[0];
    if (before <= 0) {
      before = members.size() + leavers;
    }
    return before <= 0 ? 1 : Math.max(0, 1 - (double) leavers / before);
  }

  /** Whether any batch still awaits its remainder. */
  boolean hasPendingBatches() {
    for (double v : batchVolume) {
      if (v > 0) {
        return true;
      }
    }
    return false;
  }

  void closeMonth(int step) {
    int slot = step % 12;
    memberOutputRing[slot] = memberOutputMonth;
    deliveredRing[slot] = deliveredMonth;
    leaversRing[slot] = leaversMonth;
    membersRing[step % 13] = members.size();
    memberOutputMonth = 0;
    deliveredMonth = 0;
    leaversMonth = 0;
  }

  /** Called only by the Ledger. */
  void creditByLedger(double amount) {
    reserve += amount;
  }

  /** Called only by the Ledger. */
  void debitByLedger(double amount) {
    reserve -= amount;
  }
}
