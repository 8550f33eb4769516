package org.minga.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.minga.metrics.StepObserver;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.ScenarioLoader;

/**
 * Runs one run of a sweep: loads the base scenario with the run's overrides (so values are
 * validated exactly as {@code --set} values are), builds a fresh model, steps it and returns its
 * summaries. Nothing is shared between runs, so runs can go on any thread in any order.
 */
final class SweepRun {
  /**
   * Where a run's time went, for a dry run's pilot.
   *
   * @param producers the run's producers
   * @param steps the steps the whole run has
   * @param stepsRun the steps it ran before it was stopped (at least one)
   * @param buildNanos loading the scenario and building and starting the model
   * @param stepNanos the steps run, metrics and summaries (and time series rows) included
   * @param warmSteps those of the steps run that started after the pilot's warm-up
   * @param warmStepNanos their time
   */
  record Timing(
      int producers,
      int steps,
      int stepsRun,
      long buildNanos,
      long stepNanos,
      int warmSteps,
      long warmStepNanos) {}

  /** A run that has been stepped: its observers, and its timing. */
  private record Stepped(
      SummaryObserver summaries, TimeseriesParts.Collector timeseries, Timing timing) {}

  private SweepRun() {}

  /**
   * The summaries of {@code run}, in the order of the spec's metrics. With {@code timeseriesDir}
   * not null, its time series part is written there (before returning, so before the run is
   * journaled).
   */
  static double[] execute(SweepPlan plan, long run, Path timeseriesDir) {
    Stepped s = step(plan, run, timeseriesDir != null, Long.MAX_VALUE, Long.MAX_VALUE);
    if (s.timeseries() != null) {
      try {
        s.timeseries().write(timeseriesDir, run);
      } catch (IOException e) {
        throw new SweepFailure(
            SweepFailure.Kind.IO, "cannot write the time series of run " + run + ": " + e, e);
      }
    }
    return s.summaries().values();
  }

  /**
   * Runs {@code run} as a sweep would (its time series, if {@code timeseries}, collected but not
   * written) until its last step or the first step to end at or after {@code stopAt}, timing apart
   * the steps that start at or after {@code warmFrom} ({@code System.nanoTime()} values).
   */
  static Timing timed(SweepPlan plan, long run, boolean timeseries, long warmFrom, long stopAt) {
    return step(plan, run, timeseries, warmFrom, stopAt).timing();
  }

  private static Stepped step(
      SweepPlan plan, long run, boolean timeseries, long warmFrom, long stopAt) {
    long start = System.nanoTime();
    SweepSpec spec = plan.spec();
    ModelInputs inputs;
    try {
      inputs = ScenarioLoader.load(spec.scenario(), plan.overridesOf(run));
    } catch (ScenarioException e) {
      throw new SweepFailure(
          SweepFailure.Kind.BAD_INPUT,
          "run "
              + run
              + " (design point "
              + plan.pointOf(run)
              + ") has an invalid scenario:\n"
              + e.format().trim(),
          e);
    }
    int steps = steps(spec, inputs.scenario().steps());
    SummaryObserver summaries = new SummaryObserver(spec.metrics());
    TimeseriesParts.Collector series = timeseries ? new TimeseriesParts.Collector(plan, run) : null;
    List<StepObserver> observers = series == null ? List.of(summaries) : List.of(summaries, series);
    long[] times = {start, 0, 0}; // end of the build, warm steps, their nanoseconds
    int done;
    try {
      done =
          ObservedRun.run(
              inputs,
              steps,
              observers,
              (before, after) -> {
                if (times[0] == start) {
                  times[0] = before; // the first step starts when the model is built
                }
                if (before >= warmFrom) {
                  times[1]++;
                  times[2] += after - before;
                }
                return after >= stopAt;
              });
    } catch (ObservedRun.Failure e) {
      throw new SweepFailure(
          SweepFailure.Kind.MODEL,
          "run "
              + run
              + " failed at step "
              + e.step()
              + ": "
              + e.getCause()
              + "; reproduce it with `minga run --from-sweep DIR "
              + "--run "
              + run
              + "`",
          e.getCause());
    }
    int producers =
        inputs.producerTable() != null
            ? inputs.producerTable().size()
            : inputs.scenario().producers().count();
    long built = times[0];
    return new Stepped(
        summaries,
        series,
        new Timing(
            producers,
            steps,
            done,
            built - start,
            System.nanoTime() - built,
            (int) times[1],
            times[2]));
  }

  /** The spec's steps, at most the scenario's {@code horizon}; the horizon when it says none. */
  static int steps(SweepSpec spec, int horizon) {
    return spec.steps() == 0 ? horizon : Math.min(spec.steps(), horizon);
  }
}
