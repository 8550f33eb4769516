package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.8 maturity and stylised fact 13, the maturity lag: associative enterprises took
 * about six years to reach sustained growth ([RedEAmerica-nd, “Proceso de aprendizaje
 * organizacional”]); a young cooperative's services and bargaining scale with a maturity that ramps
 * from initial_maturity to 1 over maturity_years.
 */
class MaturityTest {

  /** Two mature cooperatives from the start, two young ones created by a state programme. */
  private static final String MIXED =
      """
      territory: {width_km: 40, height_km: 40, clusters: 6}
      prices: {process: constant}
      producers: {cash: 50000}
      cooperatives:
        count: 2
        reach_km: 15
        min_members: 0
        credit_line: 1000000
        formation: {enabled: false}
      policies:
        promotion: {enabled: true, start: 0, create_at_start: 2, grant_per_month: 5000}
      """;

  @Test
  void maturityRampsFromItsInitialShareToOneOverTheMaturityYears() {
    // initial_maturity 0.2 and maturity_years 4: +0.2 at each assembly, 1 from the fourth on,
    // and never above 1. Cooperatives there from the start are mature (1) throughout.
    MechanismRun r =
        MechanismRun.of(
            MIXED,
            "producers.count=400",
            "years=6",
            "cooperatives.initial_maturity=0.2",
            "cooperatives.maturity_years=4");
    r.steps(1); // the programme creates its cooperatives at its start step, 0
    Cooperative young = r.m.cooperatives.get(2);
    Cooperative mature = r.m.cooperatives.get(0);
    double[] expected = {0.2, 0.4, 0.6, 0.8, 1.0, 1.0};
    for (int year = 0; year < 6; year++) {
      r.until(12 * year + 1);
      assertTrue(young.isActive());
      assertEquals(expected[year], young.maturity(), 1e-9, "after assembly of year " + year);
      assertEquals(1, mature.maturity(), 0.0);
    }
  }

  @Test
  void aYoungCooperativesMembersGetASmallerCollectivePurchaseDiscount() {
    // The discount on inputs is purchase_discount (0.33) x maturity: members of a mature
    // cooperative pay 420 x 0.67 = 281.4 per ha, members of a new one (maturity 0.3)
    // 420 x (1 - 0.099) = 378.4. Ample cash, so everyone pays its whole input bill; read over
    // the first season, before any delivery record or membership changes.
    MechanismRun r = MechanismRun.of(MIXED, "producers.count=400", "years=2");
    r.steps(1);
    int[] coopAtStart = new int[r.m.producers.length];
    for (Producer p : r.m.producers) {
      coopAtStart[p.id] = p.cooperative();
    }
    r.until(12);
    double[] sum = new double[2];
    int[] n = new int[2];
    for (Producer p : r.m.producers) {
      if (p.isMember() && p.cooperative() == coopAtStart[p.id]) {
        int young = r.m.cooperatives.get(p.cooperative()).maturity() < 1 ? 1 : 0;
        sum[young] += p.inputCostPerHa12();
        n[young]++;
      }
    }
    assertTrue(n[0] > 20 && n[1] > 20, "members: " + n[0] + " mature, " + n[1] + " young");
    assertEquals(420 * (1 - 0.33), sum[0] / n[0], 1.0);
    assertEquals(420 * (1 - 0.33 * 0.3), sum[1] / n[1], 1.0);
  }

  @Test
  void aYoungCooperativeEarnsLessOfItsBuyersPremium() {
    // Bargaining also matures: the buyer-contract premium (7%) is scaled by maturity.
    MingaModel m =
        ModelFixture.start(
            MIXED, "producers.count=200", "years=1", "cooperatives.certification.share=0");
    ModelFixture.run(m, 1);
    Cooperative mature = m.cooperatives.get(0);
    Cooperative young = m.cooperatives.get(2);
    mature.buyerContract().sign();
    young.buyerContract().sign();
    assertEquals(107, CooperativeOffer.salePrice(m, mature, 100), 1e-9);
    assertEquals(100 * (1 + 0.07 * 0.3), CooperativeOffer.salePrice(m, young, 100), 1e-9);
  }
}
