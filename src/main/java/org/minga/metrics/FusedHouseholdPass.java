package org.minga.metrics;

import static org.minga.metrics.HouseholdGroup.ACTIVE;
import static org.minga.metrics.HouseholdGroup.BLACKLISTED;
import static org.minga.metrics.HouseholdGroup.CONTRACTED;
import static org.minga.metrics.HouseholdGroup.CONTRACT_FARMERS;
import static org.minga.metrics.HouseholdGroup.EVERYONE;
import static org.minga.metrics.HouseholdGroup.EXPORTING;
import static org.minga.metrics.HouseholdGroup.INDEBTED;
import static org.minga.metrics.HouseholdGroup.INDEPENDENT;
import static org.minga.metrics.HouseholdGroup.MEMBERS;
import static org.minga.metrics.HouseholdGroup.NON_MEMBERS;
import static org.minga.metrics.HouseholdGroup.POOR;
import static org.minga.metrics.HouseholdValue.AREA;
import static org.minga.metrics.HouseholdValue.CASH_MONTHS;
import static org.minga.metrics.HouseholdValue.DEBT;
import static org.minga.metrics.HouseholdValue.INCOME;
import static org.minga.metrics.HouseholdValue.INPUT_COST_PER_HA;
import static org.minga.metrics.HouseholdValue.TRUST;

import java.util.List;
import org.minga.model.MingaModel;
import org.minga.model.Producer;

/**
 * The aggregates behind the standard columns' household statistics, computed in one hand-written
 * loop over producers in id order: an optimisation of the generic {@link ProducerPass}, not a
 * second definition. The registry ({@link Metrics}) still says what each column is; {@link
 * StepMetrics} builds each statistic from these aggregates with the same formulas it applies to the
 * generic pass's, and uses the generic pass only for statistics this one does not {@link #covers
 * cover}. FusedHouseholdPassTest checks every covered column, bit for bit, against the registry
 * evaluated by the generic pass alone.
 *
 * <p>Coverage follows the registry's declarations: a column redefined over another value or group
 * falls to the generic pass by itself. What this loop writes out by hand is each group's test
 * ({@link HouseholdGroup#test}) and each value's reading ({@link HouseholdValue#of}): change one
 * there and change it here, or the test fails.
 *
 * <p>It covers: the size of every {@link HouseholdGroup}; the sums listed in {@code SUMS}; the
 * sorted incomes of active producers (every quantile and the Gini); the median of active producers'
 * cash months; every producer's trust by id (for the member mean). The generic pass interprets a
 * plan (loops over the groups tested and the values read, each through an enum switch): at 10k
 * producers the metrics phase took about 75 ns a producer-step with it, 22 with this loop, when the
 * whole step takes about 120.
 */
final class FusedHouseholdPass implements HouseholdAggregates {
  /** A value over a group. */
  private record Over(HouseholdValue value, HouseholdGroup group) {}

  /** The sums this pass adds up, by slot. */
  private static final List<Over> SUMS =
      List.of(
          new Over(INCOME, ACTIVE),
          new Over(INCOME, MEMBERS),
          new Over(INCOME, CONTRACT_FARMERS),
          new Over(INCOME, INDEPENDENT),
          new Over(INPUT_COST_PER_HA, MEMBERS),
          new Over(INPUT_COST_PER_HA, NON_MEMBERS),
          new Over(AREA, ACTIVE),
          new Over(AREA, CONTRACTED),
          new Over(DEBT, ACTIVE));

  private static final int INCOME_ACTIVE = SUMS.indexOf(new Over(INCOME, ACTIVE));
  private static final int INCOME_MEMBERS = SUMS.indexOf(new Over(INCOME, MEMBERS));
  private static final int INCOME_CONTRACT = SUMS.indexOf(new Over(INCOME, CONTRACT_FARMERS));
  private static final int INCOME_INDEPENDENT = SUMS.indexOf(new Over(INCOME, INDEPENDENT));
  private static final int INPUT_MEMBERS = SUMS.indexOf(new Over(INPUT_COST_PER_HA, MEMBERS));
  private static final int INPUT_OTHERS = SUMS.indexOf(new Over(INPUT_COST_PER_HA, NON_MEMBERS));
  private static final int AREA_ACTIVE = SUMS.indexOf(new Over(AREA, ACTIVE));
  private static final int AREA_CONTRACTED = SUMS.indexOf(new Over(AREA, CONTRACTED));
  private static final int DEBT_ACTIVE = SUMS.indexOf(new Over(DEBT, ACTIVE));

