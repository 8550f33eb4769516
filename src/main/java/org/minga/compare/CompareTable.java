package org.minga.compare;

import java.util.ArrayList;
import java.util.List;
import org.minga.metrics.Metrics;
import org.minga.output.CsvNumbers;
import org.minga.stats.Interval;

/**
 * compare.csv: per metric and window, the base's and the variant's means and the paired difference
 * (variant - base, replicate by replicate) with its 95% t interval, cut at the range a difference
 * of the metric can take ([-1, 1] for a share), over the n replicates where both runs have a value.
 */
final class CompareTable {
  static final String FILE = "compare.csv";
  static final String HEADER =
      "metric,window,base_mean,variant_mean,diff_mean,diff_ci_low," + "diff_ci_high,n";

  /** One row: the two means and the difference's interval. */
  record Row(String metric, String window, double baseMean, double variantMean, Interval diff) {}

  private CompareTable() {}

  /** Every metric over every window, from the replicates in replicate order. */
  static List<Row> rows(List<String> metrics, List<Window> windows, List<PairedRun> pairs) {
    List<Row> rows = new ArrayList<>();
    for (int m = 0; m < metrics.size(); m++) {
      for (int w = 0; w < windows.size(); w++) {
        int i = m * windows.size() + w;
        double[] diffs = new double[pairs.size()];
        double base = 0;
        double variant = 0;
        int n = 0;
        for (int k = 0; k < pairs.size(); k++) {
          double b = pairs.get(k).base()[i];
          double v = pairs.get(k).variant()[i];
          boolean both = !Double.isNaN(b) && !Double.isNaN(v);
          diffs[k] = both ? v - b : Double.NaN;
          if (both) {
            base += b;
            variant += v;
            n++;
          }
        }
        rows.add(
            new Row(
                metrics.get(m),
                windows.get(w).label(),
                n == 0 ? Double.NaN : base / n,
                n == 0 ? Double.NaN : variant / n,
                Interval.ofMean(diffs, Metrics.get(metrics.get(m)).bounds().differences())));
      }
    }
    return rows;
  }

  /**
   * The widest difference interval among the rows of {@code focus} metrics: infinite when one rests
   * on fewer than two replicates; rows of a metric no run defines are left out.
   */
  static double widest(List<Row> rows, List<String> focus) {
    double widest = 0;
    for (Row r : rows) {
      if (focus.contains(r.metric()) && r.diff().n() > 0) {
        double w = r.diff().n() < 2 ? Double.POSITIVE_INFINITY : r.diff().width();
        widest = Math.max(widest, w);
      }
    }
    return widest;
  }

  static String csv(List<Row> rows) {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    for (Row r : rows) {
      sb.append(r.metric()).append(',').append(r.window());
      for (double x :
          new double[] {
            r.baseMean(), r.variantMean(), r.diff().mean(), r.diff().low(), r.diff().high()
          }) {
        sb.append(',').append(CsvNumbers.format(x));
      }
      sb.append(',').append(r.diff().n()).append('\n');
    }
    return sb.toString();
  }
}
