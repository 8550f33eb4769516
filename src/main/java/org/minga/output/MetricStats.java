package org.minga.output;

import java.util.LinkedHashMap;
import java.util.Map;
import org.minga.metrics.Metrics;
import org.minga.metrics.StepObserver;
import org.minga.metrics.TrackedSample;

/**
 * Keeps, for every metric, its last value and its mean over the steps where it was defined (not
 * NaN), for summary.json and the end-of-run summary.
 */
public final class MetricStats implements StepObserver {
  private final int n = Metrics.ALL.size();
  private final double[] last = new double[n];
  private final double[] sum = new double[n];
  private final int[] defined = new int[n];
  private int steps;

  /** Starts with no steps seen: every last value and mean is NaN. */
  public MetricStats() {
    java.util.Arrays.fill(last, Double.NaN);
  }

  @Override
  public void onStep(int step, double[] values, TrackedSample tracked) {
    for (int i = 0; i < n; i++) {
      double v = values[i];
      last[i] = v;
      if (!Double.isNaN(v)) {
        sum[i] += v;
        defined[i]++;
      }
    }
    steps++;
  }

  /** Steps observed so far. */
  public int steps() {
    return steps;
  }

  /** The last value of metric {@code name} (NaN before the first step). */
  public double last(String name) {
    return last[Metrics.index(name)];
  }

  /** The mean of metric {@code name} over the steps where it was not NaN (NaN if none). */
  public double mean(String name) {
    int i = Metrics.index(name);
    return defined[i] == 0 ? Double.NaN : sum[i] / defined[i];
  }

  /** Metric name to last value, in column order, leaving out step, year and month. */
  public Map<String, Double> lastValues() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (String name : summarisedNames()) {
      m.put(name, last(name));
    }
    return m;
  }

  /** Metric name to mean, in column order, leaving out step, year and month. */
  public Map<String, Double> means() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (String name : summarisedNames()) {
      m.put(name, mean(name));
    }
    return m;
  }

  /** Every metric but the time columns, whose final value or mean says nothing. */
  public static java.util.List<String> summarisedNames() {
    return Metrics.names().stream()
        .filter(name -> !name.equals("step") && !name.equals("year") && !name.equals("month"))
        .toList();
  }
}
