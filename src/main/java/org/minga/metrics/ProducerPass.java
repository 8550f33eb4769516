package org.minga.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.minga.model.MingaModel;
import org.minga.model.Producer;

/**
 * The generic pass over producers, in id order, that can feed any household statistic of a
 * registry: the readable evaluation of the registry, against which the hand-fused {@link
 * FusedHouseholdPass} is checked, and the one that computes any statistic the fused pass does not
 * cover (with the standard registry, none: then this pass visits no producer). It is planned from
 * the statistics ({@link StepMetrics} registers what each needs: the size of a group, the sum of a
 * value over a group, the values of a value over a group sorted or just their median, a copy of a
 * value by producer id), then run once a step. In a large model producer objects are read from
 * memory, not cache, so each is visited once, here, and each group test and value read once per
 * producer, whatever number of statistics use them.
 *
 * <p>Membership of each group is kept as a mask, all ones or zero: about half the producers are
 * members, in no order by id, so a branch on membership would be mispredicted often; each sum
 * instead adds the value or +0.0 under its group's mask. Buffers are reused from step to step (no
 * allocation in the loop).
 */
final class ProducerPass implements HouseholdAggregates {
  private static final HouseholdGroup[] GROUPS = HouseholdGroup.values();
  private static final HouseholdValue[] VALUES = HouseholdValue.values();
  private static final int EVERYONE = HouseholdGroup.EVERYONE.ordinal();

  /** Ordinal of each group's parent; EVERYONE is its own (its mask is all ones). */
  private static final int[] PARENT = parents();

  private final MingaModel m;

  // The plan, filled while statistics register what they need.
  private final boolean[] groupUsed = new boolean[GROUPS.length];
  private final boolean[] valueUsed = new boolean[VALUES.length];
  private final List<Over> sumPlan = new ArrayList<>();
  private final List<Over> setPlan = new ArrayList<>();

  /** The sets of {@code setPlan} some statistic needs sorted, not just their median. */
  private final List<Over> sortedPlan = new ArrayList<>();

  private final List<HouseholdValue> copyPlan = new ArrayList<>();
  private boolean planned;

  // The pass, fixed by ready(): ordinals of the groups tested (parents first) and values read.
  private int[] tested;
  private int[] read;
  private int[] sumValue;
  private int[] sumGroup;
  private int[] sortValue;
  private int[] sortGroup;
  private int[] selectValue;
  private int[] selectGroup;
  private int[] copyValue;

  /** By set: its index in {@code sorts}, or -1 - its index in {@code selections}. */
  private int[] setSlot;

  // Each step's results.
  /** Membership mask of each group for the producer at hand, by ordinal. */
  private final long[] in = new long[GROUPS.length];

  private final int[] count = new int[GROUPS.length];

  /** Each value of the producer at hand, by ordinal. */
  private final double[] value = new double[VALUES.length];

  private double[] sum;
  private DoubleSort[] sorts;
  private MedianSelection[] selections;
  private double[] medians;
  private double[][] byId;

  ProducerPass(MingaModel m) {
    this.m = m;
  }

  private static int[] parents() {
    int[] parent = new int[GROUPS.length];
    for (HouseholdGroup g : GROUPS) {
      parent[g.ordinal()] = g.parent() == null ? g.ordinal() : g.parent().ordinal();
    }
    return parent;
  }

  /** A value over a group. */
  private record Over(HouseholdValue value, HouseholdGroup group) {}

  @Override
  public void needCount(HouseholdGroup g) {
    checkPlanning();
    useGroup(g);
  }

  @Override
  public int needSum(HouseholdValue v, HouseholdGroup g) {
    checkPlanning();
    useGroup(g);
    valueUsed[v.ordinal()] = true;
    return slot(sumPlan, new Over(v, g));
  }

  /**
   * Plans the values of {@code v} over {@code g}, sorted if {@code sorted}, else only their median
   * (a selection, cheaper than a sort); returns the set to read with {@link #sorted} or {@link
   * #median}. A set any statistic wants sorted is sorted.
   */
  @Override
  public int needValues(HouseholdValue v, HouseholdGroup g, boolean sorted) {
    checkPlanning();
    useGroup(g);
    valueUsed[v.ordinal()] = true;
    Over set = new Over(v, g);
    if (sorted && !sortedPlan.contains(set)) {
      sortedPlan.add(set);
    }
    return slot(setPlan, set);
  }

  /**
   * Plans a copy of {@code v} for every producer, by id (for statistics that visit households in
   * another order, as cooperatives' member lists do); returns the slot to read with {@link #byId}.
   */
  @Override
  public int needCopy(HouseholdValue v) {
    checkPlanning();
    valueUsed[v.ordinal()] = true;
    return slot(copyPlan, v);
  }

  private static <T> int slot(List<T> plan, T entry) {
    int i = plan.indexOf(entry);
    if (i >= 0) {
      return i;
    }
    plan.add(entry);
    return plan.size() - 1;
  }

  private void useGroup(HouseholdGroup g) {
    for (HouseholdGroup x = g; x != null; x = x.parent()) {
      groupUsed[x.ordinal()] = true;
    }
  }

