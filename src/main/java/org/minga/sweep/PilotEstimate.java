package org.minga.sweep;

import java.util.List;
import java.util.Locale;

/**
 * A dry run's estimate of a sweep's (or shard's) wall time from its pilot ({@link SweepPilot}). The
 * builds and steps the pilot began after its warm-up give the time to load and build a run and the
 * time per producer-step, both as the sweep's threads see them on this machine now; every run of
 * the sweep then costs build + steps x producers x that time, and the runs share the threads. What
 * the pilot's runs took beyond these rates is the JVM warming up, which the sweep pays once as
 * well.
 *
 * @param runs the runs to estimate (the shard's)
 * @param threads the sweep's threads
 * @param pilot what the pilot did
 * @param buildSeconds mean time to load the scenario and build the model of a run
 * @param producerStepNanos mean time per producer-step
 * @param producerSteps the producer-steps of all runs
 * @param warmUpSeconds wall time the sweep loses warming up
 * @param wallSeconds the estimate
 */
public record PilotEstimate(
    long runs,
    int threads,
    Pilot pilot,
    double buildSeconds,
    double producerStepNanos,
    double producerSteps,
    double warmUpSeconds,
    double wallSeconds) {

  /**
   * @param runs the pilot's runs
   * @param wholeRuns those that ran all their steps
   * @param seconds how long it took
   * @param warm whether any build or step began after the warm-up (if not, the rates are those of a
   *     cold JVM, an overestimate)
   */
  public record Pilot(int runs, int wholeRuns, double seconds, boolean warm) {}

  /**
   * The estimate for {@code runs} runs of {@code producerSteps} producer-steps in all, on {@code
   * threads} threads, from the pilot's {@code samples}, whose first {@code warmUpEnd} seconds were
   * the warm-up.
   */
  static PilotEstimate of(
      List<SweepPilot.Sample> samples,
      double warmUpEnd,
      long runs,
      double producerSteps,
      int threads) {
    if (samples.isEmpty()) {
      return new PilotEstimate(runs, threads, new Pilot(0, 0, 0, false), 0, 0, producerSteps, 0, 0);
    }
    int width = (int) Math.max(1, Math.min(threads, runs));
    // Builds and steps begun after the warm-up; all of them when none were.
    List<SweepPilot.Sample> warmBuilds =
        samples.stream().filter(s -> s.startedAt() >= warmUpEnd).toList();
    double build =
        (warmBuilds.isEmpty() ? samples : warmBuilds)
            .stream().mapToDouble(s -> s.timing().buildNanos() / 1e9).average().orElseThrow();
    double warmNanos = 0;
    double warmProducerSteps = 0;
    double allNanos = 0;
    double allProducerSteps = 0;
    double seconds = 0;
    int whole = 0;
    for (SweepPilot.Sample s : samples) {
      SweepRun.Timing t = s.timing();
      warmNanos += t.warmStepNanos();
      warmProducerSteps += (double) t.producers() * t.warmSteps();
      allNanos += t.stepNanos();
      allProducerSteps += (double) t.producers() * t.stepsRun();
      seconds = Math.max(seconds, s.startedAt() + (t.buildNanos() + t.stepNanos()) / 1e9);
      whole += t.stepsRun() == t.steps() ? 1 : 0;
    }
    double perProducerStep =
        warmProducerSteps > 0 ? warmNanos / warmProducerSteps : allNanos / allProducerSteps;
    // What the pilot's runs took beyond these rates is the warm-up, paid once by a sweep too.
    double excess = 0;
    for (SweepPilot.Sample s : samples) {
      SweepRun.Timing t = s.timing();
      excess +=
          (t.buildNanos() + t.stepNanos() - perProducerStep * t.producers() * t.stepsRun()) / 1e9
              - build;
    }
    double warmUp = Math.max(0, excess / width);
    double threadSeconds = runs * build + producerSteps * perProducerStep / 1e9;
    return new PilotEstimate(
        runs,
        threads,
        new Pilot(samples.size(), whole, seconds, !warmBuilds.isEmpty() || warmProducerSteps > 0),
        build,
        perProducerStep,
        producerSteps,
        warmUp,
        threadSeconds / width + warmUp);
  }

  /** How the estimate was made, in a few lines, for the dry run's output. */
  public String explain() {
    int width = (int) Math.max(1, Math.min(threads, runs));
    return String.format(
        Locale.ROOT,
        "pilot: %d run(s) of this sweep in %.1f s on %d "
            + "thread(s)%s; %s it took %s to load and build a run and %.3g us per producer-step%n"
            + "estimate: %d run(s) x %s + %.3g million producer-steps x %.3g us, over %d "
            + "thread(s)%s = %s",
        pilot.runs(),
        pilot.seconds(),
        width,
        pilot.wholeRuns() == pilot.runs()
            ? ""
            : " (" + (pilot.runs() - pilot.wholeRuns()) + " stopped part-way when the time was up)",
        pilot.warm()
            ? String.format(Locale.ROOT, "after %.0f s of warm-up", SweepPilot.WARM_UP_SECONDS)
            : "still warming up (an overestimate),",
        milliseconds(buildSeconds),
        producerStepNanos / 1e3,
        runs,
        milliseconds(buildSeconds),
        producerSteps / 1e6,
        producerStepNanos / 1e3,
        width,
        warmUpSeconds > 0 ? String.format(Locale.ROOT, ", + %.1f s of warm-up", warmUpSeconds) : "",
        Durations.text(wallSeconds));
  }

  private static String milliseconds(double seconds) {
    return String.format(Locale.ROOT, "%.3g ms", seconds * 1e3);
  }
}
