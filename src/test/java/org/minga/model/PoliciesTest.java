package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minga.model.Policies.Lever;

/**
 * docs/model.md 7.10, policy levers: price floor, infrastructure, liberalisation (stylised fact
 * 14), certification support, public technical assistance, and the run-time switch of any lever.
 */
class PoliciesTest {

  private static final String WORLD =
      """
      territory: {width_km: 40, height_km: 40, clusters: 6}
      prices: {process: constant}
      cooperatives: {count: 3, reach_km: 20, formation: {enabled: false}}
      """;

  /** The world price falls to 40% from step 3 for a year: the whole first harvest. */
  private static final String CRASH =
      WORLD.replace(
          "prices: {process: constant}",
          "prices: {process: constant, shocks: [{at: 3, duration: 12, multiplier: 0.4}]}");

  @Test
  void aPriceFloorRaisesWhatProducersReceiveInACrash() {
    // At 48 a unit, every channel pays below the guaranteed 90: the state pays the gap on each
    // unit sold, so households' income over the crash year is higher with the floor.
    MechanismRun without = MechanismRun.of(CRASH, "producers.count=400", "years=2");
    MechanismRun with =
        MechanismRun.of(
            CRASH,
            "producers.count=400",
            "years=2",
            "policies.price_floor.enabled=true",
            "policies.price_floor.floor=90");
    without.until(12);
    with.until(12);
    double paid = with.m.ledger.net(Ledger.Account.PRICE_FLOOR_PAYMENTS);
    assertEquals(0, without.m.ledger.net(Ledger.Account.PRICE_FLOOR_PAYMENTS), 0.0);
    assertTrue(paid > 0);
    double gain = with.get("income_mean") - without.get("income_mean");
    assertTrue(
        gain > 0.5 * paid / 400,
        "income gain " + gain + ", floor paid per household " + paid / 400);
  }

  @Test
  void infrastructureRaisesIntermediaryOffers() {
    // Transport cost per km x 0.2: an intermediary's offer rises by 0.8 x 0.12 x distance for
    // every producer, and the mean price received from intermediaries rises (by about 0.3 here:
    // producers live a few km from their nearest trader).
    MechanismRun without = MechanismRun.of(WORLD, "producers.count=400", "years=1");
    MechanismRun with =
        MechanismRun.of(
            WORLD,
            "producers.count=400",
            "years=1",
            "policies.infrastructure.enabled=true",
            "policies.infrastructure.transport_multiplier=0.2");
    without.steps(1);
    with.steps(1);
    for (int k = 0; k < 50; k++) {
      Producer a = without.m.producers[k];
      Producer b = with.m.producers[k];
      Intermediary i = without.m.intermediaries.get(a.nearestIntermediary());
      Intermediary j = with.m.intermediaries.get(b.nearestIntermediary());
      double d = Reach.distance(a.x(), a.y(), i.x(), i.y());
      assertEquals(
          IntermediaryOffer.price(without.m, a, i) + 0.8 * 0.12 * d,
          IntermediaryOffer.price(with.m, b, j),
          1e-9);
    }
    without.until(12);
    with.until(12);
    assertTrue(
        with.get("price_intermediary") > without.get("price_intermediary") + 0.2,
        without.get("price_intermediary") + " vs " + with.get("price_intermediary"));
  }

  @Test
  void liberalisationLowersTheDomesticPriceAndCreatesWinnersAndLosers() {
    // Fact 14: once tariffs are phased out (12 months) domestic buyers pay 20% less, while
    // output meeting the quality standard (here 0.4, which the cooperatives' pooled output
    // meets) earns a 15% export gain. Cooperative members win, independents selling to
    // intermediaries lose: the mean income rises, and so does inequality (Gini).
    String yaml =
        WORLD
            + """
        policies:
          liberalisation: {start: 0, phase_out_months: 12, quality_standard: 0.4}
        """;
    MechanismRun closed = MechanismRun.of(yaml, "producers.count=500", "years=4");
    MechanismRun open =
        MechanismRun.of(
            yaml, "producers.count=500", "years=4", "policies.liberalisation.enabled=true");
    open.until(13);
    assertEquals(0.8 * open.m.worldPrice(), open.m.domesticPrice(), 1e-9);
    assertEquals(1.15, Liberalisation.exportFactor(open.m, 0.6), 1e-12);
    assertEquals(0.75, Liberalisation.exportFactor(open.m, 0.3), 1e-12);
    closed.until(48);
    open.until(48);
    assertTrue(open.get("income_independent") < 0.85 * closed.get("income_independent"));
    assertTrue(open.get("income_members") > 1.05 * closed.get("income_members"));
    assertTrue(open.get("income_mean") > closed.get("income_mean"));
    assertTrue(
        open.get("gini") > closed.get("gini") + 0.01,
        "gini " + closed.get("gini") + " vs " + open.get("gini"));
  }

