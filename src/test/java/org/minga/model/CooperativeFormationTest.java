package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.8, formation: unaffiliated producers near each other who face poor terms may form
 * a cooperative, more readily under a promotion programme ([AIRCajamarca-nd, part III “Los SIAL y
 * la activación colectiva de los recursos territoriales”]); a state programme creates many at once
 * ([MunozViana-nd, ch. 6, “a) aspectos generales”]).
 */
class CooperativeFormationTest {

  /** Twelve villages, no cooperative at the start. */
  private static final String VILLAGES =
      """
      territory: {width_km: 30, height_km: 30, clusters: 12, cluster_spread_km: 1.5}
      prices: {process: constant}
      cooperatives:
        count: 0
        formation: {enabled: true, probability: 0.03, min_founders: 30}
      """;

  /** Intermediaries keeping 60% of the price: every producer is threatened. */
  private static final String[] THREAT = {
    "intermediaries.base_margin=0.6", "intermediaries.min_margin=0.6"
  };

  /** Cooperatives formed over three assemblies, summed over four seeds. */
  private static double formed(String... sets) {
    double formed = 0;
    for (long seed = 1; seed <= 4; seed++) {
      List<String> all = new ArrayList<>(List.of("producers.count=600", "years=4", "seed=" + seed));
      all.addAll(List.of(sets));
      MechanismRun r = MechanismRun.of(VILLAGES, all.toArray(String[]::new));
      r.until(37);
      formed += r.get("cooperatives_formed");
    }
    return formed;
  }

