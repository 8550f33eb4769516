package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.3, the advance rules (AdvanceRule): a sharp fall inside the harvest hurts
 * cooperatives that advance on a lagged reference price more than those that revise the advance
 * when spot falls below it, or that advance on spot with a margin. Common random numbers: the same
 * scenario and seed, only the advance rule differs.
 */
class AdvanceRuleTest {

  /**
   * The price is 60% up from January (so a 6-month lagged reference stays high through the harvest,
   * May-August), then halves in May, the first harvest month. The board risks all its liquidity on
   * advances above spot (exposure_limit 1): nothing else cushions the fall.
   */
  private static final String YAML =
      """
      territory: {width_km: 30, height_km: 30, clusters: 4}
      prices:
        process: constant
        base: 120
        shocks: [{at: 0, duration: 24, multiplier: 1.6}, {at: 4, duration: 12, multiplier: 0.5}]
      cooperatives:
        count: 4
        reach_km: 40
        reference_rule: lagged
        reference_lag_months: 6
        initial_reserve: 15000
        credit_line: 10000
        exposure_limit: 1
        mismanagement_rate: 0
        formation: {enabled: false}
      producers: {initial_member_share: 0.6}
      firms: []
      """;

  private static MingaModel run(String... sets) {
    String[] all = new String[sets.length + 2];
    all[0] = "producers.count=600";
    all[1] = "years=2";
    System.arraycopy(sets, 0, all, 2, sets.length);
    return ModelFixture.start(YAML, all);
  }

  /** Lowest total reserve of the cooperatives over the months through {@code until}. */
  private static double lowestReserve(MingaModel m, int until) {
    double lowest = Double.POSITIVE_INFINITY;
    while (m.completedSteps() < until) {
      ModelFixture.run(m, 1);
      double s = 0;
      for (Cooperative c : m.cooperatives) {
        s += c.isActive() ? c.reserve() : 0;
      }
      lowest = Math.min(lowest, s);
    }
    return lowest;
  }

  private static int active(MingaModel m) {
    int n = 0;
    for (Cooperative c : m.cooperatives) {
      n += c.isActive() ? 1 : 0;
    }
    return n;
  }

  @Test
  void aFallInsideTheHarvestHurtsLaggedAdvancesMoreThanRevisedOnes() {
    MingaModel lagged = run();
    MingaModel revised = run("cooperatives.advance_revision.enabled=true");
    MingaModel spot = run("cooperatives.advance_rule=spot_margin");
    // In May the lagged reference is January's price (192), spot is 96: the lagged advance is
    // far above what the sale brings; revision cuts it to the advance share of spot.
    ModelFixture.run(lagged, 5);
    ModelFixture.run(revised, 5);
    Cooperative l = lagged.cooperatives.get(0);
    Cooperative r = revised.cooperatives.get(0);
    assertEquals(
        0.75 * CooperativeOffer.salePrice(revised, r, 96), r.payments().advanceThisMonth(), 1e-9);
    assertTrue(
        l.payments().advanceThisMonth() > 1.2 * r.payments().advanceThisMonth(),
        "lagged "
            + l.payments().advanceThisMonth()
            + " vs revised "
            + r.payments().advanceThisMonth());
    double lowLagged = lowestReserve(lagged, 16);
    double lowRevised = lowestReserve(revised, 16);
    double lowSpot = lowestReserve(spot, 16);
    // 20,000 is a floor for "more": four cooperatives start with 15,000 each and the lagged
    // ones pay about twice what the sale brings on a harvest's deliveries, so their combined
    // lowest reserve falls by far more than that below the revised ones'.
    assertTrue(
        lowLagged < lowRevised - 20000,
        "lowest reserves: lagged " + lowLagged + ", revised " + lowRevised);
    assertTrue(
        lowLagged < lowSpot - 20000,
        "lowest reserves: lagged " + lowLagged + ", spot with margin " + lowSpot);
    // Risking all liquidity each harvest month on advances far above spot, lagged cooperatives
    // go beyond their credit line and dissolve; revising ones keep their reserves.
    assertTrue(
        active(lagged) < active(revised),
        "active: lagged " + active(lagged) + ", revised " + active(revised));
    assertEquals(4, active(revised));
  }

  @Test
  void withoutAFallRevisionChangesNothing() {
    // Revision only acts when spot is below the rule's advance by more than the trigger: in a
    // constant market the two runs are identical.
    String flat =
        YAML.replace(
            "shocks: [{at: 0, duration: 24, multiplier: 1.6}, {at: 4, duration: 12, multiplier: 0.5}]",
            "shocks: []");
    MingaModel a = ModelFixture.start(flat, "producers.count=600", "years=2");
    MingaModel b =
        ModelFixture.start(
            flat, "producers.count=600", "years=2", "cooperatives.advance_revision.enabled=true");
    ModelFixture.run(a, 24);
    ModelFixture.run(b, 24);
    for (int k = 0; k < a.cooperatives.size(); k++) {
      assertEquals(a.cooperatives.get(k).reserve(), b.cooperatives.get(k).reserve(), 0);
    }
  }
}
