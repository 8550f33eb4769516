package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** docs/model.md 7.2: output per harvest month and its dependence on capability. */
class ProductionTest {

  private static final String YAML =
      """
      commodity:
        harvest_months: [5, 6, 7]
        harvest_shares: [0.5, 0.3, 0.2]
      policies:
        technical_assistance: {yield_effect: 0.4}
      events:
        yield_shocks:
          - {at: 5, duration: 1, multiplier: 0.6}
      """;

  @Test
  void outputIsAreaTimesYieldTimesShareTimesShockTimesAssistanceInHarvestMonthsOnly() {
    // 5.2: output = area x yield x seasonal share x shock x (1 + TA effect x capability), and
    // nothing outside the harvest months. June (step 5) carries a 0.6 yield shock.
    MingaModel m = ModelFixture.start(YAML, "producers.count=150", "years=1");
    double[] shares = {0, 0, 0, 0, 0.5, 0.3, 0.2, 0, 0, 0, 0, 0};
    double[] shock = {1, 1, 1, 1, 1, 0.6, 1, 1, 1, 1, 1, 1};
    for (int month = 1; month <= 12; month++) {
      double[] out = WorldPriceInModelTest.harvestAt(m, month);
      for (int i = 0; i < out.length; i++) {
        Producer p = m.producers[i];
        double expected =
            p.area()
                * p.yieldPerHa()
                * shares[month - 1]
                * shock[month - 1]
                * (1 + 0.4 * p.capability());
        assertEquals(
            expected, out[i], 1e-9 * Math.max(1, expected), "producer " + i + ", month " + month);
      }
    }
  }

  @Test
  void aYearOfHarvestsAddsUpToTheExpectedYearlyOutput() {
    // Over a whole run of the model (all phases), the harvest months' output sums to
    // area x yield x (1 + TA effect x capability) per producer, less the June shock
    // (share 0.3 x (1 - 0.6) of the year). Capability changes only at yearly decisions,
    // which first run at step 12.
    MingaModel m = ModelFixture.start(YAML, "producers.count=150", "years=1");
    double expected = 0;
    for (Producer p : m.producers) {
      expected += p.area() * p.yieldPerHa() * (1 + 0.4 * p.capability()) * (1 - 0.3 * 0.4);
    }
    ModelFixture.run(m, 12);
    assertEquals(expected, m.book().produced(), 1e-9 * expected);
  }

  @Test
  void outputRisesInProportionToOnePlusAssistanceEffectTimesCapability() {
    // The same producer with capability 0 and 1: output ratio = 1 + TA effect (here 0.4), so a
    // skilled producer harvests 40% more; capability 0.5 gives half that gain.
    double[] byCap = new double[3];
    double[] caps = {0, 0.5, 1};
    for (int k = 0; k < 3; k++) {
      // The same producers (each attribute has its own random stream) at another capability.
      MingaModel m =
          ModelFixture.start(
              YAML, "producers.count=150", "years=1", "producers.capability=" + caps[k]);
      double[] out = WorldPriceInModelTest.harvestAt(m, 5);
      byCap[k] = out[7];
      for (int i = 0; i < out.length; i++) {
        Producer p = m.producers[i];
        assertEquals(p.area() * p.yieldPerHa() * 0.5 * (1 + 0.4 * caps[k]), out[i], 1e-9);
      }
    }
    assertEquals(1.4, byCap[2] / byCap[0], 1e-12);
    assertEquals(1.2, byCap[1] / byCap[0], 1e-12);
    assertTrue(byCap[0] > 0);
  }
}
