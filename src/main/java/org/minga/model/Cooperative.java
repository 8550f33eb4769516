package org.minga.model;

/**
 * A cooperative, association or seasonal group (docs/model.md 2): members, reserve fund,
 * governance, advances and remainders, services, optional certification and buyer contract, age.
 * Its parts: its {@link Roster} of members, its {@link MemberPayments} to them, its {@link
 * BuyerContract} and its {@link Lifecycle}.
 */
public final class Cooperative implements Ledger.Holder {
  final int index;
  private final double x;
  private final double y;
  private final boolean seasonal;

  /** Its founding, maturing, dissolution and replacement. */
  private final Lifecycle life;

  /** Its members and their trailing record. */
  private final Roster roster = new Roster();

  private double reserve;

  private final double governance;
  private final double transparency;

  /** Mean quality of its members (updated yearly). */
  private double quality = 0.5;

  private boolean certified;

  /** Formed only to obtain support; its members' trust collapses when the support ends. */
  private boolean freeRider;

  /** What it pays members: the advance now, the remainder later. */
  private final MemberPayments payments;

  /** Its buyer contract and forward sale (one per cooperative, kept without a contract). */
  private final BuyerContract buyerContract = new BuyerContract();

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
    life = new Lifecycle(createdAt);
    this.governance = governance;
    this.transparency = transparency;
    payments = new MemberPayments(delay);
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
    return life.isActive();
  }

  /** Step at which it dissolved, or -1 while active. */
  public int dissolvedAt() {
    return life.dissolvedAt();
  }

  public boolean isSeasonal() {
    return seasonal;
  }

  public int memberCount() {
    return roster.size();
  }

  /** The k-th member's producer index (0 <= k < memberCount()), in joining order; no copy. */
  public int memberAt(int k) {
    return roster.at(k);
  }

  /** Member indices, in joining order (a copy). */
  public int[] members() {
    return roster.toArray();
  }

  public double reserve() {
    return reserve;
  }

  public double maturity() {
    return life.maturity();
  }

  public double governance() {
    return governance;
  }

  public boolean isCertified() {
    return certified;
  }

  public boolean hasBuyerContract() {
    return buyerContract.isSigned();
  }

  /** Its reputation with buyers, in [0, 1]. */
  public double reputation() {
    return buyerContract.reputation();
  }

  /** The reference price its advance is computed from. */
  public double referencePrice() {
    return payments.referencePrice();
  }

  /** Remainder per unit its members expect. */
  public double expectedRemainder() {
    return payments.expectedRemainder();
  }

  /** Its founding, maturing, dissolution and replacement. */
  Lifecycle life() {
    return life;
  }

  /** Its members, past and present, and their trailing record. */
  Roster roster() {
    return roster;
  }

  /** What it pays members: the advance now, the remainder later. */
  MemberPayments payments() {
    return payments;
  }

  /** Its buyer contract and forward sale. */
  BuyerContract buyerContract() {
    return buyerContract;
  }

  /**
   * It dissolves at {@code step}: its members become its former members (a seasonal group re-forms
   * from them) and its member list empties; the batches still awaiting their remainder are never
   * settled.
   */
  void dissolve(int step) {
    life.end(step);
    roster.disband();
    payments.abandonBatches();
  }

  /**
   * Next season's group carries on from {@code previous}, the group it replaces at the same place:
   * its maturity, certification, buyer contract, reputation and a contract lost.
   */
  void carryOver(Cooperative previous) {
    life.setMaturity(previous.maturity());
    certified = previous.certified;
    buyerContract.carryOver(previous.buyerContract);
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

  /** Delivered / members' output over the trailing 12 months (1 when members produced none). */
  public double deliveryShare12() {
    return roster.deliveryShare12();
  }

  /** 1 - leavers in the last 12 months / members 12 months ago. */
  public double retention12(int step) {
    return roster.retention12(step);
  }

  /** The month's books close: its members' trailing record moves on. */
  void closeMonth(int step) {
    roster.closeMonth(step);
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
