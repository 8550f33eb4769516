package org.minga.model;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.ScenarioLoader;

/**
 * Year-end (December) household liquidity of a run: the median cash of active households over their
 * median trailing 12-month income, and the distribution (p10, median, p90) of each household's cash
 * over its own yearly income (households with positive income). Used by the buffer-stock test and,
 * through {@link #main}, for the table in docs/model.md.
 */
final class YearEndCash {
  /** Median cash / median income12 at each December of the run, in order. */
  final double[] medianRatio;

  /** Largest of {@link #medianRatio}. */
  final double worst;

  /** p10, median, p90 of cash / income12 over households and Decembers pooled. */
  final double p10;

  final double p50;
  final double p90;

  private YearEndCash(double[] medianRatio, double[] pooled) {
    this.medianRatio = medianRatio;
    double w = Double.NEGATIVE_INFINITY;
    for (double r : medianRatio) {
      w = Math.max(w, r);
    }
    this.worst = w;
    Arrays.sort(pooled);
    this.p10 = quantile(pooled, 0.1);
    this.p50 = quantile(pooled, 0.5);
    this.p90 = quantile(pooled, 0.9);
  }

  /** Runs a bundled scenario file (with overrides) to its horizon and measures every December. */
  static YearEndCash ofScenario(String file, String... overrides) {
    try {
      MingaModel m = new MingaModel(ScenarioLoader.load(Path.of(file), List.of(overrides)));
      m.start();
      return of(m);
    } catch (ScenarioException e) {
      throw new IllegalArgumentException(e.format(), e);
    }
  }

  /** Steps the started model to its horizon, measuring at every December. */
  static YearEndCash of(MingaModel m) {
    int years = m.totalSteps() / 12;
    double[] ratios = new double[years];
    double[] pooled = new double[years * m.producers.length];
    int n = 0;
    int y = 0;
    double[] cash = new double[m.producers.length];
    double[] income = new double[m.producers.length];
    while (m.stepOnce()) {
      if (m.month() != 12) {
        continue;
      }
      int k = 0;
      for (Producer p : m.producers) {
        if (p.isActive()) {
          cash[k] = p.cash();
          income[k] = p.income12();
          if (p.income12() > 0) {
            pooled[n++] = p.cash() / p.income12();
          }
          k++;
        }
      }
      double[] c = Arrays.copyOf(cash, k);
      double[] i = Arrays.copyOf(income, k);
      Arrays.sort(c);
      Arrays.sort(i);
      ratios[y++] = quantile(c, 0.5) / quantile(i, 0.5);
    }
    return new YearEndCash(Arrays.copyOf(ratios, y), Arrays.copyOf(pooled, n));
  }

  private static double quantile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  }

  /** Prints the table of docs/model.md: one row per bundled scenario. */
  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (var s = java.nio.file.Files.list(Path.of("scenarios"))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    System.out.println(
        "| scenario | max median cash / median income (Decembers) | p10 | median | p90 |");
    System.out.println("|---|---|---|---|---|");
    for (Path f : files) {
      long t0 = System.nanoTime();
      YearEndCash r = ofScenario(f.toString(), args);
      System.out.printf(
          "| %s | %.2f | %.2f | %.2f | %.2f |  %.1fs last=%.2f%n",
          f.getFileName().toString().replace(".yaml", ""),
          r.worst,
          r.p10,
          r.p50,
          r.p90,
          (System.nanoTime() - t0) / 1e9,
          r.medianRatio[r.medianRatio.length - 1]);
    }
  }
}
