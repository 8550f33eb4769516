package org.minga.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.minga.metrics.StepObserver;
import org.minga.metrics.TrackedSample;

/** Collects every step of a headless run as {@link StepRow}s for the chart export. */
public final class ChartRecorder implements StepObserver {
  private final List<StepRow> rows = new ArrayList<>();

  @Override
  public void onStep(int step, double[] values, TrackedSample tracked) {
    rows.add(StepRow.copyOf(step, values, tracked));
  }

  /** The steps recorded so far, in order. */
  public List<StepRow> rows() {
    return Collections.unmodifiableList(rows);
  }
}
