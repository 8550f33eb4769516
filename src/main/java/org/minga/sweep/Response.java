package org.minga.sweep;

import java.util.ArrayList;
import java.util.List;
import org.minga.metrics.Bounds;
import org.minga.stats.Interval;

/**
 * One quantity a sweep's tables report per design point, read from a run's summaries: most
 * summaries are their own response; a first crossing gives two, the share of runs that crossed
 * ({@code <column>_crossed}, each run 1 or 0) and the step of the crossing among the runs that
 * crossed (its {@code given} is {@link #CROSSED}), so that runs which never crossed are counted as
 * an outcome rather than dropped as missing.
 *
 * @param name the name in summary.csv and sensitivity.csv
 * @param summary the index of the run summary it is read from
 * @param crossedShare whether it is the 0/1 outcome "the run crossed"
 * @param censored whether runs without a value did not cross, rather than lack a value
 * @param bounds the range of a run's value, which intervals stay inside
 */
record Response(String name, int summary, boolean crossedShare, boolean censored, Bounds bounds) {
  /** The condition of a first crossing's step statistics. */
  static final String CROSSED = "crossed";

  /** The suffix of a first crossing's share of runs that crossed. */
  static final String CROSSED_SUFFIX = "_crossed";

  /** The responses of {@code spec}'s summaries, in summary order. */
  static List<Response> of(SweepSpec spec) {
    int lastStep = spec.steps() == 0 ? Integer.MAX_VALUE : spec.steps() - 1;
    List<Response> out = new ArrayList<>();
    for (int i = 0; i < spec.metrics().size(); i++) {
      MetricSummary m = spec.metrics().get(i);
      boolean crossing = m.stat() == MetricSummary.Stat.FIRST_CROSSING;
      out.add(new Response(m.column(), i, false, crossing, m.bounds(lastStep)));
      if (crossing) {
        out.add(new Response(m.column() + CROSSED_SUFFIX, i, true, false, Bounds.UNIT));
      }
    }
    return out;
  }

  /** The names a summary's responses take in the tables. */
  static List<String> names(MetricSummary m) {
    return m.stat() == MetricSummary.Stat.FIRST_CROSSING
        ? List.of(m.column(), m.column() + CROSSED_SUFFIX)
        : List.of(m.column());
  }

  /** This response of one run, from the run's summaries: 1 or 0 for a crossed share. */
  double of(double[] runSummaries) {
    double v = runSummaries[summary];
    return crossedShare ? (Double.isNaN(v) ? 0 : 1) : v;
  }

  /** The interval of runs' values: Wilson for a share of runs, else t inside the bounds. */
  Interval interval(double[] values) {
    if (!crossedShare) {
      return Interval.ofMean(values, bounds);
    }
    int hits = 0;
    for (double v : values) {
      hits += v == 1 ? 1 : 0;
    }
    return Interval.ofShare(hits, values.length);
  }

  /** The condition the statistics are computed under: {@link #CROSSED} or empty (all runs). */
  String given() {
    return censored ? CROSSED : "";
  }
}