  /** The sets: active producers' incomes, sorted; their cash months, for the median only. */
  private static final Over INCOMES = new Over(INCOME, ACTIVE);

  private static final Over CASH = new Over(CASH_MONTHS, ACTIVE);
  private static final int INCOME_SET = 0;
  private static final int CASH_SET = 1;

  /** The one copy by id: trust. */
  private static final int TRUST_COPY = 0;

  private final MingaModel m;

  /** Whether any statistic planned an aggregate here: if none did, the pass does not run. */
  private boolean used;

  // Each step's results.
  private final int[] count = new int[HouseholdGroup.values().length];
  private final double[] sum = new double[SUMS.size()];
  private final DoubleSort incomes = new DoubleSort();

  /** Active producers' cash in months of needs, for its median. */
  private final MedianSelection cashMonths = new MedianSelection();

  private double cashMonthsMedian;

  /**
   * Every producer's trust by id: the mean-trust sum goes over cooperative members in member-list
   * order (which the output's bits depend on), and looking each member up in this dense array is
   * far cheaper than visiting its producer object again.
   */
  private double[] trustById = new double[0];

  FusedHouseholdPass(MingaModel m) {
    this.m = m;
  }

  /**
   * Whether this pass provides every aggregate that {@code r} needs (for a function of the model,
   * which needs none: false). {@link StepMetrics} plans a covered statistic here and any other in
   * the generic pass.
   */
  static boolean covers(Reporter r) {
    if (r instanceof Reporter.WithHouseholds w) {
      return covers(w.stat());
    }
    if (r instanceof HouseholdStat.Count || r instanceof HouseholdStat.Share) {
      return true; // every group is counted
    }
    if (r instanceof HouseholdStat.Mean s) {
      return SUMS.contains(new Over(s.value(), s.group()));
    }
    if (r instanceof HouseholdStat.Quantile s) {
      return set(new Over(s.value(), s.group()), s.q() != 0.5) >= 0;
    }
    if (r instanceof HouseholdStat.Gini s) {
      return set(new Over(s.value(), s.group()), true) >= 0;
    }
    if (r instanceof HouseholdStat.Ratio s) {
      return covers(s.numerator()) && covers(s.denominator());
    }
    if (r instanceof HouseholdStat.MemberMean s) {
      return s.value() == TRUST;
    }
    if (r instanceof HouseholdStat.MonthsAgo s) {
      return covers(s.stat());
    }
    return false;
  }

  /** Names of the metrics of {@code metrics} whose household statistics this pass computes. */
  static List<String> coveredNames(List<Metric> metrics) {
    return metrics.stream().filter(x -> covers(x.reporter())).map(Metric::name).toList();
  }

  /** The set of {@code over} ({@link #INCOME_SET} or {@link #CASH_SET}), or -1 if not kept. */
  private static int set(Over over, boolean sorted) {
    if (over.equals(INCOMES)) {
      return INCOME_SET;
    }
    return over.equals(CASH) && !sorted ? CASH_SET : -1;
  }

  @Override
  public void needCount(HouseholdGroup g) {
    used = true;
  }

  @Override
  public int needSum(HouseholdValue v, HouseholdGroup g) {
    int slot = SUMS.indexOf(new Over(v, g));
    if (slot < 0) {
      throw new IllegalArgumentException("the fused pass does not sum " + v + " over " + g);
    }
    used = true;
    return slot;
  }

  @Override
  public int needValues(HouseholdValue v, HouseholdGroup g, boolean sorted) {
    int set = set(new Over(v, g), sorted);
    if (set < 0) {
      throw new IllegalArgumentException("the fused pass does not keep " + v + " over " + g);
    }
    used = true;
    return set;
  }

  @Override
  public int needCopy(HouseholdValue v) {
    if (v != TRUST) {
      throw new IllegalArgumentException("the fused pass does not copy " + v);
    }
    used = true;
    return TRUST_COPY;
  }

  /** Whether some statistic reads this pass (then {@link #run} visits every producer). */
  boolean used() {
    return used;
  }

