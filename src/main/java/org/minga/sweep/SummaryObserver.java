package org.minga.sweep;

import java.util.List;
import org.minga.metrics.StepObserver;
import org.minga.metrics.TrackedSample;

/**
 * Folds each step's metrics into the sweep's per-run summaries as the run goes, so a run keeps a
 * few numbers, not its time series.
 */
public final class SummaryObserver implements StepObserver {
  private final MetricSummary[] summaries;
  private final double[] result;
  private final double[] sum;
  private final int[] count;

  /** For a first crossing: whether a step of the window was not past the threshold yet. */
  private final boolean[] armed;

  /** Starts with no step seen. */
  public SummaryObserver(List<MetricSummary> summaries) {
    this.summaries = summaries.toArray(new MetricSummary[0]);
    int n = this.summaries.length;
    this.result = new double[n];
    this.sum = new double[n];
    this.count = new int[n];
    this.armed = new boolean[n];
    for (int i = 0; i < n; i++) {
      result[i] =
          switch (this.summaries[i].stat()) {
            case MIN -> Double.POSITIVE_INFINITY;
            case MAX -> Double.NEGATIVE_INFINITY;
            default -> Double.NaN;
          };
    }
  }

  @Override
  public void onStep(int step, double[] values, TrackedSample tracked) {
    for (int i = 0; i < summaries.length; i++) {
      MetricSummary s = summaries[i];
      double v = values[s.metricIndex()];
      if (s.stat() == MetricSummary.Stat.FINAL) {
        result[i] = v;
        continue;
      }
      if (step < s.from() || step > s.to() || Double.isNaN(v)) {
        continue;
      }
      switch (s.stat()) {
        case MEAN -> {
          sum[i] += v;
          count[i]++;
        }
        case MIN -> result[i] = Math.min(result[i], v);
        case MAX -> result[i] = Math.max(result[i], v);
        case FIRST_CROSSING -> {
          boolean past = s.past(v);
          if (past && Double.isNaN(result[i]) && (armed[i] || s.startCounts())) {
            result[i] = step;
          }
          armed[i] |= !past;
        }
        default -> throw new IllegalStateException();
      }
    }
  }

  /** One value per summary; NaN where the window held no defined value or no crossing. */
  public double[] values() {
    double[] out = result.clone();
    for (int i = 0; i < summaries.length; i++) {
      switch (summaries[i].stat()) {
        case MEAN -> out[i] = count[i] == 0 ? Double.NaN : sum[i] / count[i];
        case MIN, MAX -> out[i] = Double.isInfinite(out[i]) ? Double.NaN : out[i];
        default -> {}
      }
    }
    return out;
  }
}
