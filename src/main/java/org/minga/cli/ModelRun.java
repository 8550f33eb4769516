package org.minga.cli;

import java.io.UncheckedIOException;
import java.util.List;
import org.minga.metrics.HouseholdSelection;
import org.minga.metrics.HouseholdYearObserver;
import org.minga.metrics.MetricsRecorder;
import org.minga.metrics.StepObserver;
import org.minga.model.InvariantViolation;
import org.minga.model.MingaModel;
import org.minga.scenario.ModelInputs;

/**
 * Runs the model for a number of steps with observers attached, and turns failures inside the run
 * into {@link CliFailure}s with the step at which they happened. Shared by every command that runs
 * the model.
 */
final class ModelRun {
  /** What a completed run reports. */
  record Result(int steps, double wallTimeSeconds) {}

  /** What a participatory session adds to a run: players seated, their choices each month. */
  interface Session {
    /** Once the model has started: seats the players. */
    void started(MingaModel model);

    /** Before each step: the month's choices, collected before it runs. */
    default void beforeStep(MingaModel model) {}

    /** After each step. */
    default void afterStep(MingaModel model) {}
  }

  /** Nobody plays. */
  static final Session NOBODY = model -> {};

  private ModelRun() {}

  /**
   * Builds the model from {@code inputs}, runs {@code steps} steps (at most the horizon) and calls
   * every observer's onFinish.
   *
   * @throws CliFailure exit 3 when the model fails (an invariant violation or another error inside
   *     the step loop); exit 1 when an observer cannot write its file
   */
  static Result run(
      ModelInputs inputs, int steps, boolean checkInvariants, List<StepObserver> observers) {
    return run(inputs, steps, checkInvariants, observers, HouseholdSelection.NONE, null);
  }

  /**
   * As {@link #run(ModelInputs, int, boolean, List)}, also sending the yearly households panel of
   * {@code households} to {@code householdRows} (when both are given).
   */
  static Result run(
      ModelInputs inputs,
      int steps,
      boolean checkInvariants,
      List<StepObserver> observers,
      HouseholdSelection households,
      HouseholdYearObserver householdRows) {
    return run(inputs, steps, checkInvariants, observers, households, householdRows, NOBODY);
  }

  /** As above, with the players of {@code session}. */
  static Result run(
      ModelInputs inputs,
      int steps,
      boolean checkInvariants,
      List<StepObserver> observers,
      HouseholdSelection households,
      HouseholdYearObserver householdRows,
      Session session) {
    long start = System.nanoTime();
    MingaModel model = new MingaModel(inputs);
    model.setCheckInvariants(checkInvariants);
    int done = 0;
    try {
      model.start();
      MetricsRecorder recorder = MetricsRecorder.attach(model);
      observers.forEach(recorder::addObserver);
      if (householdRows != null) {
        recorder.addHouseholdObserver(households, householdRows);
      }
      session.started(model);
      while (done < steps && model.completedSteps() < model.totalSteps()) {
        session.beforeStep(model);
        model.stepOnce();
        session.afterStep(model);
        done++;
      }
      model.finish();
      recorder.finish();
    } catch (UncheckedIOException e) {
      throw new CliFailure(
          ExitCodes.FAILURE,
          "cannot write outputs at step "
              + done
              + ": "
              + e.getMessage()
              + " ("
              + IoMessages.describe(e.getCause())
              + ")",
          e);
    } catch (RuntimeException e) {
      throw modelFailure(e, done);
    }
    return new Result(done, (System.nanoTime() - start) / 1e9);
  }

  private static CliFailure modelFailure(RuntimeException e, int step) {
    if (e instanceof InvariantViolation) {
      // Its message already says which invariant broke and at which step.
      return new CliFailure(ExitCodes.INVARIANT_VIOLATION, e.getMessage(), e);
    }
    return new CliFailure(
        ExitCodes.INVARIANT_VIOLATION,
        "the model failed at step "
            + step
            + ": "
            + e
            + ". This is probably a bug in Minga; please report it with the scenario and the "
            + "command line (set "
            + ErrorReporter.DEBUG_VARIABLE
            + "=1 for the stack trace).",
        e);
  }
}
