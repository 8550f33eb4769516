package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minga.metrics.Metrics;
import org.minga.metrics.MetricsRecorder;

/**
 * Stylised fact 11 and docs/model.md 7.2: members of a cooperative buying inputs collectively pay
 * about a third less per hectare ([RedEAmerica-nd, box “LA RED DE EMPRESAS DE MUEBLES DE SANTIAGO
 * DE LOS CABALLEROS…”]: -33%).
 */
class CollectivePurchaseTest {

  /** Ample cash so that every household pays its full input bill (payments are capped by cash). */
  private static final String[] COMMON = {
    "producers.count=400", "years=1", "producers.cash=100000", "producers.input_cost_per_ha=420"
  };

  private static double[] yearOfInputCosts(String... extra) {
    String[] args = new String[COMMON.length + extra.length];
    System.arraycopy(COMMON, 0, args, 0, COMMON.length);
    System.arraycopy(extra, 0, args, COMMON.length, extra.length);
    MingaModel m = ModelFixture.start("", args);
    MetricsRecorder r = MetricsRecorder.attach(m);
    ModelFixture.run(m, 12);
    double[] v = r.latest();
    return new double[] {
      v[Metrics.index("input_cost_members")], v[Metrics.index("input_cost_others")]
    };
  }

  @Test
  void membersOfAMatureCooperativePayAThirdLessInputCostPerHa() {
    // Initial cooperatives are mature (maturity 1) and members start with a full delivery
    // record, so over the first year each member pays 420 x (1 - 0.33) per ha and each
    // non-member 420: a ratio of 0.67.
    double[] on = yearOfInputCosts();
    assertEquals(420, on[1], 1e-6, "non-members pay the full input cost");
    assertEquals(0.67, on[0] / on[1], 0.005, "members pay a third less");
  }

  @Test
  void withoutCollectivePurchaseMembersPayTheSameAsOthers() {
    // The service switched off: no discount, so members pay exactly what non-members pay.
    double[] off = yearOfInputCosts("cooperatives.services.collective_purchase=false");
    assertEquals(420, off[0], 1e-6);
    assertEquals(420, off[1], 1e-6);
  }

  @Test
  void theDiscountGrowsWithMaturityAndNeedsAKeptCommitment() {
    // Direct check of Production.inputCostDue in a harvest month (share 1/4 of the yearly
    // cost): the discount scales with the cooperative's maturity (5.6: services ramp up with
    // age), and is withheld from members who delivered under half their commitment.
    MingaModel m = ModelFixture.start("", COMMON);
    m.step = 4; // May, a harvest month
    Producer member = null;
    Producer other = null;
    for (Producer p : m.producers) {
      if (p.isMember() && member == null) {
        member = p;
      } else if (!p.isMember() && other == null) {
        other = p;
      }
    }
    assertTrue(member != null && other != null);
    Cooperative c = m.cooperatives.get(member.cooperative());
    double full = 420 * member.area() / 4;
    assertEquals(420 * other.area() / 4, Production.inputCostDue(m, other), 1e-9);
    assertEquals(full * 0.67, Production.inputCostDue(m, member), 1e-9);
    c.life().setMaturity(0.3);
    assertEquals(full * (1 - 0.33 * 0.3), Production.inputCostDue(m, member), 1e-9);
    c.life().setMaturity(1);
    // A season in which it delivered 40 of the 100 units it committed: record 0.4.
    member.commitToCooperative(100);
    member.recordDelivery(0, c.payments().batches().length(), 40);
    member.closeDeliverySeason();
    assertEquals(full, Production.inputCostDue(m, member), 1e-9);
    m.step = 1; // February: no harvest, no input bill
    assertEquals(0, Production.inputCostDue(m, member), 0.0);
  }
}
