package org.minga.sweep;

import org.minga.metrics.MetricsRecorder;
import org.minga.model.MingaModel;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.ScenarioLoader;

/**
 * Runs one run of a sweep: loads the base scenario with the run's overrides (so values are
 * validated exactly as {@code --set} values are), builds a fresh model, steps it and returns its
 * summaries. Nothing is shared between runs, so runs can go on any thread in any order.
 */
final class SweepRun {
  private SweepRun() {}

  /** The summaries of {@code run}, in the order of the spec's metrics. */
  static double[] execute(SweepPlan plan, long run) {
    return execute(plan, run, Integer.MAX_VALUE, null);
  }

  /**
   * Runs {@code run} and, when {@code timeseriesDir} is not null, writes its time series part
   * there (before returning, so before the run is journaled).
   */
  static double[] execute(SweepPlan plan, long run, java.nio.file.Path timeseriesDir) {
    return execute(plan, run, Integer.MAX_VALUE, timeseriesDir);
  }

  static double[] execute(SweepPlan plan, long run, int maxSteps) {
    return execute(plan, run, maxSteps, null);
  }

  /** As {@link #execute(SweepPlan, long)}, stopping after at most {@code maxSteps} steps. */
  private static double[] execute(SweepPlan plan, long run, int maxSteps,
      java.nio.file.Path timeseriesDir) {
    SweepSpec spec = plan.spec();
    ModelInputs inputs;
    try {
      inputs = ScenarioLoader.load(spec.scenario(), plan.overridesOf(run));
    } catch (ScenarioException e) {
      throw new SweepFailure(SweepFailure.Kind.BAD_INPUT, "run " + run + " (design point "
          + plan.pointOf(run) + ") has an invalid scenario:\n" + e.format().trim(), e);
    }
    int steps = Math.min(maxSteps, steps(spec, inputs));
    SummaryObserver summaries = new SummaryObserver(spec.metrics());
    TimeseriesParts.Collector timeseries = timeseriesDir == null ? null
        : new TimeseriesParts.Collector(plan, run);
    MingaModel model = new MingaModel(inputs);
    int done = 0;
    try {
      model.start();
      MetricsRecorder recorder = MetricsRecorder.attach(model);
      recorder.addObserver(summaries);
      if (timeseries != null) {
        recorder.addObserver(timeseries);
      }
      while (done < steps && model.stepOnce()) {
        done++;
      }
      model.finish();
      recorder.finish();
    } catch (RuntimeException e) {
      throw new SweepFailure(SweepFailure.Kind.MODEL, "run " + run + " failed at step " + done
          + ": " + e + "; reproduce it with `minga run --from-sweep DIR --run " + run + "`", e);
    }
    if (timeseries != null) {
      try {
        timeseries.write(timeseriesDir, run);
      } catch (java.io.IOException e) {
        throw new SweepFailure(SweepFailure.Kind.IO, "cannot write the time series of run "
            + run + ": " + e, e);
      }
    }
    return summaries.values();
  }

  /** The spec's steps, at most the scenario's horizon; the horizon when the spec says none. */
  static int steps(SweepSpec spec, ModelInputs inputs) {
    int horizon = inputs.scenario().steps();
    return spec.steps() == 0 ? horizon : Math.min(spec.steps(), horizon);
  }
}
