package org.minga.compare;

import java.util.ArrayList;
import java.util.List;
import org.minga.sweep.MetricSummary;

/**
 * A window a metric is summarised over in compare.csv, with the sweep's summaries ({@link
 * MetricSummary}): the final value, the mean over the whole run, and any extra mean windows.
 *
 * @param label the {@code window} column: {@code final}, {@code mean 0-239}
 */
record Window(String label, MetricSummary.Stat stat, int from, int to) {
  /** final, the mean over steps 0 to {@code steps - 1}, then a mean over each extra window. */
  static List<Window> of(List<int[]> extra, int steps) {
    List<Window> out = new ArrayList<>();
    out.add(new Window("final", MetricSummary.Stat.FINAL, 0, steps - 1));
    out.add(mean(0, steps - 1));
    extra.forEach(w -> out.add(mean(w[0], w[1])));
    return out;
  }

  private static Window mean(int from, int to) {
    return new Window("mean " + from + "-" + to, MetricSummary.Stat.MEAN, from, to);
  }

  /** Every metric over every window, metric by metric: summary m x windows + w. */
  static List<MetricSummary> summaries(List<String> metrics, List<Window> windows) {
    List<MetricSummary> out = new ArrayList<>();
    for (String m : metrics) {
      for (Window w : windows) {
        out.add(MetricSummary.of(m + " " + w.label, m, w.stat, w.from, w.to));
      }
    }
    return out;
  }
}
