package org.minga.sweep;

import java.util.List;

/**
 * Each design point's mean over its replicates, per metric: the response the sensitivity
 * estimators see. Replicates whose value is NaN are left out; a point with none is NaN.
 */
final class PointMeans {
  private PointMeans() {}

  /** [point][metric] from rows sorted by run id (every run present). */
  static double[][] of(SweepPlan plan, List<double[]> summariesByRun) {
    int metrics = plan.spec().metrics().size();
    double[][] sum = new double[plan.points()][metrics];
    int[][] n = new int[plan.points()][metrics];
    for (int run = 0; run < summariesByRun.size(); run++) {
      int p = plan.pointOf(run);
      double[] v = summariesByRun.get(run);
      for (int m = 0; m < metrics; m++) {
        if (!Double.isNaN(v[m])) {
          sum[p][m] += v[m];
          n[p][m]++;
        }
      }
    }
    for (int p = 0; p < sum.length; p++) {
      for (int m = 0; m < metrics; m++) {
        sum[p][m] = n[p][m] == 0 ? Double.NaN : sum[p][m] / n[p][m];
      }
    }
    return sum;
  }
}
