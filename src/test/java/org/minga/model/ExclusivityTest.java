package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.9: firms enforce exclusivity more strictly when the world price is high
 * ([MunozViana-nd, ch. 4 “Inserción de los pequeños productores en los mercados”]): detection =
 * base + slope x max(0, P / base price - 1), at most 1.
 */
class ExclusivityTest {

  @Test
  void yearlyDetectionRisesWithThePriceAboveItsBase() {
    String yaml =
        """
        prices: {process: constant, base: 100}
        firms:
          - {name: tractor, entry_rule: always, exclusivity_base: 0.2,
             exclusivity_price_slope: 0.8}
        """;
    MingaModel m = ModelFixture.start(yaml, "producers.count=100", "years=1");
    TractorFirm f = m.firms[0];
    double[] ratio = {0.5, 1.0, 1.25, 1.5, 2.0, 3.0};
    double[] expected = {0.2, 0.2, 0.4, 0.6, 1.0, 1.0};
    double previous = 0;
    for (int k = 0; k < ratio.length; k++) {
      m.prices.world = 100 * ratio[k];
      double d = Exclusivity.yearlyDetection(m, f);
      assertEquals(expected[k], d, 1e-12, "P / base = " + ratio[k]);
      assertTrue(d >= previous, "never falls as the price rises");
      previous = d;
      // Spread over the four harvest months so that a season's detection matches the year's.
      double monthly = Exclusivity.monthlyDetection(m, f);
      assertEquals(d, 1 - Math.pow(1 - monthly, 4), 1e-12);
    }
  }
}
