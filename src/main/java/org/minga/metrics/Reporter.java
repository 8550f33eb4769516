package org.minga.metrics;

import java.util.function.ToDoubleFunction;
import org.minga.model.MingaModel;

/**
 * How a metric is computed from the model, as Mesa's DataCollector reporters: a function of the
 * model ({@link #model}), a statistic over households ({@link HouseholdStat}), or a function of the
 * model and a household statistic ({@link #withHouseholds}). {@link StepMetrics} evaluates the
 * registry's reporters every step; it never computes a metric any other way.
 */
public sealed interface Reporter permits Reporter.OfModel, Reporter.WithHouseholds, HouseholdStat {
  /** A metric read or computed from the model directly (its books, its agent lists). */
  static Reporter model(ToDoubleFunction<MingaModel> value) {
    return new OfModel(value);
  }

  /** A metric computed from the model and the value of a household statistic this step. */
  static Reporter withHouseholds(HouseholdStat stat, ModelAnd formula) {
    return new WithHouseholds(stat, formula);
  }

  /** The value of a metric from the model and one household statistic. */
  @FunctionalInterface
  interface ModelAnd {
    /** The metric, given the model and {@code stat}, the household statistic's value. */
    double apply(MingaModel m, double stat);
  }

  /** A function of the model. */
  record OfModel(ToDoubleFunction<MingaModel> value) implements Reporter {}

  /** A function of the model and a household statistic. */
  record WithHouseholds(HouseholdStat stat, ModelAnd formula) implements Reporter {}
}
