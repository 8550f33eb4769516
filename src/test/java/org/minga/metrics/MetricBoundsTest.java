package org.minga.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minga.model.MingaModel;
import org.minga.model.ModelFixture;

/**
 * The bounds declared in the registry are what intervals are clipped to, so a bound tighter than
 * the metric's real range would hide real values: every declared bound must hold on runs that push
 * the metrics about (volatile prices, firms, credit, cooperatives dissolving and forming).
 */
class MetricBoundsTest {
  private static final String TURBULENT =
      """
      years: 6
      producers: {count: 500}
      prices: {process: regime_switching, sigma: 0.2}
      intermediaries: {count: 4}
      cooperatives: {count: 3, formation: {enabled: true, probability: 0.05, min_founders: 20}}
      commodity: {local_market: {enabled: true}}
      firms:
        - {entry_rule: always, target_producers: 80}
      policies:
        public_credit: {enabled: true, start: 14, end: 50}
        price_floor: {enabled: true, start: 24}
      """;

  @Test
  void everyShareIndexAndScoreIsDeclaredWithinZeroAndOne() {
    for (Metric m : Metrics.ALL) {
      if (m.unit().endsWith("0-1") && !m.unit().startsWith("month")) {
        assertEquals(Bounds.UNIT, m.bounds(), m.name() + " is in " + m.unit());
      }
    }
  }

  @Test
  void declaredBoundsHoldAtEveryStepOfTurbulentRuns() {
    List<String> outside = new ArrayList<>();
    int[] bounded = {0};
    for (long seed = 1; seed <= 3; seed++) {
      MingaModel m = ModelFixture.start(TURBULENT, "seed=" + seed);
      MetricsRecorder.attach(m)
          .addObserver(
              (step, v, tracked) -> {
                for (int i = 0; i < v.length; i++) {
                  Bounds b = Metrics.ALL.get(i).bounds();
                  if (b.bounded() && !Double.isNaN(v[i])) {
                    bounded[0]++;
                    if (v[i] < b.lower() || v[i] > b.upper()) {
                      outside.add(Metrics.ALL.get(i).name() + "=" + v[i] + " at step " + step);
                    }
                  }
                }
              });
      while (m.stepOnce()) {
        // the observer checks each step
      }
    }
    assertTrue(bounded[0] > 3 * 72 * 30, "the check saw bounded values: " + bounded[0]);
    assertTrue(outside.isEmpty(), String.join("\n", outside));
  }

  @Test
  void clippingKeepsValuesInsideAndDifferencesSpanBothWays() {
    assertEquals(0.0, Bounds.UNIT.clip(-0.2));
    assertEquals(1.0, Bounds.UNIT.clip(1.55));
    assertEquals(0.4, Bounds.UNIT.clip(0.4));
    assertTrue(Double.isNaN(Bounds.UNIT.clip(Double.NaN)));
    assertEquals(new Bounds(-1, 1), Bounds.UNIT.differences());
    assertEquals("[0, inf)", Bounds.NON_NEGATIVE.text());
    assertEquals(Bounds.NONE, Bounds.NON_NEGATIVE.differences());
  }
}
