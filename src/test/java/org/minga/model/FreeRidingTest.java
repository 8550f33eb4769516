package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/model.md 7.7 free riding and stylised fact 12, donor dependence: groups formed to obtain
 * support weaken or fail when the support ends ([MunozViana-nd, ch. 3 “Asociatividad de los
 * pequeños productores”], [RedEAmerica-nd, “Recursos: acceso a los recursos financieros y no
 * financieros…”, “Temas críticos”]); start-up grants of the promotion programme (docs/model.md
 * 7.10) feed reserves while in force.
 */
class FreeRidingTest {

  /** No cooperatives at the start: a promotion programme creates four, for two years. */
  private static final String PROGRAMME =
      """
      territory: {width_km: 40, height_km: 40, clusters: 6}
      prices: {process: constant}
      cooperatives: {count: 0, reach_km: 20, formation: {enabled: false}}
      policies:
        promotion: {enabled: true, start: 0, end: 24, create_at_start: 4}
      """;

  @ParameterizedTest
  @ValueSource(ints = {24, 30})
  void freeRiderGroupsLoseTheirMembersAndDissolveWhenTheProgrammeEnds(int end) {
    // When the programme ends members of free-rider groups keep only 30% of their trust, and at
    // the next assembly (step 24 or, for an end at step 30 in mid-harvest, step 36: remainders
    // paid in between do not restore it) their trust is held below leave_trust. Acting at once
    // (switch_probability 1) they leave, and the emptied groups dissolve (too few members for
    // min_member_years, or reserves run out). The same groups created as genuine cooperatives
    // (free_rider_share 0) keep their members and mostly survive.
    int assembly = (end + 11) / 12 * 12;
    double[] kept = new double[2];
    double[] active = new double[2];
    for (int k = 0; k < 2; k++) {
      MechanismRun r =
          MechanismRun.of(
              PROGRAMME,
              "producers.count=500",
              "years=6",
              "producers.switch_probability=1",
              "policies.promotion.free_rider_share=" + k,
              "policies.promotion.end=" + end);
      for (Cooperative c : r.m.cooperatives) {
        assertEquals(k == 1, c.isFreeRider());
      }
      r.until(assembly);
      double before = r.get("membership_rate");
      r.steps(1);
      kept[k] = r.get("membership_rate") / before;
      r.until(assembly + 36);
      active[k] = r.get("active_cooperatives");
    }
    assertTrue(kept[1] < 0.3, "free riders: membership kept " + kept[1]);
    assertTrue(kept[0] > 0.85, "genuine: membership kept " + kept[0]);
    assertEquals(0, active[1], "free-rider groups still active");
    assertTrue(active[0] >= 2, "genuine groups active: " + active[0]);
  }

  @Test
  void groupsThatLiveOnTheGrantFailWhenItEnds() {
    // Fact 12: small groups (10% of producers enrolled) whose fixed cost (4,000 a month) only
    // the grant covers (4,000 a month) survive while the programme lasts and run down their
    // reserves and dissolve once it ends (within about two and a half years: each harvest's
    // commission brings them back for a while, and an insolvent group has a six-month grace);
    // with the programme continuing, they survive. Same seed: identical runs until step 24.
    double[] activeBefore = new double[2];
    double[] activeAfter = new double[2];
    String[] ends = {"24", "-1"};
    for (int k = 0; k < 2; k++) {
      MechanismRun r =
          MechanismRun.of(
              PROGRAMME,
              "producers.count=500",
              "years=6",
              "policies.promotion.free_rider_share=0",
              "policies.promotion.enrol_share=0.1",
              "cooperatives.fixed_cost_per_month=4000",
              "policies.promotion.grant_per_month=4000",
              "policies.promotion.end=" + ends[k]);
      r.until(24);
      activeBefore[k] = r.get("active_cooperatives");
      r.until(60);
      activeAfter[k] = r.get("active_cooperatives");
    }
    assertEquals(activeBefore[0], activeBefore[1], 0.0);
    assertTrue(activeBefore[0] >= 3, "active while supported: " + activeBefore[0]);
    assertEquals(0, activeAfter[0], "groups left without the grant");
    assertTrue(activeAfter[1] >= 3, "groups with the grant continuing: " + activeAfter[1]);
  }

  @Test
  void grantsRaiseReservesWhileInForceAndStopWhenTheProgrammeEnds() {
    // Each active cooperative receives grant_per_month while the programme is in force
    // (steps 0-11 here). With cooperative credit off nothing else depends on the reserve before
    // the first remainder, so after four months (step 3) the reserves differ by exactly
    // 4 x 1,500. After the programme ends no more grants are paid.
    String yaml =
        """
        territory: {width_km: 40, height_km: 40, clusters: 6}
        prices: {process: constant}
        cooperatives: {count: 3, reach_km: 30, formation: {enabled: false},
                       services: {credit: false}}
        policies:
          promotion: {start: 0, end: 12, grant_per_month: 1500}
        """;
    MechanismRun off = MechanismRun.of(yaml, "producers.count=400", "years=2");
    MechanismRun on =
        MechanismRun.of(yaml, "producers.count=400", "years=2", "policies.promotion.enabled=true");
    off.until(4);
    on.until(4);
    assertEquals(4 * 1500, on.get("mean_reserve") - off.get("mean_reserve"), 1e-6);
    on.until(12);
    off.until(12);
    assertTrue(on.get("mean_reserve") > off.get("mean_reserve"));
    double granted = on.m.ledger.net(Ledger.Account.GRANTS);
    assertEquals(3 * 12 * 1500, granted, 1e-6);
    on.until(24);
    assertEquals(granted, on.m.ledger.net(Ledger.Account.GRANTS), 0.0);
    assertEquals(0, off.m.ledger.net(Ledger.Account.GRANTS), 0.0);
  }
}
