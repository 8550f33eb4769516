package org.minga.sweep;

import java.util.List;
import org.minga.metrics.MetricsRecorder;
import org.minga.metrics.StepObserver;
import org.minga.model.MingaModel;
import org.minga.scenario.ModelInputs;

/**
 * One run of the model with observers: a fresh model from validated inputs, stepped at most a
 * number of steps, then finished. Nothing is shared between runs, so runs can go on any thread in
 * any order. Used by every run of a sweep and of a comparison.
 */
public final class ObservedRun {
  private ObservedRun() {}

  /** The model failed inside a step; {@link #step()} is the step it failed at. */
  public static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int step;

    Failure(int step, RuntimeException cause) {
      super("failed at step " + step + ": " + cause, cause);
      this.step = step;
    }

    public int step() {
      return step;
    }
  }

  /** Told when each step started and ended ({@code System.nanoTime}); true stops the run. */
  public interface StepTimer {
    boolean stepped(long startNanos, long endNanos);
  }

  /**
   * Runs at most {@code steps} steps of a model built from {@code inputs}, every step's metrics
   * going to {@code observers}; returns the steps run.
   *
   * @throws Failure when the model throws
   */
  public static int run(ModelInputs inputs, int steps, List<StepObserver> observers) {
    return run(inputs, steps, observers, null);
  }

  /** As {@link #run(ModelInputs, int, List)}, timing each step with {@code timer} (or null). */
  public static int run(
      ModelInputs inputs, int steps, List<StepObserver> observers, StepTimer timer) {
    MingaModel model = new MingaModel(inputs);
    int done = 0;
    try {
      model.start();
      MetricsRecorder recorder = MetricsRecorder.attach(model);
      observers.forEach(recorder::addObserver);
      long before = System.nanoTime();
      while (done < steps && model.stepOnce()) {
        done++;
        if (timer != null) {
          long after = System.nanoTime();
          if (timer.stepped(before, after)) {
            break;
          }
          before = after;
        }
      }
      model.finish();
      recorder.finish();
    } catch (RuntimeException e) {
      throw new Failure(done, e);
    }
    return done;
  }
}