  private static String[] with(String[] base, String... more) {
    List<String> all = new ArrayList<>(List.of(base));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void threatenedClustersFormCooperativesAndMoreSoUnderPromotion() {
    // Each year 20 random producers are examined; an unaffiliated one whose intermediary offer
    // is below threat_ratio (0.72) of the world price organises its neighbourhood with the
    // yearly probability (0.03), multiplied by formation_multiplier (5) while promotion is in
    // force. Without promotion about 0.6 form a year per run, with it about five times as many
    // (fewer in the end, as villages already organised have no unaffiliated founders left).
    double plain = formed(THREAT);
    double promoted = formed(with(THREAT, "policies.promotion.enabled=true"));
    assertTrue(plain > 0, "formed without promotion: " + plain);
    assertTrue(promoted > 2 * plain, "formed " + plain + " vs " + promoted);
  }

  @Test
  void noCooperativeFormsWhenFormationIsDisabledOrThereIsNoThreat() {
    // Formation switched off: none, even under threat and promotion. Intermediaries keeping
    // only 2%: their offers are far above the threat ratio, so nobody organises.
    assertEquals(
        0,
        formed(
            with(
                THREAT,
                "policies.promotion.enabled=true",
                "cooperatives.formation.enabled=false")));
    assertEquals(0, formed(with(NO_THREAT, "policies.promotion.enabled=true")));
  }

  /** Intermediaries keeping only 2%: nobody is threatened. */
  private static final String[] NO_THREAT = {
    "intermediaries.base_margin=0.02", "intermediaries.min_margin=0.02"
  };

  @Test
  void aBuyerSeekingOrganisedSupplyBringsFormationWithoutAThreat() {
    // No threat, but a buyer paying organised groups 30% over the world price: what a group
    // could pay ((P x 1.3 - per-unit cost) x (1 - commission)) beats the intermediary's offer
    // (about 0.98 P less costs) by far more than opportunity_gap (0.10 P). Groups form, each
    // with that buyer's contract; without the buyer, none.
    double withBuyer =
        formed(with(NO_THREAT, "cooperatives.formation.organised_buyer_premium=0.3"));
    assertTrue(withBuyer >= 2, "formed with the buyer: " + withBuyer);
    assertEquals(0, formed(NO_THREAT));
    MechanismRun r =
        MechanismRun.of(
            VILLAGES,
            with(
                NO_THREAT,
                "producers.count=600",
                "years=2",
                "cooperatives.formation.probability=0.5",
                "cooperatives.formation.organised_buyer_premium=0.3"));
    r.until(13);
    assertTrue(r.m.cooperatives.size() > 0);
    for (Cooperative c : r.m.cooperatives) {
      assertTrue(c.hasBuyerContract(), "formed for the buyer, contracted with it");
    }
  }

  @Test
  void aCertificationPremiumWithSupportIsAnOpportunityToOrganise() {
    // A 30% certification premium counts toward the opportunity only while the certification
    // support programme helps groups certify.
    String premium = "cooperatives.certification.premium=0.3";
    double supported =
        formed(with(NO_THREAT, premium, "policies.certification_support.enabled=true"));
    double unsupported = formed(with(NO_THREAT, premium));
    assertTrue(supported >= 2, "formed with support: " + supported);
    assertEquals(0, unsupported);
  }

  @Test
  void clustersThatLostTrustAreSlowerToOrganiseAgain() {
    // Same seeds, same threat: in one arm every producer's trust is cut to a fifth of its value
    // at the start (as after a collapse), with no recovery: readiness 0.2, so about a fifth as
    // many cooperatives form (fewer than half, allowing for noise).
    double trusting = 0;
    double wary = 0;
    for (long seed = 1; seed <= 4; seed++) {
      String[] sets =
          with(
              THREAT,
              "producers.count=600",
              "years=4",
              "seed=" + seed,
              "cooperatives.formation.trust_recovery=0",
              "cooperatives.formation.probability=0.1");
      MechanismRun a = MechanismRun.of(VILLAGES, sets);
      MechanismRun b = MechanismRun.of(VILLAGES, sets);
      for (Producer p : b.m.producers) {
        Households.setTrust(p, 0.2 * b.m.records.trustAtStart(p.id));
      }
      a.until(37);
      b.until(37);
      trusting += a.get("cooperatives_formed");
      wary += b.get("cooperatives_formed");
    }
    assertTrue(trusting >= 5, "formed by trusting clusters: " + trusting);
    assertTrue(wary < 0.5 * trusting, "wary " + wary + " vs trusting " + trusting);
  }

  @Test
  void trustOutsideCooperativesReturnsTowardItsStartingLevel() {
    // trust_recovery 0.25: each assembly closes a quarter of the gap for non-members.
    MingaModel m =
        MechanismRun.unchecked(
            VILLAGES,
            "producers.count=50",
            "years=3",
            "cooperatives.formation.enabled=false",
            "cooperatives.formation.trust_recovery=0.25");
    for (Producer p : m.producers) {
      Households.setTrust(p, 0);
    }
    TrustDynamics.yearly(m);
    for (Producer p : m.producers) {
      assertEquals(0.25 * m.records.trustAtStart(p.id), p.trust(), 1e-12);
    }
    TrustDynamics.yearly(m);
    for (Producer p : m.producers) {
      assertEquals((1 - 0.75 * 0.75) * m.records.trustAtStart(p.id), p.trust(), 1e-12);
    }
  }

  @Test
  void foundersAreUnaffiliatedProducersGatheredNearTheSeed() {
    // A new cooperative's founding members all lived within radius_km of it and were
    // unaffiliated; at least min_founders of them. (A high yearly probability so that some
    // form at the first assembly.)
    MechanismRun r =
        MechanismRun.of(
            VILLAGES,
            with(
                THREAT,
                "producers.count=600",
                "years=3",
                "cooperatives.formation.probability=0.5"));
    r.until(13);
    assertTrue(r.m.cooperatives.size() > 0);
    for (Cooperative c : r.m.cooperatives) {
      assertEquals(12, c.life().createdAt());
      assertTrue(c.memberCount() >= 30, "founders: " + c.memberCount());
      for (int id : c.members()) {
        Producer p = r.m.producers[id];
        assertTrue(Reach.distance(p.x(), p.y(), c.x(), c.y()) <= 6 + 1e-9);
      }
    }
  }

  @Test
  void aStateProgrammeCreatesItsCooperativesAtItsStartStep() {
    // promotion.create_at_start 7 from step 14: at that step seven cooperatives open at once
    // and a share (enrol_share) of the unaffiliated producers within reach are enrolled.
    MechanismRun r =
        MechanismRun.of(
            VILLAGES,
            "producers.count=600",
            "years=3",
            "cooperatives.formation.enabled=false",
            "policies.promotion.enabled=true",
            "policies.promotion.start=14",
            "policies.promotion.create_at_start=7");
    r.until(14);
    assertEquals(0, r.get("active_cooperatives"));
    assertEquals(0, r.get("cooperatives_formed"));
    r.steps(1);
    assertEquals(7, r.get("active_cooperatives"));
    assertEquals(7, r.get("cooperatives_formed"));
    assertTrue(r.get("membership_rate") > 0.4, "membership " + r.get("membership_rate"));
    for (Cooperative c : r.m.cooperatives) {
      assertEquals(14, c.life().createdAt());
      assertEquals(r.m.sc.cooperatives().initialMaturity(), c.maturity(), 1e-12);
    }
    r.until(36);
    assertEquals(7, r.get("cooperatives_formed"));
  }
}