  /** Visits every producer once, in id order, and leaves every aggregate for this step. */
  void run() {
    if (!used) {
      return;
    }
    MingaModel m = this.m;
    int n = m.producerCount();
    if (trustById.length < n) {
      trustById = new double[n];
    }
    DoubleSort incomes = this.incomes;
    incomes.reset(n);
    MedianSelection cashMonths = this.cashMonths;
    cashMonths.reset(n);
    double[] trustById = this.trustById;
    double poverty = HouseholdGroup.povertyLine(m);
    int exportSince = m.currentStep() - 11;
    int active = 0;
    int poor = 0;
    int members = 0;
    int contracted = 0;
    int contractFarmers = 0; // contracted and not a member (members never are, but count apart)
    int exporting = 0;
    int indebted = 0;
    int blacklisted = 0;
    double income = 0;
    double debt = 0;
    double area = 0;
    double contractedArea = 0;
    double incomeMembers = 0;
    double incomeContract = 0;
    double incomeIndependent = 0;
    double inputMembers = 0;
    double inputOthers = 0;
    for (int i = 0; i < n; i++) {
      Producer p = m.producer(i);
      trustById[i] = p.trust();
      blacklisted += p.isBlacklisted() ? 1 : 0;
      if (!p.isActive()) {
        continue;
      }
      double y = p.income12();
      double a = p.area();
      incomes.add(y);
      cashMonths.add(p.cash() / p.subsistencePerMonth());
      active++;
      income += y;
      debt += p.debt();
      area += a;
      poor += y < poverty ? 1 : 0;
      indebted += p.isIndebtedToIntermediary() ? 1 : 0;
      exporting += p.lastExportStep() >= exportSince ? 1 : 0;
      double inputPerHa = p.inputCostPerHa12();
      // About half the producers are members, in no order by id: a branch on membership would
      // be mispredicted often, so each group sum takes the value or +0.0 under a bit mask.
      // cooperative() is an index or -1: its sign bit is set exactly for non-members.
      long member = ~(long) (p.cooperative() >> 31); // all ones for a member, else zero
      long other = ~member;
      members -= (int) member;
      incomeMembers += HouseholdAggregates.onlyIf(member, y);
      inputMembers += HouseholdAggregates.onlyIf(member, inputPerHa);
      inputOthers += HouseholdAggregates.onlyIf(other, inputPerHa);
      if (p.isContracted()) { // few producers: this branch is well predicted
        contracted++;
        contractedArea += a;
        contractFarmers -= (int) other;
        incomeContract += HouseholdAggregates.onlyIf(other, y);
      } else {
        incomeIndependent += HouseholdAggregates.onlyIf(other, y);
      }
    }
    incomes.sort();
    cashMonthsMedian = cashMonths.median(); // once: the selection reorders its keys
    count[EVERYONE.ordinal()] = n;
    count[ACTIVE.ordinal()] = active;
    count[MEMBERS.ordinal()] = members;
    count[NON_MEMBERS.ordinal()] = active - members;
    count[CONTRACTED.ordinal()] = contracted;
    count[CONTRACT_FARMERS.ordinal()] = contractFarmers;
    count[INDEPENDENT.ordinal()] = active - members - contractFarmers;
    count[POOR.ordinal()] = poor;
    count[EXPORTING.ordinal()] = exporting;
    count[INDEBTED.ordinal()] = indebted;
    count[BLACKLISTED.ordinal()] = blacklisted;
    sum[INCOME_ACTIVE] = income;
    sum[INCOME_MEMBERS] = incomeMembers;
    sum[INCOME_CONTRACT] = incomeContract;
    sum[INCOME_INDEPENDENT] = incomeIndependent;
    sum[INPUT_MEMBERS] = inputMembers;
    sum[INPUT_OTHERS] = inputOthers;
    sum[AREA_ACTIVE] = area;
    sum[AREA_CONTRACTED] = contractedArea;
    sum[DEBT_ACTIVE] = debt;
  }

  @Override
  public int count(HouseholdGroup g) {
    return count[g.ordinal()];
  }

  @Override
  public double sum(int slot) {
    return sum[slot];
  }

  @Override
  public DoubleSort sorted(int set) {
    if (set != INCOME_SET) {
      throw new IllegalStateException("set " + set + " is kept for its median only");
    }
    return incomes;
  }

  @Override
  public double median(int set) {
    return set == INCOME_SET ? HouseholdStat.Quantile.of(incomes, 0.5) : cashMonthsMedian;
  }

  @Override
  public double[] byId(int slot) {
    return trustById;
  }
}
