package org.minga.metrics;

/**
 * The state of the tracked households at one step, as parallel arrays indexed 0..size-1 (reused
 * between steps; copy what you keep). Written as long-format rows to tracked.csv.
 */
public final class TrackedSample {
  /** Column names of tracked.csv after step, year and month, in order. */
  public static final String[] COLUMNS = {
    "household",
    "group",
    "channel",
    "active",
    "area_ha",
    "income_month",
    "income_12m",
    "cash",
    "debt",
    "trust"
  };

  final int[] household;
  final String[] group;
  final String[] channel;
  final boolean[] active;
  final double[] areaHa;
  final double[] incomeMonth;
  final double[] income12m;
  final double[] cash;
  final double[] debt;
  final double[] trust;

  TrackedSample(int n) {
    household = new int[n];
    group = new String[n];
    channel = new String[n];
    active = new boolean[n];
    areaHa = new double[n];
    incomeMonth = new double[n];
    income12m = new double[n];
    cash = new double[n];
    debt = new double[n];
    trust = new double[n];
  }

  public int size() {
    return household.length;
  }

  public int household(int i) {
    return household[i];
  }

  /** member, contract, independent or inactive. */
  public String group(int i) {
    return group[i];
  }

  /**
   * Main channel of the household's last month with sales (intermediary, cooperative, contract,
   * local_market), or none before any sale or while inactive.
   */
  public String channel(int i) {
    return channel[i];
  }

  public boolean active(int i) {
    return active[i];
  }

  public double areaHa(int i) {
    return areaHa[i];
  }

  /** Net income this month, USD. */
  public double incomeMonth(int i) {
    return incomeMonth[i];
  }

  /** Net income over the trailing 12 months, USD. */
  public double income12m(int i) {
    return income12m[i];
  }

  public double cash(int i) {
    return cash[i];
  }

  public double debt(int i) {
    return debt[i];
  }

  public double trust(int i) {
    return trust[i];
  }
}