  @Test
  void certificationSupportCertifiesCooperatives() {
    // With support in force and yearly probability 1, every uncertified cooperative is
    // certified at the next assembly; without it none is.
    MechanismRun without =
        MechanismRun.of(
            WORLD, "producers.count=300", "years=2", "cooperatives.certification.share=0");
    MechanismRun with =
        MechanismRun.of(
            WORLD,
            "producers.count=300",
            "years=2",
            "cooperatives.certification.share=0",
            "policies.certification_support.enabled=true",
            "policies.certification_support.probability=1");
    without.until(13);
    with.until(13);
    for (Cooperative c : without.m.cooperatives) {
      assertFalse(c.isCertified());
    }
    int certified = 0;
    for (Cooperative c : with.m.cooperatives) {
      if (c.isActive()) {
        assertTrue(c.isCertified());
        certified++;
      }
    }
    assertTrue(certified > 0);
  }

  @Test
  void publicTechnicalAssistanceRaisesTheCapabilityOfCoveredProducers() {
    // The programme reaches producers whose fixed draw is below its coverage (0.5) and adds
    // its gain (0.2) to their yearly capability gain, capability += gain x (1 - capability).
    // The runs are identical until the first assembly, so uncovered producers end it with
    // exactly the same capability and every covered one with more.
    MechanismRun without = MechanismRun.of(WORLD, "producers.count=300", "years=2");
    MechanismRun with =
        MechanismRun.of(
            WORLD,
            "producers.count=300",
            "years=2",
            "policies.technical_assistance.enabled=true",
            "policies.technical_assistance.coverage=0.5",
            "policies.technical_assistance.gain=0.2");
    without.until(13);
    with.until(13);
    int covered = 0;
    for (int k = 0; k < 300; k++) {
      Producer a = without.m.producers[k];
      Producer b = with.m.producers[k];
      if (b.programmeDraw() < 0.5) {
        covered++;
        assertTrue(b.capability() > a.capability() + 0.05, "producer " + k);
      } else {
        assertEquals(a.capability(), b.capability(), 1e-12, "producer " + k);
      }
    }
    assertTrue(covered > 100 && covered < 200, "covered " + covered);
  }

  @Test
  void aRunTimeOverrideSwitchesALeverRegardlessOfTheScenario() {
    // The workshop window's switch: ON puts a lever in force the scenario leaves off, OFF takes
    // out one the scenario puts in force, SCENARIO restores the scenario's timing. Shown on the
    // price floor in a crash, where being in force means paying the state's top-up.
    MechanismRun r = MechanismRun.of(CRASH, "producers.count=300", "years=2");
    Policies policies = r.m.policies();
    assertEquals(Policies.Override.SCENARIO, policies.overrideOf(Lever.PRICE_FLOOR));
    policies.override(Lever.PRICE_FLOOR, Policies.Override.ON);
    r.until(6);
    assertTrue(policies.inForce(Lever.PRICE_FLOOR));
    double paid = r.m.ledger.net(Ledger.Account.PRICE_FLOOR_PAYMENTS);
    assertTrue(paid > 0);
    policies.override(Lever.PRICE_FLOOR, Policies.Override.SCENARIO);
    r.until(7);
    assertFalse(policies.inForce(Lever.PRICE_FLOOR));
    assertEquals(paid, r.m.ledger.net(Ledger.Account.PRICE_FLOOR_PAYMENTS), 0.0);

    MechanismRun s =
        MechanismRun.of(
            CRASH, "producers.count=300", "years=2", "policies.price_floor.enabled=true");
    s.m.policies().override(Lever.PRICE_FLOOR, Policies.Override.OFF);
    s.until(8);
    assertFalse(s.m.policies().inForce(Lever.PRICE_FLOOR));
    assertEquals(0, s.m.ledger.net(Ledger.Account.PRICE_FLOOR_PAYMENTS), 0.0);
    s.m.policies().override(Lever.PRICE_FLOOR, Policies.Override.SCENARIO);
    s.until(9);
    assertTrue(s.m.policies().inForce(Lever.PRICE_FLOOR));
  }
}
