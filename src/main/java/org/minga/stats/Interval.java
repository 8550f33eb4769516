package org.minga.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.minga.metrics.Bounds;

/**
 * A mean with its 95% confidence interval and the number of values behind it. Two rules:
 *
 * <ul>
 *   <li>{@link #T}: the Student-t interval mean &plusmn; t(0.975, n-1) sd / &radic;n, intersected
 *       with the bounds of what is measured ({@link #T_CLIPPED} when that cut anything off).
 *       Cutting at a bound never removes a possible true mean, so the interval's coverage is
 *       unchanged; it only stops a share's interval from claiming values below 0 or above 1.
 *   <li>{@link #WILSON}: the Wilson score interval of a share of yes/no outcomes (of runs that
 *       crossed a threshold, say); inside [0, 1] by construction and honest at 0 of n or n of n,
 *       where a t interval would collapse to a point.
 * </ul>
 *
 * With fewer than two values there is no interval (NaN ends).
 *
 * @param n the values the mean and interval rest on
 * @param mean their mean (NaN when n is 0)
 * @param sd their sample standard deviation (NaN when n &lt; 2)
 * @param low lower end of the 95% interval
 * @param high upper end
 * @param rule how the interval was computed: {@link #T}, {@link #T_CLIPPED} or {@link #WILSON}
 */
public record Interval(int n, double mean, double sd, double low, double high, String rule) {
  /** Student-t interval, inside the bounds as computed. */
  public static final String T = "t";

  /** Student-t interval cut at a bound of the metric. */
  public static final String T_CLIPPED = "t_clipped";

  /** Wilson score interval of a share. */
  public static final String WILSON = "wilson";

  private static final double Z =
      new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975);

  /** The t interval of the values that are not NaN, kept inside {@code bounds}. */
  public static Interval ofMean(double[] values, Bounds bounds) {
    int n = 0;
    double sum = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    double mean = n == 0 ? Double.NaN : sum / n;
    double ss = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        ss += (v - mean) * (v - mean);
      }
    }
    return ofMoments(n, mean, n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1)), bounds);
  }

  /** The t interval from {@code n} values' mean and sample standard deviation. */
  public static Interval ofMoments(int n, double mean, double sd, Bounds bounds) {
    if (n < 2) {
      return new Interval(n, mean, Double.NaN, Double.NaN, Double.NaN, T);
    }
    double half =
        new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
    double low = bounds.clip(mean - half);
    double high = bounds.clip(mean + half);
    boolean cut = low != mean - half || high != mean + half;
    return new Interval(n, mean, sd, low, high, cut ? T_CLIPPED : T);
  }

  /** The Wilson score interval of {@code hits} yes outcomes out of {@code n}. */
  public static Interval ofShare(int hits, int n) {
    if (n == 0) {
      return new Interval(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, WILSON);
    }
    double p = (double) hits / n;
    double z2 = Z * Z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    double sd = n < 2 ? Double.NaN : Math.sqrt(p * (1 - p) * n / (n - 1));
    return new Interval(n, p, sd, Math.max(0, centre - half), Math.min(1, centre + half), WILSON);
  }

  /** The interval's width; NaN without an interval. */
  public double width() {
    return high - low;
  }
}
