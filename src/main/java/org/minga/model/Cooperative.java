package org.minga.model;

/**
 * A cooperative, association or seasonal group (docs/model.md 2): members, reserve fund,
 * governance, advances and remainders, services, optional certification and buyer contract, age.
 */
public final class Cooperative implements Ledger.Holder {
  final int index;
  private final double x;
  private final double y;
  private final boolean seasonal;
  private final int createdAt;
  private boolean active = true;
  private int dissolvedAt = -1;

  private final IntList members = new IntList(64);

  /** Members at dissolution (a seasonal group re-forms from them). */
  private final IntList formerMembers = new IntList(16);

  private double reserve;

  /** Reserve when the month's offers were set: advances are financed against the month's sale. */
  private double reserveAtOffer;

  /**
   * Advance per unit it pays this month ({@link AdvanceRule#advance}), set at the offers phase: it
   * depends only on the cooperative and the month, and every delivery reads it.
   */
  private double advanceThisMonth;

  private final double governance;
  private final double transparency;
  private double maturity;

  /** Mean quality of its members (updated yearly). */
  private double quality = 0.5;

  private boolean certified;

  /** Formed only to obtain support; its members' trust collapses when the support ends. */
  private boolean freeRider;

  /** Seasonal group already replaced by next season's group. */
  private boolean reformed;

  /** Reference price state (smoothed) and the price the advance is computed from. */
  private double smoothedPrice;

  private double referencePrice;

  /** Remainder per unit members expect, from recent realised remainders. */
  private double expectedRemainder;

  /** Monthly batches awaiting their remainder. */
  private final RemainderBatches batches;

  /** Buyer contract. */
  private boolean hasBuyerContract;

  /** Lost its contract through poor delivery (only such a cooperative can regain one). */
  private boolean lostContract;

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

  private int yearsBelowMinimum;

  /** Consecutive months its reserve has been beyond the credit line. */
  private int monthsInsolvent;

  /*
   * Member-month accounting for cohesion and retention: members' output, what they delivered and
   * how many left, month by month over the trailing 12 months. Re-summed (one row each): a running
   * sum could be left a rounding error off zero after a year without output, which the delivery
   * share would then divide by.
   */
  final TrailingWindow memberOutput = new TrailingWindow(12, TrailingWindow.Summing.RESUMMED);
  final TrailingWindow delivered = new TrailingWindow(12, TrailingWindow.Summing.RESUMMED);
  final TrailingWindow leavers = new TrailingWindow(12, TrailingWindow.Summing.RESUMMED);

  /** Members at the end of each of the last 13 months (13: the window's start is kept too). */
  // Only read months back; its sum is kept all the same, re-summed as the windows above.
  final TrailingWindow memberCounts = new TrailingWindow(13, TrailingWindow.Summing.RESUMMED);

