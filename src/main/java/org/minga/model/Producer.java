package org.minga.model;

/**
 * A smallholder household (docs/model.md 2), the last layer of one object: {@link Household} (the
 * drawn household), {@link HouseholdAccounts} (its money and the month's income), {@link
 * FarmingHousehold} (farming, stock, reach and sales record) and this class, its ties: trust,
 * cooperative membership with its deliveries, and a firm's contract. The layers split the code
 * only; the fields stay in one object, so that random-order passes do not chase pointers. The
 * mechanisms of the model change it through methods that say what happens (it harvests, sells,
 * joins a cooperative, signs a contract, learns trust, leaves farming...) rather than by writing
 * its fields. Primitive fields only, so that a million producers fit in a few hundred megabytes and
 * the step loop allocates nothing.
 *
 * <p>Invariants kept here: it belongs to a cooperative or a firm or neither, never both (joining
 * and signing refuse otherwise); leaving a cooperative forfeits its pending remainders.
 */
public final class Producer extends FarmingHousehold implements Ledger.Holder {
  // ProducerMemory.touch reads fields spread over this object (all four layers) so that
  // random-order passes load all its cache lines early; after adding or reordering fields in any
  // layer, check it still does. Records that random-order passes do not read belong in
  // HouseholdRecords, not here.
  private double trust;

  /** Share of its committed volume it delivered last season (services depend on it). */
  private double deliveryRecord = 1;

  private double committedThisSeason;
  private double deliveredThisSeason;

  /** Share of contracted volume honoured, running average (firms select on it). */
  private double reliability = 1;

  /** Index of the cooperative it belongs to, or -1 (always -1 while it holds a contract). */
  private int cooperative = -1;

  /** Index of the firm it is contracted to, or -1 (always -1 while it is a member). */
  private int firm = -1;

  private boolean blacklisted;

  /**
   * Volume delivered to the cooperative in each of the last (payment delay + 1) months, at slot
   * (step mod the cooperative's batch count), as the cooperative's batches are: its share of each
   * pending remainder. Null before its first delivery; a slot is cleared when its batch settles,
   * the whole ring when it forfeits its remainders (caught side-selling, leaving, dissolution).
   */
  private float[] deliveryRing;

  /** A household with the drawn attributes, farming, outside any cooperative or contract. */
  Producer(int id, Attributes a) {
    super(id, a);
    trust = a.trust();
  }

  /** Whether a firm has blacklisted it for breach (no firm offers it a contract again). */
  public boolean isBlacklisted() {
    return blacklisted;
  }

  public boolean isMember() {
    return cooperative >= 0;
  }

  public boolean isContracted() {
    return firm >= 0;
  }

  /** Index of its cooperative or -1. */
  public int cooperative() {
    return cooperative;
  }

  /** Index of its firm or -1. */
  public int firm() {
    return firm;
  }

  public double trust() {
    return trust;
  }

  /** Share of its committed volume it delivered last season (1 before any commitment). */
  double deliveryRecord() {
    return deliveryRecord;
  }

  /** Volume committed to its cooperative so far this season. */
  double committedThisSeason() {
    return committedThisSeason;
  }

  /** Volume delivered to its cooperative so far this season. */
  double deliveredThisSeason() {
    return deliveredThisSeason;
  }

  /** Volume it delivered into the cooperative batch at {@code slot} (0 if it never delivered). */
  float deliveredInSlot(int slot) {
    return deliveryRing == null ? 0 : deliveryRing[slot];
  }

  /** Share of contracted volume honoured, running average (firms select on it). */
  double reliability() {
    return reliability;
  }

  /**
   * Joins cooperative {@code index} (the caller adds it to the member list): it starts with a clean
   * delivery record and trusts cooperatives at least {@code trustFloor}.
   *
   * @throws IllegalStateException if it already belongs to a cooperative or a firm
   */
  void joinCooperative(int index, double trustFloor) {
    refuseIfTied("join cooperative ", index);
    cooperative = index;
    deliveryRecord = 1;
    trust = Math.max(trust, trustFloor);
  }

