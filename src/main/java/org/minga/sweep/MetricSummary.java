package org.minga.sweep;

import org.minga.metrics.Bounds;
import org.minga.metrics.Metrics;

/**
 * How one metric of a run is summarised into one number of runs.csv: its final value, its mean,
 * minimum or maximum over a window of steps, or the first step at which it crosses a threshold.
 *
 * <p>A first crossing is a move from one side of the threshold to the other: the first step in the
 * window past the threshold after a step in the window that was not. A run whose window opens
 * already past the threshold has not crossed at its first step, unless {@code startCounts} says so.
 * A run that never crosses has no value (NA): it is censored at the window's end, an outcome of its
 * own that summaries report as the share of runs that crossed.
 *
 * @param column the runs.csv column, by default {@code <metric>_<stat>}
 * @param metric the metric name in {@code Metrics.ALL}
 * @param metricIndex its column index
 * @param stat what to compute
 * @param from first step of the window (inclusive)
 * @param to last step of the window (inclusive); {@code Integer.MAX_VALUE} for the last step run
 * @param threshold the crossing level, for {@link Stat#FIRST_CROSSING}
 * @param above whether crossing means reaching at least (true) or at most (false) the threshold
 * @param startCounts for a first crossing, whether a window opening past the threshold counts as
 *     crossed at its first step
 */
public record MetricSummary(
    String column,
    String metric,
    int metricIndex,
    Stat stat,
    int from,
    int to,
    double threshold,
    boolean above,
    boolean startCounts) {

  /** The summary statistics a sweep can compute. */
  public enum Stat {
    FINAL,
    MEAN,
    MIN,
    MAX,
    FIRST_CROSSING;

    /** The word used in sweep files and default column names. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The final value, or the mean, minimum or maximum over steps {@code from..to}. */
  public static MetricSummary of(String column, String metric, Stat stat, int from, int to) {
    if (stat == Stat.FIRST_CROSSING) {
      throw new IllegalArgumentException("a first crossing needs a threshold");
    }
    return new MetricSummary(
        column, metric, Metrics.index(metric), stat, from, to, Double.NaN, true, false);
  }

  /** Whether {@code value} is past the threshold of a first crossing. */
  boolean past(double value) {
    return above ? value >= threshold : value <= threshold;
  }

  /**
   * The range the summary's value can take: the metric's own for its final value, mean, minimum or
   * maximum; the window's steps for a first crossing ({@code lastStep} caps an open window).
   */
  public Bounds bounds(int lastStep) {
    if (stat == Stat.FIRST_CROSSING) {
      return new Bounds(from, Math.max(from, Math.min(to, lastStep)));
    }
    return Metrics.ALL.get(metricIndex).bounds();
  }
}
