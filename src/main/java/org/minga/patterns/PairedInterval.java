package org.minga.patterns;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean and two-sided 95% confidence interval of per-replicate statistics (each already a paired
 * difference of two arms run on the same seed, or a within-run contrast): mean ± t(0.975, n−1) s /
 * √n. With zero spread the interval is the mean itself.
 *
 * @param n replicates
 * @param mean mean statistic
 * @param sd sample standard deviation
 * @param low lower end of the 95% interval
 * @param high upper end
 */
public record PairedInterval(int n, double mean, double sd, double low, double high) {
  /** The interval of {@code values}; NaN everywhere if any value is NaN or n < 2. */
  public static PairedInterval of(double[] values) {
    int n = values.length;
    double sum = 0;
    for (double v : values) {
      if (Double.isNaN(v)) {
        return new PairedInterval(n, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
      }
      sum += v;
    }
    if (n < 2) {
      return new PairedInterval(n, n == 1 ? sum : Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double mean = sum / n;
    double ss = 0;
    for (double v : values) {
      ss += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(ss / (n - 1));
    double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
    double half = t * sd / Math.sqrt(n);
    return new PairedInterval(n, mean, sd, mean - half, mean + half);
  }
}
