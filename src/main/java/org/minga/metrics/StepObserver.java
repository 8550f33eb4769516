package org.minga.metrics;

/**
 * Receives each step's metrics at the observe phase (docs/model.md 3, the METRICS phase). The
 * arrays are reused from step to step: an observer that keeps values must copy them. Observers run
 * on the model's thread; a window must hand the copy to the event dispatch thread itself.
 */
public interface StepObserver {
  /**
   * @param step the step just completed (0-based month)
   * @param values one value per {@link Metrics#ALL} column, same order
   * @param tracked the tracked sample of households at this step
   */
  void onStep(int step, double[] values, TrackedSample tracked);

  /** Called once after the last step (flush and close files here). */
  default void onFinish() {}
}