  /**
   * A cooperative founded at step {@code createdAt} at (x, y), paying remainders {@code delay}
   * months after delivery, with its board's governance and transparency (drawn at founding).
   */
  Cooperative(
      int index,
      double x,
      double y,
      boolean seasonal,
      int createdAt,
      int delay,
      double governance,
      double transparency) {
    this.index = index;
    this.x = x;
    this.y = y;
    this.seasonal = seasonal;
    this.createdAt = createdAt;
    this.governance = governance;
    this.transparency = transparency;
    batches = new RemainderBatches(delay);
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

  /** Step at which it was founded. */
  int createdAt() {
    return createdAt;
  }

  /**
   * The member list itself (no copy), for passes over the members that read ahead ({@link
   * ProducerMemory#readAhead}); membership changes only through the methods below.
   */
  IntList memberList() {
    return members;
  }

  /** A producer joins: it goes to the end of the member list (sums over members follow it). */
  void admit(int producer) {
    members.add(producer);
  }

  /** A member leaves (or is expelled): it is taken off the list, the others keeping their order. */
  void release(int producer) {
    members.remove(producer);
  }

  /** Members flagged in {@code left} leave together, the others keeping their order. */
  void releaseFlagged(boolean[] left) {
    members.removeFlagged(left);
  }

  /**
   * It dissolves at {@code step}: its members become its former members (a seasonal group re-forms
   * from them) and its member list empties; the batches still awaiting their remainder are never
   * settled.
   */
  void dissolve(int step) {
    active = false;
    dissolvedAt = step;
    formerMembers.clear();
    for (int k = 0; k < members.size(); k++) {
      formerMembers.add(members.get(k));
    }
    members.clear();
    batches.clearAll();
  }

  /** Members at dissolution (none while active). */
  int formerMemberCount() {
    return formerMembers.size();
  }

  /** The k-th former member's producer index, in joining order. */
  int formerMemberAt(int k) {
    return formerMembers.get(k);
  }

  /** Former members' indices, in joining order (a copy). */
  int[] formerMembers() {
    return formerMembers.toArray();
  }

  /** Whether this seasonal group has already been replaced by next season's group. */
  boolean isReformed() {
    return reformed;
  }

  /** Next season's group has replaced this one. */
  void markReformed() {
    reformed = true;
  }

  /**
   * Next season's group carries on from {@code previous}, the group it replaces at the same place:
   * its maturity, certification, buyer contract and reputation.
   */
  void carryOver(Cooperative previous) {
    maturity = previous.maturity;
    certified = previous.certified;
    hasBuyerContract = previous.hasBuyerContract;
    reputation = previous.reputation;
    lostContract = previous.lostContract;
  }

  /** The month's offers are set: the reserve now is what this month's advances are risked on. */
  void recordReserveAtOffer() {
    reserveAtOffer = reserve();
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

  /** Transparency of its accounts (0 opaque, 1 open). */
  double transparency() {
    return transparency;
  }

  /** Whether it formed only to obtain support. */
  boolean isFreeRider() {
    return freeRider;
  }

  /** It formed only to obtain support (drawn at founding under a promotion programme). */
  void markFreeRider() {
    freeRider = true;
  }

  /** Sets its maturity: at founding, for the cooperatives of the start (mature), in tests. */
  void setMaturity(double maturity) {
    this.maturity = maturity;
  }

  /** A year of maturing: maturity rises by {@code perYear}, up to 1. */
  void mature(double perYear) {
    maturity = Math.min(1, maturity + perYear);
  }

  /** Quality it sells at: its members' mean quality. */
  double quality() {
    return quality;
  }

  /** Sets the quality it sells at (its members' mean, yearly). */
  void setQuality(double quality) {
    this.quality = quality;
  }

  /** It becomes certified (and stays so). */
  void certify() {
    certified = true;
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

  /** Sets the reference price the advance is computed from. */
  void setReferencePrice(double price) {
    referencePrice = price;
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

  /** Its batches awaiting their remainder (read only: they change through this cooperative). */
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

  /** It signs a contract with a buyer. */
  void signBuyerContract() {
    hasBuyerContract = true;
  }

  /** Its buyer ends the contract. */
  void loseBuyerContract() {
    hasBuyerContract = false;
  }

  /** Whether it lost a contract through poor delivery (only such a cooperative can regain one). */
  boolean hasLostContract() {
    return lostContract;
  }

  /** Without a contract and with reputation below the threshold: it has lost its contract. */
  void rememberLostContract() {
    lostContract = true;
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
    committedVolumeYear = hasBuyerContract ? commitment * expectedOutputYear : 0;
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

  /** A month ends beyond its credit line (the run of such months lengthens) or within it (ends). */
  void countMonthInsolvent(boolean beyondCreditLine) {
    monthsInsolvent = beyondCreditLine ? monthsInsolvent + 1 : 0;
  }

  /** Consecutive months its reserve has been beyond the credit line. */
  int monthsInsolvent() {
    return monthsInsolvent;
  }

  /** A year ends below the minimum membership (the run of such years lengthens) or not (ends). */
  void countYearBelowMinimum(boolean below) {
    yearsBelowMinimum = below ? yearsBelowMinimum + 1 : 0;
  }

  /** Consecutive years its membership has been below the minimum. */
  int yearsBelowMinimum() {
    return yearsBelowMinimum;
  }

  /** Delivered / members' output over the trailing 12 months (1 when members produced none). */
  public double deliveryShare12() {
    double out = memberOutput.sum();
    double del = delivered.sum();
    return out <= 0 ? 1 : Math.min(1, del / out);
  }

  /** 1 - leavers in the last 12 months / members 12 months ago. */
  public double retention12(int step) {
    double left = leavers.sum();
    // Read after the books of step close: 12 months back, or step 0's count in the first year.
    double before = memberCounts.monthsBack(Math.min(step, 12));
    if (before <= 0) {
      before = members.size() + left;
    }
    return before <= 0 ? 1 : Math.max(0, 1 - left / before);
  }

  /** Whether any batch still awaits its remainder. */
  boolean hasPendingBatches() {
    return batches.anyPending();
  }

  void closeMonth(int step) {
    memberOutput.close(step);
    delivered.close(step);
    leavers.close(step);
    memberCounts.close(step, members.size());
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
