package org.minga.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.minga.output.CsvNumbers;

/**
 * Writes a complete sweep's tables from its journaled rows: runs.csv (rows in run-id order),
 * summary.csv (per design point and metric: n, mean, sd, 95% t interval) and, for Sobol and
 * Morris designs, sensitivity.csv. Everything is computed from the rows' text, so a sweep run in
 * one go, resumed, or sharded and merged writes the same bytes.
 */
final class SweepOutputs {
  static final String RUNS = "runs.csv";
  static final String SUMMARY = "summary.csv";
  static final String SENSITIVITY = "sensitivity.csv";

  private SweepOutputs() {}

  /**
   * @param rows every run's row, in any order, each run exactly once
   * @throws SweepFailure when runs are missing or repeated
   */
  static void write(SweepPlan plan, List<String> rows, Path dir) throws IOException {
    String[] byRun = new String[Math.toIntExact(plan.runs())];
    for (String row : rows) {
      long run = RunRows.runOf(row);
      if (run < 0 || run >= byRun.length || byRun[(int) run] != null) {
        throw new SweepFailure(SweepFailure.Kind.BAD_INPUT, "run " + run + " appears twice or "
            + "is outside the sweep; the journals in " + dir + " do not belong together", null);
      }
      byRun[(int) run] = row;
    }
    int metrics = plan.spec().metrics().size();
    List<double[]> summaries = new ArrayList<>(byRun.length);
    StringBuilder runs = new StringBuilder(RunRows.header(plan.spec())).append('\n');
    for (int run = 0; run < byRun.length; run++) {
      if (byRun[run] == null) {
        throw new SweepFailure(SweepFailure.Kind.BAD_INPUT, "run " + run + " has not completed;"
            + " finish the sweep (--resume) before merging", null);
      }
      runs.append(byRun[run]).append('\n');
      summaries.add(RunRows.summariesOf(byRun[run], metrics));
    }
    AtomicFiles.write(dir.resolve(RUNS), runs.toString());
    AtomicFiles.write(dir.resolve(SUMMARY), summary(plan, summaries));
    DesignType type = plan.spec().design().type();
    if (type == DesignType.SOBOL || type == DesignType.MORRIS) {
      double[][] means = PointMeans.of(plan, summaries);
      List<SensitivityRow> rowsOut = type == DesignType.SOBOL
          ? SobolAnalysis.analyse(plan, means) : MorrisAnalysis.analyse(plan, means);
      AtomicFiles.write(dir.resolve(SENSITIVITY), sensitivity(rowsOut));
    }
  }

  static String summary(SweepPlan plan, List<double[]> summaries) {
    SweepSpec spec = plan.spec();
    StringBuilder sb = new StringBuilder("point");
    spec.parameters().forEach(p -> sb.append(',').append(p.key()));
    sb.append(",metric,n,mean,sd,ci_low,ci_high\n");
    int reps = spec.replicates();
    for (int p = 0; p < plan.points(); p++) {
      String[] values = plan.valuesAt(p);
      for (int m = 0; m < spec.metrics().size(); m++) {
        double sum = 0;
        int n = 0;
        for (int r = 0; r < reps; r++) {
          double v = summaries.get(p * reps + r)[m];
          if (Double.isFinite(v)) {
            sum += v;
            n++;
          }
        }
        double mean = n == 0 ? Double.NaN : sum / n;
        double ss = 0;
        for (int r = 0; r < reps; r++) {
          double v = summaries.get(p * reps + r)[m];
          if (Double.isFinite(v)) {
            ss += (v - mean) * (v - mean);
          }
        }
        double sd = n < 2 ? Double.NaN : Math.sqrt(ss / (n - 1));
        double half = n < 2 ? Double.NaN
            : new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * sd
                / Math.sqrt(n);
        sb.append(p);
        for (String v : values) {
          sb.append(',').append(RunRows.quote(v));
        }
        sb.append(',').append(spec.metrics().get(m).column()).append(',').append(n)
            .append(',').append(CsvNumbers.format(mean)).append(',')
            .append(CsvNumbers.format(sd)).append(',').append(CsvNumbers.format(mean - half))
            .append(',').append(CsvNumbers.format(mean + half)).append('\n');
      }
    }
    return sb.toString();
  }

  static String sensitivity(List<SensitivityRow> rows) {
    StringBuilder sb = new StringBuilder(
        "method,metric,parameter,statistic,value,ci_low,ci_high\n");
    for (SensitivityRow r : rows) {
      sb.append(r.method()).append(',').append(r.metric()).append(',').append(r.parameter())
          .append(',').append(r.statistic()).append(',').append(CsvNumbers.format(r.value()))
          .append(',').append(CsvNumbers.format(r.ciLow())).append(',')
          .append(CsvNumbers.format(r.ciHigh())).append('\n');
    }
    return sb.toString();
  }
}
