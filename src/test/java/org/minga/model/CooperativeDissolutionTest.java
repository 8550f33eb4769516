package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.8, dissolution by membership: a cooperative dissolves when its membership stays
 * below min_members for min_member_years consecutive assemblies; its members become independent and
 * its positive reserve is shared among them. Invariants are checked after every step.
 */
class CooperativeDissolutionTest {

  /** Three solvent cooperatives, each well below a minimum of 1,000 members. */
  private static final String SMALL =
      """
      territory: {width_km: 40, height_km: 40, clusters: 6}
      prices: {process: constant}
      cooperatives:
        count: 3
        reach_km: 30
        min_members: 1000
        initial_reserve: 200000
        credit_line: 100000
        formation: {enabled: false}
      """;

  @Test
  void anInsolventCooperativeHasAGraceBeforeItDissolvesAndItsMembersLoseTrust() {
    // Reserves pushed 50,000 beyond the credit line (100,000): insolvent from this month. With
    // insolvency_months 3 it is still active after three insolvent months and dissolved at the
    // fourth; its members lose COLLAPSE_SHOCK of trust. A cooperative put back within its line
    // during the grace goes on.
    MechanismRun r =
        MechanismRun.of(
            SMALL,
            "producers.count=400",
            "years=2",
            "cooperatives.min_members=1",
            "cooperatives.insolvency_months=3");
    r.until(2);
    Cooperative sinking = r.m.cooperatives.get(0);
    Cooperative rescued = r.m.cooperatives.get(1);
    for (Cooperative c : List.of(sinking, rescued)) {
      double cut = c.reserve() + 150_000;
      r.m.ledger.transfer(c, Ledger.Account.OPERATING_COSTS, cut, Ledger.Reason.OPERATING_COSTS);
    }
    List<Producer> members = new ArrayList<>();
    double[] trust = new double[r.m.producers.length];
    for (int id : sinking.members()) {
      members.add(r.m.producers[id]);
      trust[id] = r.m.producers[id].trust();
    }
    assertTrue(members.size() > 20);
    r.until(4);
    double lift = 200_000;
    r.m.ledger.transfer(Ledger.Account.GRANTS, rescued, lift, Ledger.Reason.GRANT);
    r.until(5);
    assertTrue(sinking.isActive(), "three insolvent months: still active");
    r.until(6);
    assertTrue(!sinking.isActive(), "the fourth: dissolved");
    assertTrue(rescued.isActive(), "back within its line: goes on");
    for (Producer p : members) {
      assertEquals(-1, p.cooperative());
      // The collapse costs 0.3 of trust; no assembly came in between to change it otherwise.
      assertEquals(Math.max(0, trust[p.id] - TrustDynamics.COLLAPSE_SHOCK), p.trust(), 0.05);
    }
  }

  @Test
  void aCooperativeBelowTheMinimumForTheSetYearsDissolvesAndItsMembersBecomeIndependent() {
    // min_member_years 2: the first assembly (step 12) counts one year below the minimum, the
    // second (step 24) two, and then every cooperative dissolves. Until then they all operate.
    MechanismRun r =
        MechanismRun.of(SMALL, "producers.count=400", "years=3", "cooperatives.min_member_years=2");
    r.until(24);
    assertEquals(3, r.get("active_cooperatives"));
    List<Producer> members = new ArrayList<>();
    for (Producer p : r.m.producers) {
      if (p.isMember()) {
        members.add(p);
      }
    }
    assertTrue(members.size() > 50);
    r.steps(1);
    assertEquals(0, r.get("active_cooperatives"));
    assertEquals(3, r.get("cooperatives_dissolved"));
    assertEquals(0, r.get("membership_rate"));
    for (Producer p : members) {
      assertEquals(-1, p.cooperative());
      assertTrue(p.isActive());
    }
    for (Cooperative c : r.m.cooperatives) {
      assertEquals(24, c.dissolvedAt());
      assertEquals(0, c.memberCount());
      assertEquals(0, c.reserve(), 0.0);
    }
    // The former members go on as independents, selling to intermediaries; every invariant
    // (money, volume, membership) keeps holding after the dissolution.
    r.until(36);
    assertTrue(r.get("share_intermediary") > 0.99, "share " + r.get("share_intermediary"));
  }

  @Test
  void oneYearBelowTheMinimumIsNotEnoughWhenTheRuleAsksForMore() {
    // min_member_years 3: after two assemblies below the minimum all three still operate.
    MechanismRun r =
        MechanismRun.of(SMALL, "producers.count=400", "years=3", "cooperatives.min_member_years=3");
    r.until(25);
    assertEquals(3, r.get("active_cooperatives"));
    assertEquals(0, r.get("cooperatives_dissolved"));
  }

  @Test
  void dissolutionSharesAPositiveReserveAmongTheMembers() {
    // Members of a dissolved cooperative receive equal shares of its positive reserve.
    MingaModel m = ModelFixture.start(SMALL, "producers.count=300", "years=1");
    Cooperative c = m.cooperatives.get(0);
    int n = c.memberCount();
    double reserve = c.reserve();
    int[] ids = c.members();
    double[] cash = new double[ids.length];
    for (int k = 0; k < ids.length; k++) {
      cash[k] = m.producers[ids[k]].cash();
    }
    CooperativeDissolution.dissolve(m, c, true);
    for (int k = 0; k < ids.length; k++) {
      assertEquals(cash[k] + reserve / n, m.producers[ids[k]].cash(), 1e-6);
    }
    new Invariants(m).check(0);
  }
}
