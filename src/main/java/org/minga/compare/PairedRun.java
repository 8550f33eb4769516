package org.minga.compare;

import java.util.List;
import org.minga.metrics.Metrics;
import org.minga.metrics.StepObserver;
import org.minga.metrics.TrackedSample;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.ScenarioLoader;
import org.minga.sweep.MetricSummary;
import org.minga.sweep.ObservedRun;
import org.minga.sweep.SummaryObserver;
import org.minga.sweep.SweepFailure;

/**
 * Replicate k of a comparison: the base and the variant run with the same seed (so the same random
 * streams), each summarised over the comparison's windows and, for the charted metrics, kept step
 * by step.
 *
 * @param base the base run's summaries
 * @param variant the variant run's summaries, in the same order
 * @param baseSeries the base run's charted metrics, [metric][step]
 * @param variantSeries the variant's
 */
record PairedRun(double[] base, double[] variant, double[][] baseSeries, double[][] variantSeries) {

  /** Runs both arms of the replicate with seed {@code seed} for {@code steps} steps. */
  static PairedRun run(
      CompareSpec spec, long seed, int steps, List<MetricSummary> summaries, List<String> charted) {
    SummaryObserver baseSummary = new SummaryObserver(summaries);
    SummaryObserver variantSummary = new SummaryObserver(summaries);
    Series baseSeries = new Series(charted, steps);
    Series variantSeries = new Series(charted, steps);
    arm(spec.base(), spec.baseOverrides(seed), steps, baseSummary, baseSeries, "base");
    arm(
        spec.variantScenario(),
        spec.variantOverrides(seed),
        steps,
        variantSummary,
        variantSeries,
        "variant");
    return new PairedRun(
        baseSummary.values(), variantSummary.values(), baseSeries.values, variantSeries.values);
  }

  private static void arm(
      java.nio.file.Path file,
      List<String> overrides,
      int steps,
      StepObserver summary,
      StepObserver series,
      String arm) {
    ModelInputs inputs;
    try {
      inputs = ScenarioLoader.load(file, overrides);
    } catch (ScenarioException e) {
      throw new SweepFailure(
          SweepFailure.Kind.BAD_INPUT,
          "the " + arm + " is not a valid " + "scenario:\n" + e.format().trim(),
          e);
    }
    try {
      ObservedRun.run(inputs, steps, List.of(summary, series));
    } catch (ObservedRun.Failure e) {
      throw new SweepFailure(
          SweepFailure.Kind.MODEL,
          "the " + arm + " run with overrides " + overrides + " " + e.getMessage(),
          e.getCause());
    }
  }

  /** The charted metrics of a run, step by step. */
  private static final class Series implements StepObserver {
    private final int[] columns;
    private final double[][] values;

    Series(List<String> metrics, int steps) {
      columns = metrics.stream().mapToInt(Metrics::index).toArray();
      values = new double[columns.length][steps];
      for (double[] v : values) {
        java.util.Arrays.fill(v, Double.NaN);
      }
    }

    @Override
    public void onStep(int step, double[] row, TrackedSample tracked) {
      for (int m = 0; m < columns.length; m++) {
        values[m][step] = row[columns[m]];
      }
    }
  }
}
