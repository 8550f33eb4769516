package org.minga.model;

/**
 * Running totals of the market that metrics read: volumes and values by channel, cooperative
 * commitments, joins and leaves, all as trailing 12-month sums; plus its {@link VolumeAccounts},
 * kept since the start for the volume-conservation invariant.
 */
public final class MarketBook {
  final TrailingWindow[] volume = new TrailingWindow[Channel.COUNT];
  final TrailingWindow[] value = new TrailingWindow[Channel.COUNT];
  final TrailingWindow memberOutput = trailing();
  final TrailingWindow memberDelivered = trailing();
  final TrailingWindow committed = trailing();
  final TrailingWindow sideSold = trailing();
  final TrailingWindow joins = trailing();
  final TrailingWindow leaves = trailing();

  /** Remainders paid, credited to the cooperative channel's value when paid. */
  final TrailingWindow remainders = trailing();

  /** Public money spent on the levers: grants, assistance, floors, tax savings, co-financing. */
  final TrailingWindow publicSpending = trailing();

  /*
   * Contract, credit and cooperative events, recorded by the mechanisms through the methods
   * below and read by metrics as last month's value or a trailing 12-month sum.
   */
  /** Volume committed to buyers (forward or buyer contracts) that could not be delivered. */
  final TrailingWindow shortfall = trailing();

  /** Money paid to settle shortfalls: penalties and market-price differences. */
  final TrailingWindow penalties = trailing();

  /** Diversions detected by firms (warnings, penalties and terminations alike). */
  final TrailingWindow firmBreaches = trailing();

  /** Firm contracts terminated for breach. */
  final TrailingWindow firmTerminations = trailing();

  /** Loans that went into default. */
  final TrailingWindow loanDefaults = trailing();

  /** Debt written off by lenders (defaults, dissolved or departed creditors). */
  final TrailingWindow writeOffs = trailing();

  final TrailingWindow formed = trailing();
  final TrailingWindow dissolved = trailing();
  private final TrailingWindow[] events = {
    shortfall, penalties, firmBreaches, firmTerminations, loanDefaults, writeOffs, formed, dissolved
  };

  /** Volumes produced, delivered and lost since the start, and the volume sold forward open. */
  private final VolumeAccounts volumes = new VolumeAccounts();

  int cooperativesFormed;
  int cooperativesDissolved;

  /**
   * A trailing 12-month sum of one market total. Re-summed at every close: a few dozen windows, and
   * sums of flows that are never negative must not drift below zero by rounding.
   */
  private static TrailingWindow trailing() {
    return new TrailingWindow(12, TrailingWindow.Summing.RESUMMED);
  }

  MarketBook() {
    for (int c = 0; c < Channel.COUNT; c++) {
      volume[c] = trailing();
      value[c] = trailing();
    }
  }

  void sale(Channel c, double units, double paid) {
    volume[c.ordinal()].add(units);
    value[c.ordinal()].add(paid);
    volumes.sold(units);
  }

  /** Its volume accounts since the start (produced, delivered, lost, forward open). */
  VolumeAccounts volumes() {
    return volumes;
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
    return volumes.produced();
  }

  public double delivered() {
    return volumes.delivered();
  }

  public double lost() {
    return volumes.lost();
  }

  public int cooperativesFormed() {
    return cooperativesFormed;
  }

  public int cooperativesDissolved() {
    return cooperativesDissolved;
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
    return volumes.forwardOpen();
  }

  /** The monthly event series above, read as last month's value or a 12-month sum. */
  public TrailingWindow shortfall() {
    return shortfall;
  }

  public TrailingWindow penalties() {
    return penalties;
  }

  public TrailingWindow firmBreaches() {
    return firmBreaches;
  }

  public TrailingWindow firmTerminations() {
    return firmTerminations;
  }

  public TrailingWindow loanDefaults() {
    return loanDefaults;
  }

  public TrailingWindow writeOffs() {
    return writeOffs;
  }

  public TrailingWindow formed() {
    return formed;
  }

  public TrailingWindow dissolved() {
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
    for (TrailingWindow t : events) {
      t.close(step);
    }
  }
}