  private void checkPlanning() {
    if (planned) {
      throw new IllegalStateException("the producer pass is already planned");
    }
  }

  /** Ends the planning: fixes what each producer's visit does. */
  void ready() {
    checkPlanning();
    planned = true;
    // Enum order puts every parent before its subgroups, so masks are computed parents first.
    tested = ordinals(groupUsed, EVERYONE);
    read = ordinals(valueUsed, -1);
    int sums = sumPlan.size();
    sumValue = new int[sums];
    sumGroup = new int[sums];
    for (int s = 0; s < sums; s++) {
      sumValue[s] = sumPlan.get(s).value().ordinal();
      sumGroup[s] = sumPlan.get(s).group().ordinal();
    }
    sum = new double[sums];
    int sets = setPlan.size();
    int sorted = sortedPlan.size();
    setSlot = new int[sets];
    sortValue = new int[sorted];
    sortGroup = new int[sorted];
    sorts = new DoubleSort[sorted];
    selectValue = new int[sets - sorted];
    selectGroup = new int[sets - sorted];
    selections = new MedianSelection[sets - sorted];
    medians = new double[sets - sorted];
    int nSorted = 0;
    int nSelected = 0;
    for (int k = 0; k < sets; k++) {
      Over set = setPlan.get(k);
      if (sortedPlan.contains(set)) {
        sortValue[nSorted] = set.value().ordinal();
        sortGroup[nSorted] = set.group().ordinal();
        sorts[nSorted] = new DoubleSort();
        setSlot[k] = nSorted++;
      } else {
        selectValue[nSelected] = set.value().ordinal();
        selectGroup[nSelected] = set.group().ordinal();
        selections[nSelected] = new MedianSelection();
        setSlot[k] = -1 - nSelected++;
      }
    }
    copyValue = copyPlan.stream().mapToInt(HouseholdValue::ordinal).toArray();
    byId = new double[copyValue.length][0];
  }

  /** Ordinals {@code i} with {@code used[i]}, ascending, leaving out {@code except}. */
  private static int[] ordinals(boolean[] used, int except) {
    int[] out = new int[used.length];
    int n = 0;
    for (int i = 0; i < used.length; i++) {
      if (used[i] && i != except) {
        out[n++] = i;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * Whether the plan needs producers visited at all: some group to test or value to read. With the
   * standard registry the fused pass computes every household statistic, and this one has none.
   */
  boolean visitsProducers() {
    if (!planned) {
      throw new IllegalStateException("the producer pass is not planned yet");
    }
    return tested.length > 0 || read.length > 0;
  }

  /**
   * Visits every producer once, in id order, and leaves every planned result for this step; visits
   * none when the plan needs nothing from them.
   */
  void run() {
    if (!planned) {
      throw new IllegalStateException("plan the producer pass before running it");
    }
    MingaModel m = this.m;
    int n = m.producerCount();
    if (!visitsProducers()) {
      count[EVERYONE] = n;
      return;
    }
    Arrays.fill(count, 0);
    Arrays.fill(sum, 0.0);
    for (DoubleSort s : sorts) {
      s.reset(n);
    }
    for (MedianSelection s : selections) {
      s.reset(n);
    }
    for (int c = 0; c < byId.length; c++) {
      if (byId[c].length < n) {
        byId[c] = new double[n];
      }
    }
    long[] in = this.in;
    int[] count = this.count;
    double[] value = this.value;
    double[] sum = this.sum;
    int[] tested = this.tested;
    int[] read = this.read;
    in[EVERYONE] = -1L;
    for (int i = 0; i < n; i++) {
      Producer p = m.producer(i);
      for (int g : tested) {
        long inG = in[PARENT[g]] & (GROUPS[g].test(p, m) ? -1L : 0L);
        in[g] = inG;
        count[g] -= (int) inG; // -1 for a member of the group
      }
      for (int v : read) {
        value[v] = VALUES[v].of(p);
      }
      for (int s = 0; s < sum.length; s++) {
        sum[s] += HouseholdAggregates.onlyIf(in[sumGroup[s]], value[sumValue[s]]);
      }
      for (int k = 0; k < sorts.length; k++) {
        if (in[sortGroup[k]] != 0) {
          sorts[k].add(value[sortValue[k]]);
        }
      }
      for (int k = 0; k < selections.length; k++) {
        if (in[selectGroup[k]] != 0) {
          selections[k].add(value[selectValue[k]]);
        }
      }
      for (int c = 0; c < copyValue.length; c++) {
        byId[c][i] = value[copyValue[c]];
      }
    }
    count[EVERYONE] = n;
    for (DoubleSort s : sorts) {
      s.sort();
    }
    for (int k = 0; k < selections.length; k++) {
      medians[k] = selections[k].median(); // once: the selection reorders its keys
    }
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
    int k = setSlot[set];
    if (k < 0) {
      throw new IllegalStateException("set " + set + " was planned for its median only");
    }
    return sorts[k];
  }

  @Override
  public double median(int set) {
    int k = setSlot[set];
    return k >= 0 ? HouseholdStat.Quantile.of(sorts[k], 0.5) : medians[-1 - k];
  }

  @Override
  public double[] byId(int slot) {
    return byId[slot];
  }
}
