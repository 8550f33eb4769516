package org.minga.chart;

import java.util.Arrays;
import org.minga.metrics.Bounds;
import org.minga.stats.Interval;

/**
 * One metric's value across replicates at each step of each design point: mean and 95% t interval
 * kept inside the metric's bounds ({@link Interval#ofMoments}, the rule of summary.csv).
 * Accumulated one run-step at a time (Welford's update, so large values do not lose precision); the
 * bits of the result depend on the order values arrive in, so callers add them in run order.
 * Replicates whose value is NaN at a step are left out of that step.
 */
public final class BandStats {
  private final int points;
  private final Bounds bounds;
  private int steps;
  private final int[][] n;
  private final double[][] mean;
  private final double[][] m2;

  /**
   * @param points number of design points accumulated (0 .. points-1)
   * @param bounds the range of the values, which the intervals stay inside
   */
  public BandStats(int points, Bounds bounds) {
    this.points = points;
    this.bounds = bounds;
    this.n = new int[points][0];
    this.mean = new double[points][0];
    this.m2 = new double[points][0];
  }

  /** Adds one replicate's {@code value} at {@code step} of design point {@code point}. */
  public void add(int point, int step, double value) {
    if (step >= n[point].length) {
      grow(step + 1);
    }
    steps = Math.max(steps, step + 1);
    if (Double.isNaN(value)) {
      return;
    }
    int k = ++n[point][step];
    double delta = value - mean[point][step];
    mean[point][step] += delta / k;
    m2[point][step] += delta * (value - mean[point][step]);
  }

  private void grow(int needed) {
    int size = Math.max(needed, 2 * n[0].length); // doubling: runs arrive step by step
    for (int p = 0; p < points; p++) {
      n[p] = Arrays.copyOf(n[p], size);
      mean[p] = Arrays.copyOf(mean[p], size);
      m2[p] = Arrays.copyOf(m2[p], size);
    }
  }

  public int points() {
    return points;
  }

  /** One more than the last step seen. */
  public int steps() {
    return steps;
  }

  /** Replicates with a value at this step. */
  public int n(int point, int step) {
    return n[point][step];
  }

  /** Mean across replicates; NaN when none has a value. */
  public double mean(int point, int step) {
    return n[point][step] == 0 ? Double.NaN : mean[point][step];
  }

  /** The 95% interval across replicates; NaN ends with fewer than two replicates. */
  public Interval interval(int point, int step) {
    int k = n[point][step];
    return Interval.ofMoments(
        k, mean(point, step), k < 2 ? Double.NaN : Math.sqrt(m2[point][step] / (k - 1)), bounds);
  }

  /** The range of the values. */
  public Bounds bounds() {
    return bounds;
  }

  /**
   * The fewest and most replicates with a value at any step of points {@code from} (inclusive) to
   * {@code to} (exclusive), leaving out steps where none had one: the n of the bands.
   */
  public int[] replicateRange(int from, int to) {
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (int p = from; p < to; p++) {
      for (int s = 0; s < steps; s++) {
        if (n[p][s] > 0) {
          min = Math.min(min, n[p][s]);
          max = Math.max(max, n[p][s]);
        }
      }
    }
    return new int[] {max == 0 ? 0 : min, max};
  }
}