  /**
   * Leaves its cooperative (or the cooperative dissolves; the caller keeps the member list): its
   * pending remainders stay with the cooperative.
   */
  void leaveCooperative() {
    cooperative = -1;
    forfeitRemainders();
  }

  /**
   * Its shares of the cooperative's pending remainders are forfeited (caught side-selling, or
   * leaving): they stay in the cooperative's reserve, as the batch keeps its full weight, so the
   * others' shares do not grow.
   */
  void forfeitRemainders() {
    if (deliveryRing != null) {
      java.util.Arrays.fill(deliveryRing, 0);
    }
  }

  /** Commits {@code q} of this month's output to its cooperative. */
  void commitToCooperative(double q) {
    committedThisSeason += q;
  }

  /**
   * Delivers {@code q} into its cooperative's batch at {@code slot} of {@code slots}: its share of
   * that batch's remainder, and of this season's deliveries.
   */
  void recordDelivery(int slot, int slots, double q) {
    if (deliveryRing == null || deliveryRing.length != slots) {
      deliveryRing = new float[slots];
    }
    deliveryRing[slot] += (float) q;
    deliveredThisSeason += q;
  }

  /** The cooperative's batch at {@code slot} has settled: its delivery there is done with. */
  void closeDeliverySlot(int slot) {
    if (deliveryRing != null) {
      deliveryRing[slot] = 0;
    }
  }

  /**
   * Season's end, for a producer that committed volume: its delivery record becomes the share of
   * its commitment it delivered (at most 1), and the season's counts start again; returns the
   * record.
   */
  double closeDeliverySeason() {
    deliveryRecord = Math.min(1, deliveredThisSeason / committedThisSeason);
    committedThisSeason = 0;
    deliveredThisSeason = 0;
    return deliveryRecord;
  }

  /** Trust moves {@code rate} of the way toward {@code target} (learning, recovery, services). */
  void moveTrustToward(double target, double rate) {
    trust += rate * (target - trust);
  }

  /** Trust erodes by {@code erosion} and then by {@code shock}, never below zero. */
  void erodeTrust(double erosion, double shock) {
    trust = Math.max(0, trust - erosion - shock);
  }

  /** A shock costs it {@code shock} of its trust, never below zero. */
  void loseTrust(double shock) {
    trust = Math.max(0, trust - shock);
  }

  /** It keeps only {@code share} of its trust. */
  void keepTrustShare(double share) {
    trust *= share;
  }

  /** Its trust is held at most at {@code ceiling}. */
  void capTrust(double ceiling) {
    trust = Math.min(trust, ceiling);
  }

  /**
   * Signs a contract with firm {@code index} (the caller adds it to the firm's list; a member
   * leaves its cooperative first).
   *
   * @throws IllegalStateException if it belongs to a cooperative or already to a firm
   */
  void signContract(int index) {
    refuseIfTied("sign with firm ", index);
    firm = index;
  }

  /** Its contract ends (terminated, not renewed, or the firm left). */
  void endContract() {
    firm = -1;
  }

  /** A firm blacklists it for breach. */
  void blacklist() {
    blacklisted = true;
  }

  /** Its blacklisting lapses. */
  void liftBlacklist() {
    blacklisted = false;
  }

  /** Its reliability learns from a month's delivery in which it diverted {@code divertedShare}. */
  void recordDiversion(double divertedShare) {
    reliability = 0.8 * reliability + 0.2 * (1 - divertedShare);
  }

  /** Refuses a new tie while it holds one: a member or contracted, never both. */
  private void refuseIfTied(String tie, int index) {
    if (cooperative >= 0 || firm >= 0) {
      throw new IllegalStateException(
          "producer "
              + id
              + " cannot "
              + tie
              + index
              + ": it belongs to cooperative "
              + cooperative
              + ", firm "
              + firm);
    }
  }
}
