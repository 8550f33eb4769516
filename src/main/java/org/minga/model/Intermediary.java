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
  double profitMonth;
  final double[] profitRing = new double[12];
  double profit12;
  int lossMonths;
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
    return profit12;
  }

  void closeMonth(int step) {
    int slot = step % 12;
    profit12 += profitMonth - profitRing[slot];
    profitRing[slot] = profitMonth;
    lossMonths = profitMonth < 0 ? lossMonths + 1 : 0;
    profitMonth = 0;
    boughtValueMonth = 0;
    boughtVolumeMonth = 0;
  }
}
