package org.minga.sweep;

/**
 * How one metric of a run is summarised into one number of runs.csv: its final value, its mean,
 * minimum or maximum over a window of steps, or the first step at which it crosses a threshold.
 *
 * @param column the runs.csv column, by default {@code <metric>_<stat>}
 * @param metric the metric name in {@code Metrics.ALL}
 * @param metricIndex its column index
 * @param stat what to compute
 * @param from first step of the window (inclusive)
 * @param to last step of the window (inclusive); {@code Integer.MAX_VALUE} for the last step run
 * @param threshold the crossing level, for {@link Stat#FIRST_CROSSING}
 * @param above whether crossing means reaching at least (true) or at most (false) the threshold
 */
public record MetricSummary(String column, String metric, int metricIndex, Stat stat, int from,
    int to, double threshold, boolean above) {

  /** The summary statistics a sweep can compute. */
  public enum Stat {
    FINAL, MEAN, MIN, MAX, FIRST_CROSSING;

    /** The word used in sweep files and default column names. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
