package org.minga.metrics;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.minga.model.Cooperative;
import org.minga.model.MingaModel;
import org.minga.model.TrailingWindow;

/**
 * Computes one row of {@link Metrics#ALL} from the model's state (docs/model.md 10) by evaluating
 * each metric's {@link Reporter}. Every household statistic of the registry is planned into one
 * {@link ProducerPass}, run once a step before the columns are read; model reporters are called as
 * they are. Buffers are reused from step to step.
 */
final class StepMetrics {
  private final MingaModel m;
  private final ProducerPass households;

  /** Each column's reporter, bound to this model's producer pass. */
  private final ToDoubleFunction<MingaModel>[] columns;

  StepMetrics(MingaModel m) {
    this(m, Metrics.ALL);
  }

  /** An evaluator of {@code metrics} (in this order) for model {@code m}. */
  @SuppressWarnings("unchecked")
  StepMetrics(MingaModel m, List<Metric> metrics) {
    this.m = m;
    this.households = new ProducerPass(m);
    this.columns = new ToDoubleFunction[metrics.size()];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = bind(metrics.get(i).reporter());
    }
    households.ready();
  }

  /** Fills {@code v}, one value per metric, for the model's current step. */
  void compute(double[] v) {
    households.run();
    for (int i = 0; i < columns.length; i++) {
      v[i] = columns[i].applyAsDouble(m);
    }
  }

  /**
   * {@code r} as a function of the model: a household statistic plans what it needs from the
   * producer pass and reads its result there after the pass.
   */
  private ToDoubleFunction<MingaModel> bind(Reporter r) {
    ProducerPass pass = households;
    if (r instanceof Reporter.OfModel f) {
      return f.value();
    }
    if (r instanceof Reporter.WithHouseholds w) {
      ToDoubleFunction<MingaModel> stat = bind(w.stat());
      Reporter.ModelAnd formula = w.formula();
      return model -> formula.apply(model, stat.applyAsDouble(model));
    }
    if (r instanceof HouseholdStat.Count c) {
      HouseholdGroup g = c.group();
      pass.needCount(g);
      return model -> pass.count(g);
    }
    if (r instanceof HouseholdStat.Share s) {
      HouseholdGroup part = s.part();
      HouseholdGroup whole = s.whole();
      double empty = s.whenEmpty();
      pass.needCount(part);
      pass.needCount(whole);
      return model -> {
        int n = pass.count(whole);
        return n == 0 ? empty : (double) pass.count(part) / n;
      };
    }
    if (r instanceof HouseholdStat.Mean s) {
      HouseholdGroup g = s.group();
      double empty = s.whenEmpty();
      int slot = pass.needSum(s.value(), g);
      pass.needCount(g);
      return model -> {
        int n = pass.count(g);
        return n == 0 ? empty : pass.sum(slot) / n;
      };
    }
    if (r instanceof HouseholdStat.Quantile s) {
      double q = s.q();
      // A median alone is selected, not sorted (the same value, bit for bit).
      int set = pass.needValues(s.value(), s.group(), q != 0.5);
      return q == 0.5
          ? model -> pass.median(set)
          : model -> HouseholdStat.Quantile.of(pass.sorted(set), q);
    }
    if (r instanceof HouseholdStat.Gini s) {
      int set = pass.needValues(s.value(), s.group(), true);
      return model -> HouseholdStat.Gini.of(pass.sorted(set));
    }
    if (r instanceof HouseholdStat.Ratio s) {
      ToDoubleFunction<MingaModel> numerator = bind(s.numerator());
      ToDoubleFunction<MingaModel> denominator = bind(s.denominator());
      return model -> numerator.applyAsDouble(model) / denominator.applyAsDouble(model);
    }
    if (r instanceof HouseholdStat.MemberMean s) {
      int slot = pass.needCopy(s.value());
      return model -> memberMean(model, pass.byId(slot));
    }
    if (r instanceof HouseholdStat.MonthsAgo s) {
      return monthsAgo(bind(s.stat()), s.months());
    }
    throw new IllegalArgumentException("no evaluation for reporter " + r);
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
