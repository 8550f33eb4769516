package org.minga.model;

/** An informal intermediary (acopiador): buys for cash, lends tied credit, sells on. */
public final class Intermediary implements Ledger.Holder {
  private final int index;
  private final double x;
  private final double y;
  private boolean active = true;
  private double capital;
  private double margin;

  /** Active intermediaries within reach of its own location (itself included). */
  private int competitors = 1;

  private double stock;
  private double boughtValueMonth;
  private double boughtVolumeMonth;

  /**
   * Transport it pays this month to bring what it bought from the farms (deducted from its offers).
   */
  private double transportCostMonth;

  private double profitMonth;

  /**
   * Profit month by month over the trailing 12 months. A running sum, as it has always been kept:
   * exit compares it with zero, so its rounding decides exits and is part of the recorded runs.
   */
  private final TrailingWindow profit = new TrailingWindow(12, TrailingWindow.Summing.RUNNING);

  /** Consecutive months (after its first year) whose trailing 12-month profit was negative. */
  private int lossMonths;

  /** Months it has been in business (exit looks only at whole years of trading). */
  private int monthsOpen;

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
    return profit.sum();
  }

  /** Active intermediaries within reach of its own location (itself included). */
  int competitors() {
    return competitors;
  }

  /** Volume it holds, bought this month and not yet sold on. */
  double stock() {
    return stock;
  }

  /** Volume bought from producers this month. */
  double boughtVolumeMonth() {
    return boughtVolumeMonth;
  }

  /** Transport paid this month to bring in what it bought. */
  double transportCostMonth() {
    return transportCostMonth;
  }

  /** Consecutive months (after its first year) of a negative trailing 12-month profit. */
  int lossMonths() {
    return lossMonths;
  }

  /** Sets the margin it takes off the domestic price (the monthly move toward its target). */
  void setMargin(double margin) {
    this.margin = margin;
  }

  /** Records how many active intermediaries are within reach of it (itself included). */
  void setCompetitors(int competitors) {
    this.competitors = competitors;
  }

  /** Books a purchase from a producer: {@code volume} for {@code value}, {@code transport} paid. */
  void buy(double volume, double value, double transport) {
    stock += volume;
    boughtValueMonth += value;
    boughtVolumeMonth += volume;
    transportCostMonth += transport;
  }

  /** Sells {@code volume} of its stock to the firms for {@code value}. */
  void sellToFirms(double volume, double value) {
    stock -= volume;
    profitMonth += value;
  }

  /**
   * Sells the rest of its stock to exporters for {@code value}; the month's purchases and its
   * operating {@code cost} come off the month's profit.
   */
  void sellRestToExporters(double value, double cost) {
    profitMonth += value - boughtValueMonth - cost;
    stock = 0;
  }

  /** Books interest a producer paid on its loan. */
  void earnInterest(double amount) {
    profitMonth += amount;
  }

  /** Leaves the market: it no longer buys, lends or counts as a competitor. */
  void exit() {
    active = false;
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
