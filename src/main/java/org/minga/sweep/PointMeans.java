package org.minga.sweep;

import java.util.List;

/**
 * Each design point's mean over its replicates, per response: what the sensitivity estimators see.
 * A point's mean is defined only when every replicate has a value: a mean over some of them would
 * give different points different noise (and, where values are missing for a reason, a different
 * population). Also counts, per response, the runs without a value.
 */
final class PointMeans {
  /** [point][response]; NaN where a replicate has no value. */
  final double[][] means;

  /** Per response, the runs without a value. */
  final int[] missingRuns;

  PointMeans(double[][] means, int[] missingRuns) {
    this.means = means;
    this.missingRuns = missingRuns;
  }

  /** From every run's summaries, sorted by run id. */
  static PointMeans of(SweepPlan plan, List<double[]> summariesByRun, List<Response> responses) {
    double[][] sum = new double[plan.points()][responses.size()];
    int[] missing = new int[responses.size()];
    for (int run = 0; run < summariesByRun.size(); run++) {
      int p = plan.pointOf(run);
      for (int r = 0; r < responses.size(); r++) {
        double v = responses.get(r).of(summariesByRun.get(run));
        sum[p][r] += v; // a NaN makes the point's mean NaN
        missing[r] += Double.isNaN(v) ? 1 : 0;
      }
    }
    int reps = plan.spec().replicates();
    for (double[] point : sum) {
      for (int r = 0; r < point.length; r++) {
        point[r] /= reps;
      }
    }
    return new PointMeans(sum, missing);
  }
}
