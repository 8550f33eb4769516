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
    return execute(plan, run, Integer.MAX_VALUE);
  }

  /** As {@link #execute(SweepPlan, long)}, stopping after at most {@code maxSteps} steps. */
  static double[] execute(SweepPlan plan, long run, int maxSteps) {
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
    MingaModel model = new MingaModel(inputs);
    int done = 0;
    try {
      model.start();
      MetricsRecorder recorder = MetricsRecorder.attach(model);
      recorder.addObserver(summaries);
      while (done < steps && model.stepOnce()) {
        done++;
      }
      model.finish();
      recorder.finish();
    } catch (RuntimeException e) {
      throw new SweepFailure(SweepFailure.Kind.MODEL, "run " + run + " failed at step " + done
          + ": " + e + "; reproduce it with `minga run --from-sweep DIR --run " + run + "`", e);
    }
    return summaries.values();
  }

  /** The spec's steps, at most the scenario's horizon; the horizon when the spec says none. */
  static int steps(SweepSpec spec, ModelInputs inputs) {
    int horizon = inputs.scenario().steps();
    return spec.steps() == 0 ? horizon : Math.min(spec.steps(), horizon);
  }
}
