package org.minga.chart;

import java.util.ArrayList;
import java.util.List;
import org.minga.metrics.Metrics;

/** Synthetic steps for chart tests: every value known in advance, no model run needed. */
final class Rows {
  private Rows() {}

  /**
   * Steps {@code from} to {@code to - 1}; metric k at step s is {@code scale * (k + 1) + s}, and
   * the four channel shares are 0.1, 0.2, 0.3 and 0.4 times {@code scale}.
   */
  static List<StepRow> of(int from, int to, double scale) {
    List<StepRow> rows = new ArrayList<>();
    for (int s = from; s < to; s++) {
      double[] v = new double[Metrics.ALL.size()];
      for (int k = 0; k < v.length; k++) {
        v[k] = scale * (k + 1) + s;
      }
      String[] shares = {
        "share_intermediary", "share_cooperative", "share_contract", "share_local_market"
      };
      for (int i = 0; i < shares.length; i++) {
        v[Metrics.index(shares[i])] = scale * 0.1 * (i + 1);
      }
      v[Metrics.index("active_firms")] = 1; // no firm entries or exits
      rows.add(new StepRow(s, v, new int[0], new double[0]));
    }
    return rows;
  }

  /** Charts (start year 1990) holding steps 0 to {@code steps - 1} of {@link #of}(.., 1). */
  static MingaCharts charted(int steps, boolean allSeries) {
    MingaCharts charts = new MingaCharts(ChartStyle.STANDARD, 1440, 1990, allSeries);
    charts.appendAll(of(0, steps, 1));
    return charts;
  }

  static double value(StepRow row, String metric) {
    return row.value(Metrics.index(metric));
  }
}
