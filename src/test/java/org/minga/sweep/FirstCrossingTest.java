package org.minga.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minga.metrics.Metrics;

/**
 * A first crossing is a move across the threshold. The runs of the issue: membership that merely
 * starts below 0.25 was reported as "crossed at step 0".
 */
class FirstCrossingTest {
  private static final int MEMBERSHIP = Metrics.index("membership_rate");

  private static double crossing(boolean startCounts, int from, double... membership) {
    MetricSummary below =
        new MetricSummary(
            "collapse",
            "membership_rate",
            MEMBERSHIP,
            MetricSummary.Stat.FIRST_CROSSING,
            from,
            Integer.MAX_VALUE,
            0.25,
            false,
            startCounts);
    SummaryObserver o = new SummaryObserver(List.of(below));
    double[] row = new double[Metrics.ALL.size()];
    for (int step = 0; step < membership.length; step++) {
      row[MEMBERSHIP] = membership[step];
      o.onStep(step, row, null);
    }
    return o.values()[0];
  }

  @Test
  void aRunThatStartsBelowHasNotCrossedAtStepZero() {
    assertTrue(
        Double.isNaN(crossing(false, 0, 0.21, 0.2, 0.22, 0.2)),
        "below from the start and never above: no crossing, not step 0");
    assertEquals(
        0.0,
        crossing(true, 0, 0.21, 0.2, 0.22, 0.2),
        "unless the summary says a start below counts");
  }

  @Test
  void aRunThatStartsBelowCrossesWhenItFallsBackFromAbove() {
    assertEquals(4.0, crossing(false, 0, 0.2, 0.3, 0.3, Double.NaN, 0.24, 0.1));
    assertEquals(0.0, crossing(true, 0, 0.2, 0.3, 0.3, Double.NaN, 0.24, 0.1));
  }

  @Test
  void aRunStartingAboveCrossesAtItsFirstStepBelowAndTheWindowCounts() {
    assertEquals(2.0, crossing(false, 0, 0.4, 0.3, 0.25, 0.1));
    // The window opens at step 2, already at the threshold: not a crossing inside the window.
    assertTrue(Double.isNaN(crossing(false, 2, 0.4, 0.3, 0.25, 0.1)));
    assertEquals(2.0, crossing(true, 2, 0.4, 0.3, 0.25, 0.1));
  }
}
