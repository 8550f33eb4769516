package org.minga.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * Morris elementary effects from the trajectories of {@link DesignPoints#morris}: for each move of
 * parameter i from x to x + d (d = +-delta in unit coordinates), EE_i = (f(x + d) - f(x)) / d. Per
 * parameter and metric: mu (mean effect), mu* (mean absolute effect, Campolongo et al. 2007) and
 * sigma (standard deviation of the effects, n - 1 denominator). Effects with an undefined point are
 * left out, or the response refused, by {@link SensitivityRule}.
 */
final class MorrisAnalysis {
  private MorrisAnalysis() {}

  static List<SensitivityRow> analyse(SweepPlan plan, List<Response> responses, PointMeans means) {
    SweepSpec spec = plan.spec();
    int k = spec.parameters().size();
    int r = spec.design().samples();
    double[][] pointMeans = means.means;
    List<SensitivityRow> rows = new ArrayList<>();
    for (int m = 0; m < responses.size(); m++) {
      Response response = responses.get(m);
      int missing = means.missingRuns[m];
      boolean refused = SensitivityRule.refuses(response, missing);
      List<List<Double>> effects = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        effects.add(new ArrayList<>());
      }
      for (int t = 0; t < r && !refused; t++) {
        for (int s = 1; s <= k; s++) {
          int before = t * (k + 1) + s - 1;
          int after = before + 1;
          double[] x0 = plan.unitPoint(before);
          double[] x1 = plan.unitPoint(after);
          for (int i = 0; i < k; i++) {
            double d = x1[i] - x0[i];
            if (d != 0) {
              double ee = (pointMeans[after][m] - pointMeans[before][m]) / d;
              if (Double.isFinite(ee)) {
                effects.get(i).add(ee);
              }
            }
          }
        }
      }
      String metric = response.name();
      String note = SensitivityRule.note(response, missing);
      for (int i = 0; i < k; i++) {
        List<Double> e = effects.get(i);
        double mu = e.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double muStar = e.stream().mapToDouble(x -> Math.abs(x)).average().orElse(Double.NaN);
        double sigma = Double.NaN;
        if (e.size() > 1) {
          double ss = e.stream().mapToDouble(x -> (x - mu) * (x - mu)).sum();
          sigma = Math.sqrt(ss / (e.size() - 1));
        }
        String parameter = spec.parameters().get(i).key();
        for (String stat : List.of("mu", "mu_star", "sigma")) {
          double value = stat.equals("mu") ? mu : stat.equals("mu_star") ? muStar : sigma;
          rows.add(
              new SensitivityRow(
                  "morris",
                  metric,
                  parameter,
                  stat,
                  value,
                  Double.NaN,
                  Double.NaN,
                  e.size(),
                  missing,
                  note));
        }
      }
    }
    return rows;
  }
}
