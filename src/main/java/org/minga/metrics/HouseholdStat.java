package org.minga.metrics;

/**
 * A statistic over households, declared by what it aggregates (a {@link HouseholdValue}) and over
 * whom (a {@link HouseholdGroup}), as a column of Mesa's DataCollector is. The registry's household
 * statistics are all evaluated together in one pass over producers in id order (the generic {@link
 * ProducerPass}, or for the standard columns the hand-fused {@link FusedHouseholdPass}, which gives
 * the same bits): sums add in id order, order statistics read one sort of the values. Build them
 * with the factories here ({@code mean(INCOME, MEMBERS)}).
 */
public sealed interface HouseholdStat extends Reporter {
  /** Households in {@code group}. */
  static HouseholdStat count(HouseholdGroup group) {
    return new Count(group);
  }

  /** Households in {@code part} / households in {@code whole}; NA when {@code whole} is empty. */
  static HouseholdStat share(HouseholdGroup part, HouseholdGroup whole) {
    return new Share(part, whole, Double.NaN);
  }

  /** As {@link #share}, but 0 when {@code whole} is empty. */
  static HouseholdStat shareOrZero(HouseholdGroup part, HouseholdGroup whole) {
    return new Share(part, whole, 0);
  }

  /** Mean of {@code value} over {@code group}; NA when the group is empty. */
  static HouseholdStat mean(HouseholdValue value, HouseholdGroup group) {
    return new Mean(value, group, Double.NaN);
  }

  /** As {@link #mean}, but 0 when the group is empty. */
  static HouseholdStat meanOrZero(HouseholdValue value, HouseholdGroup group) {
    return new Mean(value, group, 0);
  }

  /** The {@code q}-quantile of {@code value} over {@code group}; NA when the group is empty. */
  static HouseholdStat quantile(HouseholdValue value, HouseholdGroup group, double q) {
    return new Quantile(value, group, q);
  }

  /** The median of {@code value} over {@code group}: its 0.5-quantile. */
  static HouseholdStat median(HouseholdValue value, HouseholdGroup group) {
    return new Quantile(value, group, 0.5);
  }

  /** Gini coefficient of {@code value} over {@code group}, negative values counted as zero. */
  static HouseholdStat gini(HouseholdValue value, HouseholdGroup group) {
    return new Gini(value, group);
  }

  /** {@code numerator / denominator}: NA when either is NA. */
  static HouseholdStat ratio(HouseholdStat numerator, HouseholdStat denominator) {
    return new Ratio(numerator, denominator);
  }

  /**
   * Mean of {@code value} over the members of active cooperatives, read from each cooperative's
   * member list in turn (cooperatives in order, members in list order); NA when there are none.
   */
  static HouseholdStat memberMean(HouseholdValue value) {
    return new MemberMean(value);
  }

  /**
   * This statistic as it was {@code months} steps ago; before that many steps have passed, its
   * value at step 0.
   */
  default HouseholdStat monthsAgo(int months) {
    return new MonthsAgo(this, months);
  }

  /** Number of households in {@code group}. */
  record Count(HouseholdGroup group) implements HouseholdStat {}

  /**
   * Households in {@code part} / households in {@code whole}, {@code whenEmpty} if there are none
   * in {@code whole}.
   */
  record Share(HouseholdGroup part, HouseholdGroup whole, double whenEmpty)
      implements HouseholdStat {
    public Share {
      if (!part.within(whole)) {
        throw new IllegalArgumentException(part + " does not lie within " + whole);
      }
    }
  }

  /**
   * Sum of {@code value} over {@code group} (in id order) / households in the group, {@code
   * whenEmpty} if the group is empty.
   */
  record Mean(HouseholdValue value, HouseholdGroup group, double whenEmpty)
      implements HouseholdStat {}

  /**
   * The {@code q}-quantile of {@code value} over {@code group}: with the n values sorted ({@link
   * java.util.Arrays#sort(double[])} order), pos = q(n - 1), lo its floor and hi = min(lo + 1, n -
   * 1), it is v[lo] + (pos - lo)(v[hi] - v[lo]); NA for an empty group.
   */
  record Quantile(HouseholdValue value, HouseholdGroup group, double q) implements HouseholdStat {
    public Quantile {
      if (!(q >= 0 && q <= 1)) {
        throw new IllegalArgumentException("quantile " + q + " is outside [0, 1]");
      }
    }

    /** The quantile of the sorted set, as defined above. */
    static double of(DoubleSort sorted, double q) {
      int n = sorted.size();
      if (n == 0) {
        return Double.NaN;
      }
      double pos = q * (n - 1);
      int lo = (int) Math.floor(pos);
      int hi = Math.min(n - 1, lo + 1);
      double low = sorted.get(lo);
      return low + (pos - lo) * (sorted.get(hi) - low);
    }
  }

  /**
   * Gini coefficient of {@code value} over {@code group}, negative values counted as zero: with x_i
   * the n values sorted, sum over i of (2i - n - 1) x_i / (n sum of x_i), i from 1; NA when the
   * group is empty or the values sum to zero.
   */
  record Gini(HouseholdValue value, HouseholdGroup group) implements HouseholdStat {
    /** The Gini of the sorted set, as defined above. */
    static double of(DoubleSort sorted) {
      int n = sorted.size();
      double total = 0;
      double weighted = 0;
      // The weight of the i-th value (0-based), 2(i + 1) - n - 1: whole numbers, exact in a
      // double, so stepping it by 2 gives the same bits as computing it each time.
      double w = 1.0 - n;
      for (int i = 0; i < n; i++) {
        double x = Math.max(0, sorted.get(i));
        total += x;
        weighted += w * x;
        w += 2;
      }
      return n == 0 || total <= 0 ? Double.NaN : weighted / (n * total);
    }
  }

  /** {@code numerator / denominator}. */
  record Ratio(HouseholdStat numerator, HouseholdStat denominator) implements HouseholdStat {}

  /**
   * Mean of {@code value} over the members of active cooperatives (cooperatives in order, members
   * in list order), NA when there are none.
   */
  record MemberMean(HouseholdValue value) implements HouseholdStat {}

  /**
   * {@code stat} as it was {@code months} steps ago (at step 0 during the first {@code months}
   * steps).
   */
  record MonthsAgo(HouseholdStat stat, int months) implements HouseholdStat {
    public MonthsAgo {
      if (months < 1) {
        throw new IllegalArgumentException("months ago must be at least 1: " + months);
      }
    }
  }
}
