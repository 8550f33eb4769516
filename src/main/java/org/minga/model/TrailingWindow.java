package org.minga.model;

/**
 * The last n closed months of a monthly quantity, for one row (a market total, a cooperative's
 * deliveries, a trader's profit) or for many rows in one dense array (every household's income).
 * The month ending at step {@code s} is closed into slot {@code s % n}, so the sum covers exactly
 * the last n closed months; months before the first close count as zero.
 *
 * <p>A one-row window can gather its month itself ({@link #add}, then {@link #close(int)}), or be
 * closed with a value its owner keeps ({@link #close(int, double)}). Many rows are closed row by
 * row with values their owner keeps ({@link #close(int, int, double)}); no per-row objects.
 */
public final class TrailingWindow {
  /**
   * How the sum is kept. The two agree to rounding but not bit for bit, and the outputs depend on
   * the bits, so each window names its choice (and why) where it is made.
   */
  public enum Summing {
    /**
     * Re-added from the n cells in slot order at every close: the sum is exactly the cells' sum, so
     * rounding never drifts (a sum of flows that are never negative never dips below zero). n
     * additions per row and month: for windows with few rows.
     */
    RESUMMED,
    /**
     * Updated by difference at every close (sum += new - dropped): one addition per row and month,
     * which a million rows can afford; rounding error is carried along with the sum.
     */
    RUNNING
  }

  private final int months;
  private final int rows;
  private final Summing summing;

  /** Row r's value in slot s is {@code cells[s * rows + r]} (slot-major: a close is one run). */
  private final double[] cells;

  private final double[] sums;

  /** The month gathered so far by {@link #add} (one-row windows). */
  private double month;

  /** The step whose month was closed last, or -1 before the first close. */
  private int lastClosed = -1;

  /** A one-row window over {@code months} months. */
  public TrailingWindow(int months, Summing summing) {
    this(months, 1, summing);
  }

  /** A window over {@code months} months for {@code rows} rows, all zero. */
  public TrailingWindow(int months, int rows, Summing summing) {
    if (months < 1 || rows < 0) {
      throw new IllegalArgumentException(months + " months, " + rows + " rows");
    }
    this.months = months;
    this.rows = rows;
    this.summing = summing;
    cells = new double[months * rows];
    sums = new double[rows];
  }

  /** Adds {@code v} to the month being gathered (one-row windows). */
  public void add(double v) {
    month += v;
  }

  /** The month gathered so far, not yet closed (one-row windows). */
  public double month() {
    return month;
  }

  /** Closes the month ending at {@code step} with what was added, and starts the next at zero. */
  public void close(int step) {
    close(step, 0, month);
    month = 0;
  }

  /** Closes the month ending at {@code step} of a one-row window with {@code value}. */
  public void close(int step, double value) {
    close(step, 0, value);
  }

  /** Closes the month ending at {@code step} of {@code row} with {@code value}. */
  public void close(int step, int row, double value) {
    closeRow(beginClose(step), row, value);
  }

  /**
   * Starts closing the month ending at {@code step} for many rows, each then closed by {@link
   * #closeRow} with the offset returned: the slot is found once for all rows (a division per row
   * costs as much as the close itself when a million households close their month).
   */
  int beginClose(int step) {
    lastClosed = step;
    return (step % months) * rows;
  }

  /** Closes {@code row} with {@code value} into the slot {@link #beginClose} started. */
  void closeRow(int slotStart, int row, double value) {
    int at = slotStart + row;
    if (summing == Summing.RUNNING) {
      sums[row] += value - cells[at];
      cells[at] = value;
    } else {
      cells[at] = value;
      sums[row] = resum(row);
    }
  }

  private double resum(int row) {
    double s = 0;
    for (int slot = 0; slot < months; slot++) {
      s += cells[slot * rows + row];
    }
    return s;
  }

  /** Sum over the last n closed months (one-row windows). */
  public double sum() {
    return sums[0];
  }

  /** Sum of {@code row} over the last n closed months. */
  public double sum(int row) {
    return sums[row];
  }

  /** Mean month over the window, months not yet closed counting as zero (one-row windows). */
  public double mean() {
    return mean(0);
  }

  /** Mean month of {@code row} over the window, months not yet closed counting as zero. */
  public double mean(int row) {
    return sums[row] / months;
  }

  /** The last closed month (0 before the first close) (one-row windows). */
  public double lastMonth() {
    return monthsBack(0, 0);
  }

  /** The month closed {@code k} months before the last closed one (one-row windows). */
  public double monthsBack(int k) {
    return monthsBack(0, k);
  }

  /**
   * The month of {@code row} closed {@code k} months before the last closed one (k = 0: the last
   * closed month; 0 <= k < months). Months before step 0 read as zero, as in the sum.
   */
  public double monthsBack(int row, int k) {
    if (k < 0 || k >= months) {
      throw new IllegalArgumentException(k + " months back in a " + months + "-month window");
    }
    return k > lastClosed ? 0 : cells[((lastClosed - k) % months) * rows + row];
  }

  /** Sets every month of {@code row}, and its sum, to zero (a household starting afresh). */
  void clearRow(int row) {
    for (int slot = 0; slot < months; slot++) {
      cells[slot * rows + row] = 0;
    }
    sums[row] = 0;
  }

  /**
   * Test hook: sets the sum of {@code row} without its months (tests set incomes to known values or
   * corrupt one); a running sum carries it on, a re-summed one forgets it at the next close.
   */
  void overrideSum(int row, double sum) {
    sums[row] = sum;
  }
}
