package org.minga.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minga.output.CsvNumbers;
import org.minga.stats.Interval;

/**
 * Writes a complete sweep's tables from its journaled rows: runs.csv (rows in run-id order),
 * summary.csv (per design point and response: n, mean, sd, 95% interval) and, for Sobol and Morris
 * designs, sensitivity.csv. Everything is computed from the rows' text, so a sweep run in one go,
 * resumed, or sharded and merged writes the same bytes.
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
        throw new SweepFailure(
            SweepFailure.Kind.BAD_INPUT,
            "run "
                + run
                + " appears twice or "
                + "is outside the sweep; the journals in "
                + dir
                + " do not belong together",
            null);
      }
      byRun[(int) run] = row;
    }
    int metrics = plan.spec().metrics().size();
    List<double[]> summaries = new ArrayList<>(byRun.length);
    StringBuilder runs = new StringBuilder(RunRows.header(plan.spec())).append('\n');
    for (int run = 0; run < byRun.length; run++) {
      if (byRun[run] == null) {
        throw new SweepFailure(
            SweepFailure.Kind.BAD_INPUT,
            "run " + run + " has not completed;" + " finish the sweep (--resume) before merging",
            null);
      }
      runs.append(byRun[run]).append('\n');
      summaries.add(RunRows.summariesOf(byRun[run], metrics));
    }
    AtomicFiles.write(dir.resolve(RUNS), runs.toString());
    AtomicFiles.write(dir.resolve(SUMMARY), summary(plan, summaries));
    DesignType type = plan.spec().design().type();
    if (type == DesignType.SOBOL || type == DesignType.MORRIS) {
      List<Response> responses = Response.of(plan.spec());
      PointMeans means = PointMeans.of(plan, summaries, responses);
      List<SensitivityRow> rowsOut =
          type == DesignType.SOBOL
              ? SobolAnalysis.analyse(plan, responses, means)
              : MorrisAnalysis.analyse(plan, responses, means);
      AtomicFiles.write(dir.resolve(SENSITIVITY), sensitivity(rowsOut));
    }
  }

  /**
   * summary.csv: per design point and response, the replicates, the n values the statistics rest
   * on, mean, sd, the 95% interval and its rule ({@link Interval}), and the condition of the
   * statistics ({@code crossed} for a first crossing's step: over the runs that crossed).
   */
  static String summary(SweepPlan plan, List<double[]> summaries) {
    SweepSpec spec = plan.spec();
    List<Response> responses = Response.of(spec);
    StringBuilder sb = new StringBuilder("point");
    spec.parameters().forEach(p -> sb.append(',').append(p.key()));
    sb.append(",metric,replicates,n,mean,sd,ci_low,ci_high,interval,given\n");
    int reps = spec.replicates();
    for (int p = 0; p < plan.points(); p++) {
      String[] values = plan.valuesAt(p);
      for (Response response : responses) {
        double[] v = new double[reps];
        for (int r = 0; r < reps; r++) {
          v[r] = response.of(summaries.get(p * reps + r));
        }
        Interval i = response.interval(v);
        sb.append(p);
        for (String value : values) {
          sb.append(',').append(RunRows.quote(value));
        }
        sb.append(',').append(response.name()).append(',').append(reps).append(',').append(i.n());
        for (double x : new double[] {i.mean(), i.sd(), i.low(), i.high()}) {
          sb.append(',').append(CsvNumbers.format(x));
        }
        sb.append(',').append(i.rule()).append(',').append(response.given()).append('\n');
      }
    }
    return sb.toString();
  }

  static String sensitivity(List<SensitivityRow> rows) {
    StringBuilder sb =
        new StringBuilder(
            "method,metric,parameter,statistic,value,ci_low,ci_high,n,missing_runs,note\n");
    for (SensitivityRow r : rows) {
      sb.append(r.method())
          .append(',')
          .append(r.metric())
          .append(',')
          .append(r.parameter())
          .append(',')
          .append(r.statistic())
          .append(',')
          .append(CsvNumbers.format(r.value()))
          .append(',')
          .append(CsvNumbers.format(r.ciLow()))
          .append(',')
          .append(CsvNumbers.format(r.ciHigh()))
          .append(',')
          .append(r.n())
          .append(',')
          .append(r.missingRuns())
          .append(',')
          .append(r.note())
          .append('\n');
    }
    return sb.toString();
  }
}
