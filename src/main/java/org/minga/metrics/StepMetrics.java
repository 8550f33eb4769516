package org.minga.metrics;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.minga.model.Cooperative;
import org.minga.model.MingaModel;
import org.minga.model.TrailingWindow;

/**
 * Computes one row of {@link Metrics#ALL} from the model's state (docs/model.md 10) by evaluating
 * each metric's {@link Reporter}. A household statistic is built from aggregates over households
 * (group sizes, sums, sorted values, copies by id) that a pass over producers computes once a step,
 * before the columns are read: the hand-fused {@link FusedHouseholdPass} for the statistics it
 * {@link FusedHouseholdPass#covers covers} (with the standard registry, all of them), the generic
 * {@link ProducerPass}, planned from the registry, for any other (with the standard registry it
 * then visits no producer). Model reporters are called as they are. Buffers are reused from step to
 * step.
 */
final class StepMetrics {
  private final MingaModel m;

  /** The hand-fused pass; null in registry-only mode. */
  private final FusedHouseholdPass fused;

  private final ProducerPass households;

  /** Each column's reporter, bound to this model's producer passes. */
  private final ToDoubleFunction<MingaModel>[] columns;

  StepMetrics(MingaModel m) {
    this(m, Metrics.ALL);
  }

  /** An evaluator of {@code metrics} (in this order) for model {@code m}. */
  StepMetrics(MingaModel m, List<Metric> metrics) {
    this(m, metrics, true);
  }

  /**
   * An evaluator of {@code metrics} (in this order) for model {@code m}; with {@code fused} false,
   * registry only: every household statistic from the generic pass (to check the fused pass).
   */
  @SuppressWarnings("unchecked")
  StepMetrics(MingaModel m, List<Metric> metrics, boolean fused) {
    this.m = m;
    this.fused = fused ? new FusedHouseholdPass(m) : null;
    this.households = new ProducerPass(m);
    this.columns = new ToDoubleFunction[metrics.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = bind(metrics.get(i).reporter());
    }
    households.ready();
  }

  /** Fills {@code v}, one value per metric, for the model's current step. */
  void compute(double[] v) {
    if (fused != null) {
      fused.run();
    }
    households.run();
    for (int i = 0; i < columns.length; i++) {
      v[i] = columns[i].applyAsDouble(m);
    }
  }

  /** Whether the fused pass computes some column's household statistics. */
  boolean runsFusedPass() {
    return fused != null && fused.used();
  }

  /** Whether the generic pass visits producers: some household statistic is not fused. */
  boolean runsGenericPass() {
    return households.visitsProducers();
  }

  /**
   * {@code r} as a function of the model: a household statistic plans what it needs from the fused
   * pass if that covers it, else from the generic pass, and reads its result there after the pass.
   */
  private ToDoubleFunction<MingaModel> bind(Reporter r) {
    if (r instanceof Reporter.OfModel f) {
      return f.value();
    }
    if (r instanceof Reporter.WithHouseholds w) {
      ToDoubleFunction<MingaModel> stat = bind(w.stat());
      Reporter.ModelAnd formula = w.formula();
      return model -> formula.apply(model, stat.applyAsDouble(model));
    }
    if (r instanceof HouseholdStat s) {
      return bind(s, fused != null && FusedHouseholdPass.covers(s) ? fused : households);
    }
    throw new IllegalArgumentException("no evaluation for reporter " + r);
  }

  /** {@code s} computed from the aggregates of {@code pass}. */
  private ToDoubleFunction<MingaModel> bind(HouseholdStat s, HouseholdAggregates pass) {
    if (s instanceof HouseholdStat.Count c) {
      HouseholdGroup g = c.group();
      pass.needCount(g);
      return model -> pass.count(g);
    }
    if (s instanceof HouseholdStat.Share c) {
      HouseholdGroup part = c.part();
      HouseholdGroup whole = c.whole();
      double empty = c.whenEmpty();
      pass.needCount(part);
      pass.needCount(whole);
      return model -> {
        int n = pass.count(whole);
        return n == 0 ? empty : (double) pass.count(part) / n;
      };
    }
    if (s instanceof HouseholdStat.Mean c) {
      HouseholdGroup g = c.group();
      double empty = c.whenEmpty();
      int slot = pass.needSum(c.value(), g);
      pass.needCount(g);
      return model -> {
        int n = pass.count(g);
        return n == 0 ? empty : pass.sum(slot) / n;
      };
    }
    if (s instanceof HouseholdStat.Quantile c) {
      double q = c.q();
      // A median alone is selected, not sorted (the same value, bit for bit).
      int set = pass.needValues(c.value(), c.group(), q != 0.5);
      return q == 0.5
          ? model -> pass.median(set)
          : model -> HouseholdStat.Quantile.of(pass.sorted(set), q);
    }
    if (s instanceof HouseholdStat.Gini c) {
      int set = pass.needValues(c.value(), c.group(), true);
      return model -> HouseholdStat.Gini.of(pass.sorted(set));
    }
    if (s instanceof HouseholdStat.Ratio c) {
      ToDoubleFunction<MingaModel> numerator = bind(c.numerator());
      ToDoubleFunction<MingaModel> denominator = bind(c.denominator());
      return model -> numerator.applyAsDouble(model) / denominator.applyAsDouble(model);
    }
    if (s instanceof HouseholdStat.MemberMean c) {
      int slot = pass.needCopy(c.value());
      return model -> memberMean(model, pass.byId(slot));
    }
    if (s instanceof HouseholdStat.MonthsAgo c) {
      return monthsAgo(bind(c.stat()), c.months());
    }
    throw new IllegalArgumentException("no evaluation for household statistic " + s);
  }

  /**
   * {@code stat} {@code months} steps ago: each step's value goes into a window of the last months
   * + 1 steps; before {@code months} steps have passed, the value at step 0.
   */
  private static ToDoubleFunction<MingaModel> monthsAgo(
      ToDoubleFunction<MingaModel> stat, int months) {
    TrailingWindow past = new TrailingWindow(months + 1, TrailingWindow.Summing.RESUMMED);
    return model -> {
      int step = model.currentStep();
      past.close(step, stat.applyAsDouble(model));
      return past.monthsBack(Math.min(step, months));
    };
  }

  /**
   * Mean of a household value over the members of active cooperatives, read from {@code byId} (a
   * dense copy made in the producer pass: looking each member up there is far cheaper than visiting
   * its producer object again). The sum goes over cooperatives in order and members in member-list
   * order, which the output's bits depend on.
   */
  private static double memberMean(MingaModel m, double[] byId) {
    double sum = 0;
    int n = 0;
    for (Cooperative c : m.cooperatives()) {
      if (!c.isActive()) {
        continue;
      }
      int size = c.memberCount();
      for (int k = 0; k < size; k++) {
        sum += byId[c.memberAt(k)];
        n++;
      }
    }
    return n > 0 ? sum / n : Double.NaN;
  }
}
