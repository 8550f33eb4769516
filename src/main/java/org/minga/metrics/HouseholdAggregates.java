package org.minga.metrics;

/**
 * The aggregates over households that {@link StepMetrics} builds each household statistic from: the
 * size of a group, the sum of a value over a group (in id order), the values of a value over a
 * group sorted or just their median, a copy of a value by producer id. A statistic first plans what
 * it needs ({@code need...}, which returns the slot to read), then reads the slots after each
 * step's pass. Two passes provide them: the generic {@link ProducerPass}, planned from any
 * registry, and the hand-fused {@link FusedHouseholdPass} for the standard columns; a statistic
 * computed from either gives the same bits.
 */
interface HouseholdAggregates {
  /** Plans the size of {@code g}; read it with {@link #count}. */
  void needCount(HouseholdGroup g);

  /** Plans the sum of {@code v} over {@code g}; returns the slot to read with {@link #sum}. */
  int needSum(HouseholdValue v, HouseholdGroup g);

  /**
   * Plans the values of {@code v} over {@code g}, sorted if {@code sorted}, else at least their
   * median; returns the set to read with {@link #sorted} or {@link #median}.
   */
  int needValues(HouseholdValue v, HouseholdGroup g, boolean sorted);

  /** Plans a copy of {@code v} for every producer, by id; returns the slot for {@link #byId}. */
  int needCopy(HouseholdValue v);

  /** Households in {@code g} this step. */
  int count(HouseholdGroup g);

  /** Sum of the planned value over the planned group, this step, in id order. */
  double sum(int slot);

  /** The values of a set planned sorted, sorted. */
  DoubleSort sorted(int set);

  /** The median of a set's values (the 0.5 quantile of {@link HouseholdStat.Quantile}). */
  double median(int set);

  /** The planned value of every producer, by id (the first producerCount entries). */
  double[] byId(int slot);

  /**
   * {@code v} where {@code mask} is all ones, +0.0 where it is zero. Adding +0.0 to a sum that
   * started at +0.0 leaves it bit-identical (such a sum is never -0.0, and x + 0.0 is x), so adding
   * this for every producer gives exactly the sum over the masked-in ones, in id order.
   */
  static double onlyIf(long mask, double v) {
    return Double.longBitsToDouble(Double.doubleToRawLongBits(v) & mask);
  }
}
