package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.7, trust: it rises when the cooperative pays what it promised and falls with
 * short payment, mismanagement events and opaque accounts ([RedEAmerica-nd, “Transparencia (cuentas
 * y no cuentos)”]).
 */
class TrustDynamicsTest {

  /** Two large cooperatives on a small territory, constant price, no yearly trust shocks. */
  private static final String CALM =
      """
      territory: {width_km: 30, height_km: 30, clusters: 4}
      prices: {process: constant}
      cooperatives:
        count: 2
        transparency: 1
        mismanagement_rate: 0
        reach_km: 40
      producers:
        initial_member_share: 0.6
      """;

  @Test
  void aRemainderShortOfThePromiseLowersTrustAndAFullOneRaisesIt() {
    // Members who delivered in the batch move trust a quarter of the way (LEARNING) toward
    // paid / promised, capped at 1: a full remainder pulls 0.6 up to 0.7, a quarter of the
    // promise pulls it down to 0.5125. Members who did not deliver in that batch learn nothing.
    for (double paidShare : new double[] {1.0, 0.25}) {
      MingaModel m =
          MechanismRun.unchecked(
              CALM, "producers.count=200", "years=1", "cooperatives.elite_capture=0");
      Cooperative c = m.cooperatives.get(0);
      Producer[] delivering = new Producer[10];
      double[] volumes = new double[10];
      for (int k = 0; k < 10; k++) {
        delivering[k] = m.producers[c.memberAt(k)];
        volumes[k] = 10;
      }
      for (int k = 0; k < c.memberCount(); k++) {
        Households.setTrust(m.producers[c.memberAt(k)], 0.6);
      }
      MechanismRun.stageBatch(m, c, delivering, volumes, 20, 20 * paidShare);
      CooperativeFinances.payRemainderDue(m, c);
      double expected = 0.6 + TrustDynamics.LEARNING * (paidShare - 0.6);
      for (Producer p : delivering) {
        assertEquals(expected, p.trust(), 1e-9, "paid share " + paidShare);
      }
      Producer bystander = m.producers[c.memberAt(20)];
      assertEquals(0.6, bystander.trust(), 0.0);
    }
  }

  @Test
  void aPriceCrashAfterDeliveryCutsTrustWhereAStablePriceBuildsIt() {
    // The advance is set from the price six months earlier (lagged reference). With a stable
    // price the pool earns what was promised, so each remainder pulls trust up. A crash to 0.8
    // of the price during the harvest leaves the pool below the advances already paid:
    // remainders fall short of the promise (to zero) and trust falls. Reserves are ample (no
    // dissolution) and the reserve target high (no dividend to make up the shortfall). No
    // yearly decision has run by step 11.
    double[] after = new double[2];
    double before = Double.NaN;
    for (int k = 0; k < 2; k++) {
      List<String> sets =
          new ArrayList<>(
              List.of(
                  "producers.count=400",
                  "years=2",
                  "cooperatives.initial_reserve=100000",
                  "cooperatives.credit_line=50000",
                  "cooperatives.reserve_target_months=100"));
      String yaml =
          k == 0
              ? CALM
              : CALM.replace(
                  "prices: {process: constant}",
                  "prices: {process: constant, shocks: [{at: 4, duration: 4, multiplier: 0.8}]}");
      MingaModel m = ModelFixture.start(yaml, sets.toArray(String[]::new));
      before = MechanismRun.meanMemberTrust(m);
      ModelFixture.run(m, 12);
      after[k] = MechanismRun.meanMemberTrust(m);
    }
    assertTrue(after[0] > before + 0.1, "stable price: " + before + " -> " + after[0]);
    assertTrue(after[1] < before - 0.1, "crash: " + before + " -> " + after[1]);
  }

