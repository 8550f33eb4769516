package org.minga.model;

/** An informal intermediary (acopiador): buys for cash, lends tied credit, sells on. */
public final class Intermediary {
  final int index;
  final double x;
  final double y;
  boolean active = true;
  double capital;
  double margin;
  /** Active intermediaries within reach of its own location (itself included). */
  int competitors = 1;

  double stock;
  double boughtValueMonth;
  double boughtVolumeMonth;
  /** Transport it pays this month to bring what it bought from the farms (deducted from its offers). */
  double transportCostMonth;
  double profitMonth;
  /**
   * Profit month by month over the trailing 12 months. A running sum, as it has always been kept:
   * exit compares it with zero, so its rounding decides exits and is part of the recorded runs.
   */
  final TrailingWindow profit = new TrailingWindow(12, TrailingWindow.Summing.RUNNING);
  /** Consecutive months (after its first year) whose trailing 12-month profit was negative. */
  int lossMonths;
  /** Months it has been in business (exit looks only at whole years of trading). */
  int monthsOpen;
  double loansOutstanding;

  Intermediary(int index, double x, double y, double capital, double margin) {
    this.index = index;
    this.x = x;
    this.y = y;
    this.capital = capital;
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
    return profit.sum();
  }

  void closeMonth(int step) {
    profit.close(step, profitMonth);
    monthsOpen++;
    // Judged on the trailing year, not the month: a seasonal trader loses money every month
    // outside the harvest and is not for that reason losing money.
    lossMonths = monthsOpen >= 12 && profit.sum() < 0 ? lossMonths + 1 : 0;
    profitMonth = 0;
    boughtValueMonth = 0;
    boughtVolumeMonth = 0;
    transportCostMonth = 0;
  }
}
