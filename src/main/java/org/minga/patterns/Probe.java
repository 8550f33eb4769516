package org.minga.patterns;

import org.minga.model.MingaModel;

/**
 * Reads one number out of a run: sees every step's metrics (and the model, read only) and returns
 * its value at the end. A new probe is made for every run.
 */
public interface Probe {
  /**
   * Called at every METRICS phase.
   *
   * @param model the running model; read it, never change it
   * @param step the step just completed
   * @param values this step's metrics in {@link org.minga.metrics.Metrics#ALL} order (reused
   *     between steps: copy what you keep)
   */
  void onStep(MingaModel model, int step, double[] values);

  /** The measured value once the run is over (NaN when the run gave nothing to measure). */
  double result();

  /**
   * The measure as a vector, for checks that compare arms element by element (e.g. household by
   * household, which common random numbers make meaningful). Default: {@code {result()}}.
   */
  default double[] vector() {
    return new double[] {result()};
  }
}
