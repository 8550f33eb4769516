package org.minga.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The run without a facilitator's change (a shock injected, a lever switched), computed in the
 * background from step 0, drawn as faded lines from the last step both runs share up to the
 * last step charted: the room sees where the path branched off, never where it is going.
 */
final class Counterfactual {
  private final List<StepRow> rows;
  private final int fromStep;
  private final String label;
  private final String legend;
  private final Map<Integer, StepRow> byStep = new HashMap<>();

  /**
   * @param rows the whole alternative run, possibly longer than what is charted
   * @param fromStep the step the change took effect in the charted run
   * @param label what the alternative run is without, e.g. "price crash x0.5"
   * @param legend the legend entry of the faded lines
   */
  Counterfactual(List<StepRow> rows, int fromStep, String label, String legend) {
    this.rows = List.copyOf(rows);
    this.fromStep = fromStep;
    this.label = label;
    this.legend = legend;
    rows.forEach(r -> byStep.put(r.step(), r));
  }

  List<StepRow> rows() {
    return rows;
  }

  int fromStep() {
    return fromStep;
  }

  String label() {
    return label;
  }

  /** The alternative run's row at {@code step}; null before the branch point or past its end. */
  StepRow at(int step) {
    return step < fromStep - 1 ? null : byStep.get(step);
  }

  /** The legend entry of the faded lines. */
  String legend() {
    return legend;
  }
}
