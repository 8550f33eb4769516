package org.minga.chart;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * One metric's value across replicates at each step of each design point: mean and 95% t
 * interval (mean &plusmn; t(0.975, n-1) &middot; sd / &radic;n, the same interval summary.csv
 * gives for summary metrics). Accumulated one run-step at a time (Welford's update, so large
 * values do not lose precision), in whatever order the rows arrive. Replicates whose value is
 * NaN at a step are left out of that step.
 */
public final class BandStats {
  private final int points;
  private int steps;
  private final int[][] n;
  private final double[][] mean;
  private final double[][] m2;

  /** @param points number of design points accumulated (0 .. points-1) */
  public BandStats(int points) {
    this.points = points;
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

  /** Half-width of the 95% t interval; NaN with fewer than two replicates. */
  public double halfWidth(int point, int step) {
    int k = n[point][step];
    if (k < 2) {
      return Double.NaN;
    }
    double sd = Math.sqrt(m2[point][step] / (k - 1));
    return new TDistribution(null, k - 1).inverseCumulativeProbability(0.975) * sd
        / Math.sqrt(k);
  }
}
