package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minga.metrics.Metrics;
import org.minga.metrics.MetricsRecorder;
import org.minga.scenario.IntermediaryConfig;

/**
 * docs/model.md 7.3 and 7.9, stylised fact 6: intermediaries' margins fall as competition among
 * them rises.
 */
class IntermediaryMarginsTest {

  @Test
  void theCompetitiveTargetFallsWithTheNumberOfCompetitors() {
    // target = base / (1 + k (n - 1)), floored at the minimum margin: defaults 0.20, k 0.25,
    // floor 0.04 give 0.20 alone, 0.16 with two, 0.0615 with ten and the floor with many.
    IntermediaryConfig ic = ModelFixture.inputs("").scenario().intermediaries();
    assertEquals(0.20, IntermediaryMargins.target(ic, 1), 1e-12);
    assertEquals(0.16, IntermediaryMargins.target(ic, 2), 1e-12);
    assertEquals(0.20 / 3.25, IntermediaryMargins.target(ic, 10), 1e-12);
    assertEquals(0.04, IntermediaryMargins.target(ic, 100), 1e-12);
    for (int n = 1; n < 30; n++) {
      assertTrue(IntermediaryMargins.target(ic, n + 1) <= IntermediaryMargins.target(ic, n));
    }
  }

  /** Mean margin after {@code steps} months with {@code count} intermediaries all in reach. */
  private static double meanMargin(int count, int steps) {
    MingaModel m =
        ModelFixture.start(
            "",
            "producers.count=300",
            "years=2",
            "intermediaries.count=" + count,
            "intermediaries.max_count=" + count,
            "intermediaries.reach_km=200",
            "cooperatives.count=0");
    MetricsRecorder r = MetricsRecorder.attach(m);
    ModelFixture.run(m, steps);
    int active = 0;
    for (Intermediary i : m.intermediaries) {
      if (i.isActive()) {
        active++;
        assertEquals(count, i.competitors(), "everyone is within reach of everyone");
      }
    }
    assertEquals(count, active, "no intermediary entered or left");
    return r.latest()[Metrics.index("mean_margin")];
  }

  @Test
  void tenCompetingIntermediariesEndUpWithMuchLowerMarginsThanTwo() {
    // Every intermediary reaches the whole territory, so each competes with all the others;
    // margins start at the base 0.20 and move 15% a month toward the target. After two years
    // they sit at the targets: 0.16 with two competitors, about 0.06 with ten.
    double two = meanMargin(2, 24);
    double ten = meanMargin(10, 24);
    assertEquals(0.16, two, 0.005);
    assertEquals(0.0615, ten, 0.005);
    assertTrue(ten < 0.5 * two, "ten: " + ten + ", two: " + two);
  }

  @Test
  void lowerMarginsMeanProducersReceiveMoreFromIntermediaries() {
    // The margin is what the producer loses: with ten competitors the mean intermediary price
    // over the second year is higher than with two, at the same (constant) world price.
    double[] price = new double[2];
    int[] counts = {2, 10};
    for (int k = 0; k < 2; k++) {
      MingaModel m =
          ModelFixture.start(
              "prices: {process: constant}",
              "producers.count=300",
              "years=2",
              "intermediaries.count=" + counts[k],
              "intermediaries.max_count=" + counts[k],
              "intermediaries.reach_km=200",
              "cooperatives.count=0");
      ModelFixture.run(m, 24);
      price[k] = m.book().price12(Channel.INTERMEDIARY);
    }
    // Margin gap 0.16 - 0.06 = 0.10 of a 120 price: about 12 per unit, less extra transport.
    assertTrue(price[1] - price[0] > 6, "two: " + price[0] + ", ten: " + price[1]);
  }
}
