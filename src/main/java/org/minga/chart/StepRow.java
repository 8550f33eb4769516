package org.minga.chart;

import org.minga.metrics.Metrics;
import org.minga.metrics.TrackedSample;

/**
 * One step's metrics and tracked-household incomes, copied so that it can cross threads (the
 * model's arrays are reused every step) and be replayed into charts later.
 *
 * @param step the step (month from 0)
 * @param values one value per {@link Metrics#ALL} column
 * @param trackedIds ids of the tracked households
 * @param trackedIncome their net income over the trailing 12 months, USD; NaN once a household has
 *     left farming
 */
public record StepRow(int step, double[] values, int[] trackedIds, double[] trackedIncome) {
  /** Copies the recorder's reused arrays. */
  public static StepRow copyOf(int step, double[] values, TrackedSample tracked) {
    int n = tracked.size();
    int[] ids = new int[n];
    double[] income = new double[n];
    for (int i = 0; i < n; i++) {
      ids[i] = tracked.household(i);
      income[i] = tracked.active(i) ? tracked.income12m(i) : Double.NaN;
    }
    return new StepRow(step, values.clone(), ids, income);
  }

  /** The value of metric {@code index} (a {@link Metrics#index} result). */
  public double value(int index) {
    return values[index];
  }
}