  @Test
  void aMismanagementEventCutsTrustAndReserves() {
    // With governance 0 and mismanagement_rate 1 every cooperative has an event each year: it
    // loses mismanagement_loss (0.3) of its positive reserve and every member loses
    // MISMANAGEMENT_SHOCK (0.3) of trust, after the yearly pull of services toward 1
    // (SERVICES_TRUST x maturity) and on top of the opacity erosion (0 here: transparent).
    MingaModel m =
        MechanismRun.unchecked(
            CALM,
            "producers.count=300",
            "years=2",
            "cooperatives.mismanagement_rate=1",
            "cooperatives.governance=0");
    ModelFixture.run(m, 12);
    double[] reserve = new double[m.cooperatives.size()];
    double[] trust = new double[m.producers.length];
    for (Cooperative c : m.cooperatives) {
      TestMoney.setBalance(m, c, 20000 * (c.index + 1));
      reserve[c.index] = c.reserve();
    }
    for (Producer p : m.producers) {
      trust[p.id] = p.trust();
    }
    TrustDynamics.yearly(m);
    for (Cooperative c : m.cooperatives) {
      assertEquals(0.7 * reserve[c.index], c.reserve(), 1e-6);
    }
    int members = 0;
    for (Producer p : m.producers) {
      double t = trust[p.id];
      double services =
          TrustDynamics.SERVICES_TRUST
              * (p.isMember() ? m.cooperatives.get(p.cooperative()).maturity() : 0);
      // Producers outside cooperatives drift back toward their trust at the start.
      double expected =
          p.isMember()
              ? Math.max(0, t + services * (1 - t) - 0.3)
              : t + 0.1 * (m.records.trustAtStart(p.id) - t);
      members += p.isMember() ? 1 : 0;
      assertEquals(expected, p.trust(), 1e-12);
    }
    assertTrue(members > 100);
    assertTrue(m.ledger.net(Ledger.Account.MISMANAGEMENT) < -0.29 * 60000);
  }

  @Test
  void mismanagementLowersTrustAndReservesOverARun() {
    // The same seed with and without mismanagement (governance 0 in both): after two
    // assemblies, the producers who were members at the start trust less, and reserves that
    // lost money to mismanagement are lower.
    double[] trust = new double[2];
    double[] lost = new double[2];
    for (int k = 0; k < 2; k++) {
      MingaModel m =
          ModelFixture.start(
              CALM,
              "producers.count=400",
              "years=3",
              "cooperatives.mismanagement_rate=" + k,
              "cooperatives.governance=0");
      List<Producer> original = members(m);
      ModelFixture.run(m, 25);
      trust[k] = original.stream().mapToDouble(p -> p.trust()).average().orElseThrow();
      lost[k] = -m.ledger.net(Ledger.Account.MISMANAGEMENT);
    }
    assertEquals(0, lost[0], 0.0);
    assertTrue(lost[1] > 5000, "reserve lost to mismanagement: " + lost[1]);
    assertTrue(trust[1] < trust[0] - 0.15, "trust " + trust[0] + " vs " + trust[1]);
  }

  @Test
  void opaqueAccountsErodeTrustFasterThanTransparentOnes() {
    // Opacity erodes trust by OPACITY_EROSION x (1 - transparency) a year: fully opaque
    // accounts cost 0.12 of trust at each assembly, transparent ones nothing. The runs are the
    // same until the first assembly, so the gap is exactly 0.12 just after it; remainders then
    // pull trust back toward what payments signal, but a second year of opacity widens it again.
    double[][] trust = new double[2][2];
    for (int k = 0; k < 2; k++) {
      MingaModel m =
          ModelFixture.start(
              CALM,
              "producers.count=400",
              "years=3",
              "cooperatives.transparency=" + (1 - k),
              "producers.switch_probability=0",
              "cooperatives.successful_exit=0");
      List<Producer> original = members(m);
      ModelFixture.run(m, 13);
      trust[k][0] = original.stream().mapToDouble(p -> p.trust()).average().orElseThrow();
      ModelFixture.run(m, 12);
      trust[k][1] = original.stream().mapToDouble(p -> p.trust()).average().orElseThrow();
    }
    assertEquals(TrustDynamics.OPACITY_EROSION, trust[0][0] - trust[1][0], 0.01);
    assertTrue(
        trust[0][1] - trust[1][1] > TrustDynamics.OPACITY_EROSION,
        "gap after two years: " + (trust[0][1] - trust[1][1]));
  }

  private static List<Producer> members(MingaModel m) {
    List<Producer> out = new ArrayList<>();
    for (Producer p : m.producers) {
      if (p.isMember()) {
        out.add(p);
      }
    }
    return out;
  }
}
