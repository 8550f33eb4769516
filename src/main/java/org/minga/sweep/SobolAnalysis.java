package org.minga.sweep;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * First- and total-order Sobol indices from a Saltelli design (rows A, B, AB^(1..k) per base
 * sample, see {@link DesignPoints#saltelli}): first order by Saltelli et al. (2010), S_i =
 * mean(f(B) (f(AB_i) - f(A))) / V; total order by Jansen (1999), ST_i = mean((f(A) - f(AB_i))^2) /
 * (2 V); V the variance of f over A and B together. Confidence intervals are 95% percentile
 * intervals over bootstrap resamples of the base samples, drawn from a generator seeded by the
 * sweep's seed (so they are reproducible too). Base samples with an undefined point are left out,
 * or the response refused, by {@link SensitivityRule}.
 */
final class SobolAnalysis {
  static final long BOOTSTRAP_STREAM = 2;

  private SobolAnalysis() {}

  static List<SensitivityRow> analyse(SweepPlan plan, List<Response> responses, PointMeans means) {
    SweepSpec spec = plan.spec();
    int k = spec.parameters().size();
    int n = spec.design().samples();
    List<SensitivityRow> rows = new ArrayList<>();
    for (int m = 0; m < responses.size(); m++) {
      Response response = responses.get(m);
      int missing = means.missingRuns[m];
      boolean refused = SensitivityRule.refuses(response, missing);
      List<double[]> groups = new ArrayList<>(); // per base sample: fA, fB, fAB_1..k
      for (int j = 0; j < n && !refused; j++) {
        double[] g = new double[k + 2];
        boolean defined = true;
        for (int r = 0; r < k + 2; r++) {
          g[r] = means.means[j * (k + 2) + r][m];
          defined &= Double.isFinite(g[r]);
        }
        if (defined) {
          groups.add(g);
        }
      }
      double[][] est = estimate(groups, k, null);
      int b = spec.design().bootstrap();
      double[][][] boot = new double[2][k][b];
      MersenneTwister rng =
          new MersenneTwister(SweepSeeds.streamSeed(spec.seed(), BOOTSTRAP_STREAM + m));
      int[] pick = new int[groups.size()];
      for (int s = 0; s < b && !groups.isEmpty(); s++) {
        for (int i = 0; i < pick.length; i++) {
          pick[i] = rng.nextInt(pick.length);
        }
        double[][] e = estimate(groups, k, pick);
        for (int i = 0; i < k; i++) {
          boot[0][i][s] = e[0][i];
          boot[1][i][s] = e[1][i];
        }
      }
      String note = SensitivityRule.note(response, missing);
      for (int i = 0; i < k; i++) {
        String parameter = spec.parameters().get(i).key();
        for (int order = 0; order < 2; order++) {
          double low = Double.NaN;
          double high = Double.NaN;
          if (b > 0 && !groups.isEmpty()) {
            low = percentile(boot[order][i], 2.5);
            high = percentile(boot[order][i], 97.5);
          }
          rows.add(
              new SensitivityRow(
                  "sobol",
                  response.name(),
                  parameter,
                  order == 0 ? "first_order" : "total_order",
                  est[order][i],
                  low,
                  high,
                  groups.size(),
                  missing,
                  note));
        }
      }
    }
    return rows;
  }

  /** [0][i] first order, [1][i] total order; {@code pick} resamples groups (null: all). */
  static double[][] estimate(List<double[]> groups, int k, int[] pick) {
    int n = groups.size();
    double[][] out = new double[2][k];
    if (n < 2) {
      for (double[] o : out) {
        java.util.Arrays.fill(o, Double.NaN);
      }
      return out;
    }
    double sum = 0;
    double sumSq = 0;
    for (int s = 0; s < n; s++) {
      double[] g = groups.get(pick == null ? s : pick[s]);
      sum += g[0] + g[1];
      sumSq += g[0] * g[0] + g[1] * g[1];
    }
    double mean = sum / (2 * n);
    double variance = (sumSq - 2 * n * mean * mean) / (2 * n - 1);
    for (int i = 0; i < k; i++) {
      double first = 0;
      double total = 0;
      for (int s = 0; s < n; s++) {
        double[] g = groups.get(pick == null ? s : pick[s]);
        first += g[1] * (g[2 + i] - g[0]);
        double d = g[0] - g[2 + i];
        total += d * d;
      }
      out[0][i] = variance > 0 ? first / n / variance : Double.NaN;
      out[1][i] = variance > 0 ? total / (2.0 * n) / variance : Double.NaN;
    }
    return out;
  }

  private static double percentile(double[] values, double p) {
    double[] finite = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
    return finite.length == 0 ? Double.NaN : new Percentile().evaluate(finite, p);
  }
}
