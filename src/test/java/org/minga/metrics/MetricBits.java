package org.minga.metrics;

import java.util.ArrayList;
import java.util.List;

/** Every step's metrics as raw bits, one string a step: runs compared bit for bit. */
public final class MetricBits {
  private MetricBits() {}

  /** The list the recorder's steps fill from now on. */
  public static List<String> of(MetricsRecorder recorder) {
    List<String> rows = new ArrayList<>();
    recorder.addObserver(
        (step, values, tracked) -> {
          StringBuilder b = new StringBuilder();
          for (double v : values) {
            b.append(Long.toHexString(Double.doubleToRawLongBits(v))).append(',');
          }
          rows.add(b.toString());
        });
    return rows;
  }
}
