package org.minga.model;

/** A sum over the trailing 12 months: add during the month, close the month at its end. */
public final class Trailing {
  private final double[] ring = new double[12];
  private double month;
  private double lastMonth;
  private double sum;

  void add(double v) {
    month += v;
  }

  /** Value accumulated in the current month so far. */
  public double month() {
    return month;
  }

  /** Value of the last closed month (what metrics, read after the books close, see). */
  public double lastMonth() {
    return lastMonth;
  }

  /** Sum over the last 12 closed months. */
  public double sum() {
    return sum;
  }

  void close(int step) {
    ring[step % 12] = month;
    lastMonth = month;
    month = 0;
    // Re-summed rather than updated by difference, so rounding never drifts below zero.
    double s = 0;
    for (double v : ring) {
      s += v;
    }
    sum = s;
  }
}
