package org.minga.model;

/** An informal intermediary (acopiador): buys for cash, lends tied credit, sells on. */
public final class Intermediary implements Ledger.Holder {
  final int index;
  final double x;
  final double y;
  boolean active = true;
  private double capital;
  double margin;
  /** Active intermediaries within reach of its own location (itself included). */
  int competitors = 1;

  double stock;
  double boughtValueMonth;
  double boughtVolumeMonth;
  /** Transport it pays this month to bring what it bought from the farms (deducted from its offers). */
  double transportCostMonth;
  double profitMonth;
  final double[] profitRing = new double[12];
  double profit12;
  /** Consecutive months (after its first year) whose trailing 12-month profit was negative. */
  int lossMonths;
  /** Months it has been in business (exit looks only at whole years of trading). */
  int monthsOpen;
  private double loansOutstanding;

  Intermediary(int index, double x, double y, double margin) {
    this.index = index;
    this.x = x;
    this.y = y;
    this.margin = margin;
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

  public double margin() {
    return margin;
  }

  public double capital() {
    return capital;
  }

  /** Principal lent to producers and not yet repaid. */
  public double loansOutstanding() {
    return loansOutstanding;
  }

  /** Profit over the trailing 12 months. */
  public double profit12() {
    return profit12;
  }

  void closeMonth(int step) {
    int slot = step % 12;
    profit12 += profitMonth - profitRing[slot];
    profitRing[slot] = profitMonth;
    monthsOpen++;
    // Judged on the trailing year, not the month: a seasonal trader loses money every month
    // outside the harvest and is not for that reason losing money.
    lossMonths = monthsOpen >= 12 && profit12 < 0 ? lossMonths + 1 : 0;
    profitMonth = 0;
    boughtValueMonth = 0;
    boughtVolumeMonth = 0;
    transportCostMonth = 0;
  }

  /** It lent {@code amount} to a producer (the money moves with a Ledger transfer). */
  void lent(double amount) {
    loansOutstanding += amount;
  }

  /** A producer repaid {@code amount} of principal. */
  void loanRepaid(double amount) {
    loansOutstanding -= amount;
  }

  /** It wrote off a producer's debt of {@code amount}: the money lent is lost. */
  void loanWrittenOff(double amount) {
    loansOutstanding -= amount;
  }

  /** Called only by the Ledger. */
  void creditByLedger(double amount) {
    capital += amount;
  }

  /** Called only by the Ledger. */
  void debitByLedger(double amount) {
    capital -= amount;
  }
}
