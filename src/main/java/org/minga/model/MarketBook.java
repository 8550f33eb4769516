package org.minga.model;

/**
 * Running totals of the market that metrics read: volumes and values by channel, cooperative
 * commitments, joins and leaves, all as trailing 12-month sums; plus cumulative volume totals
 * for the volume-conservation invariant.
 */
public final class MarketBook {
  final Trailing[] volume = new Trailing[Channel.COUNT];
  final Trailing[] value = new Trailing[Channel.COUNT];
  final Trailing memberOutput = new Trailing();
  final Trailing memberDelivered = new Trailing();
  final Trailing committed = new Trailing();
  final Trailing sideSold = new Trailing();
  final Trailing joins = new Trailing();
  final Trailing leaves = new Trailing();
  /** Remainders paid, credited to the cooperative channel's value when paid. */
  final Trailing remainders = new Trailing();
  /** Public money spent on the levers: grants, assistance, floors, tax savings, co-financing. */
  final Trailing publicSpending = new Trailing();

  /*
   * Contract, credit and cooperative events, recorded by the mechanisms through the methods
   * below and read by metrics as last month's value or a trailing 12-month sum.
   */
  /** Volume committed to buyers (forward or buyer contracts) that could not be delivered. */
  final Trailing shortfall = new Trailing();
  /** Money paid to settle shortfalls: penalties and market-price differences. */
  final Trailing penalties = new Trailing();
  /** Diversions detected by firms (warnings, penalties and terminations alike). */
  final Trailing firmBreaches = new Trailing();
  /** Firm contracts terminated for breach. */
  final Trailing firmTerminations = new Trailing();
  /** Loans that went into default. */
  final Trailing loanDefaults = new Trailing();
  /** Debt written off by lenders (defaults, dissolved or departed creditors). */
  final Trailing writeOffs = new Trailing();
  final Trailing formed = new Trailing();
  final Trailing dissolved = new Trailing();
  private final Trailing[] events = {shortfall, penalties, firmBreaches,
      firmTerminations, loanDefaults, writeOffs, formed, dissolved};
  /** Volume sold forward and not yet delivered or settled (a stock, not a flow). */
  double forwardOpen;

  double produced;
  double delivered;
  double lost;
  int cooperativesFormed;
  int cooperativesDissolved;

  MarketBook() {
    for (int c = 0; c < Channel.COUNT; c++) {
      volume[c] = new Trailing();
      value[c] = new Trailing();
    }
  }

  void sale(Channel c, double units, double paid) {
    volume[c.ordinal()].add(units);
    value[c.ordinal()].add(paid);
    delivered += units;
  }

  public double volume12(Channel c) {
    return volume[c.ordinal()].sum();
  }

  /** Mean price received through a channel over 12 months; NaN when nothing was sold. */
  public double price12(Channel c) {
    double v = volume[c.ordinal()].sum();
    double paid = value[c.ordinal()].sum();
    if (c == Channel.COOPERATIVE) {
      paid += remainders.sum();
    }
    return v > 0 ? paid / v : Double.NaN;
  }

  public double memberOutput12() {
    return memberOutput.sum();
  }

  public double memberDelivered12() {
    return memberDelivered.sum();
  }

  public double committed12() {
    return committed.sum();
  }

  public double sideSold12() {
    return sideSold.sum();
  }

  public double joins12() {
    return joins.sum();
  }

  public double leaves12() {
    return leaves.sum();
  }

  /** Public spending over the trailing 12 months. */
  public double publicSpending12() {
    return publicSpending.sum();
  }

  public double produced() {
    return produced;
  }

  public double delivered() {
    return delivered;
  }

  public double lost() {
    return lost;
  }

  public int cooperativesFormed() {
    return cooperativesFormed;
  }

  public int cooperativesDissolved() {
    return cooperativesDissolved;
  }

  /** A cooperative sells {@code units} forward for later delivery. */
  void forwardSale(double units) {
    forwardOpen += units;
  }

  /** Forward-sold units delivered or settled (no longer open). */
  void forwardClosed(double units) {
    forwardOpen = Math.max(0, forwardOpen - units);
  }

  /** A commitment fell short by {@code units}, settled by paying {@code paid}. */
  void shortfall(double units, double paid) {
    shortfall.add(units);
    penalties.add(paid);
  }

  void firmBreach() {
    firmBreaches.add(1);
  }

  void firmTermination() {
    firmTerminations.add(1);
  }

  void loanDefault() {
    loanDefaults.add(1);
  }

  void writeOff(double amount) {
    writeOffs.add(amount);
  }

  void cooperativeFormed() {
    cooperativesFormed++;
    formed.add(1);
  }

  void cooperativeDissolved() {
    cooperativesDissolved++;
    dissolved.add(1);
  }

  /** Forward-sold volume open (sold, not yet delivered or settled). */
  public double forwardOpen() {
    return forwardOpen;
  }

  /** The monthly event series above, read as last month's value or a 12-month sum. */
  public Trailing shortfall() {
    return shortfall;
  }

  public Trailing penalties() {
    return penalties;
  }

  public Trailing firmBreaches() {
    return firmBreaches;
  }

  public Trailing firmTerminations() {
    return firmTerminations;
  }

  public Trailing loanDefaults() {
    return loanDefaults;
  }

  public Trailing writeOffs() {
    return writeOffs;
  }

  public Trailing formed() {
    return formed;
  }

  public Trailing dissolved() {
    return dissolved;
  }

  void close(int step) {
    for (int c = 0; c < Channel.COUNT; c++) {
      volume[c].close(step);
      value[c].close(step);
    }
    memberOutput.close(step);
    memberDelivered.close(step);
    committed.close(step);
    sideSold.close(step);
    joins.close(step);
    leaves.close(step);
    remainders.close(step);
    publicSpending.close(step);
    for (Trailing t : events) {
      t.close(step);
    }
  }
}
