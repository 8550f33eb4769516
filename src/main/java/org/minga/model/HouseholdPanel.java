package org.minga.model;

import java.util.Arrays;

/**
 * Each household's sales of the current calendar year, for the yearly households panel: units sold
 * through each channel and committed units side-sold, in one dense array (a row of {@value #STRIDE}
 * doubles per household, so one sale writes one cache line and nothing is allocated or boxed).
 * Booked where sales are booked, cleared when a calendar year starts. Kept only when asked for
 * ({@link MingaModel#recordHouseholdPanel}); the run is the same either way.
 */
public final class HouseholdPanel {
  private static final int SIDE_SOLD = Channel.COUNT;
  private static final int STRIDE = Channel.COUNT + 1;

  private final MingaModel m;
  private final double[] sums;

  HouseholdPanel(MingaModel m) {
    this.m = m;
    this.sums = new double[STRIDE * m.producers.length];
  }

  void sold(int id, Channel c, double units) {
    sums[id * STRIDE + c.ordinal()] += units;
  }

  void sideSold(int id, double units) {
    sums[id * STRIDE + SIDE_SOLD] += units;
  }

  /** A new calendar year: every sum back to zero. */
  void startYear() {
    Arrays.fill(sums, 0);
  }

  /** Units household {@code id} sold through {@code c} so far this calendar year. */
  public double volume(int id, Channel c) {
    return sums[id * STRIDE + c.ordinal()];
  }

  /** Units of its committed volume household {@code id} sold elsewhere so far this year. */
  public double sideSold(int id) {
    return sums[id * STRIDE + SIDE_SOLD];
  }

  /**
   * Net income of household {@code id} over the closed months of the current calendar year, added
   * from January on (read after the month's books close, as metrics are).
   */
  public double income(int id) {
    TrailingWindow income = m.householdWindows.income;
    double sum = 0;
    for (int back = m.month() - 1; back >= 0; back--) {
      sum += income.monthsBack(id, back);
    }
    return sum;
  }
}
