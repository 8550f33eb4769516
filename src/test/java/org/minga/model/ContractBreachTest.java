package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.4: a contract farmer diverting volume is in breach; detection is graded
 * (tolerance, warning with a price penalty, termination after a repeated or large breach) and a
 * terminated producer is blacklisted for the firm's blacklist_years.
 */
class ContractBreachTest {

  /**
   * A firm under contract with 80 producers, and a local fair paying twice the world price, which
   * makes diverting contracted output tempting.
   */
  private static final String YAML =
      """
      prices: {process: constant, base: 120}
      commodity:
        local_market: {enabled: true, price_ratio: 2.0, half_price_volume: 1.0e9}
      firms:
        - {name: tractor, entry_rule: always, target_producers: 80, reach_km: 200,
           exclusivity_base: %s, exclusivity_price_slope: 0}
      """;

  private static boolean contracted(TractorFirm f, Producer p) {
    return java.util.Arrays.stream(f.contractedProducers()).anyMatch(i -> i == p.id);
  }

  private static int blacklisted(MingaModel m) {
    int n = 0;
    for (Producer p : m.producers) {
      if (p.isBlacklisted()) {
        n++;
        assertEquals(-1, p.firm(), "a blacklisted producer has no contract");
        assertFalse(contracted(m.firms[0], p));
      }
    }
    return n;
  }

  @Test
  void aFirstModerateBreachIsPenalisedAndASecondWithinTheWindowTerminates() {
    // Detection is certain when the yearly probability is 1. Half the stock diverted is above
    // the tolerance (0.2) and below a large breach (0.6): a warning and a price penalty.
    MingaModel sure = ModelFixture.start(YAML.formatted(1.0), "producers.count=300", "years=1");
    TractorFirm sf = sure.firms[0];
    Producer q = sure.producers[sf.contracted().get(0)];
    sure.prices.world = 120;
    TestMoney.setBalance(sure, q, 1000);
    double moneyBefore = q.cash() + sf.cash();
    double expectedPenalty = 0.2 * ContractOffer.price(sure, sf, q) * 10;
    ContractBreach.maybeDetect(sure, q, sf, 0.5, 10);
    assertEquals(sf.index(), q.firm(), "a first moderate breach does not end the contract");
    assertFalse(q.isBlacklisted());
    assertEquals(1000 - expectedPenalty, q.cash(), 1e-9, "penalty = 0.2 x price x units");
    assertEquals(moneyBefore, q.cash() + sf.cash(), 1e-9, "the penalty is a transfer to the firm");
    // Reliability (a selection criterion) drops with the share diverted: 0.8 x 1 + 0.2 x 0.5.
    assertEquals(0.9, q.reliability(), 1e-12);
    // A second detected breach within breach_repeat_years (2) ends it and blacklists.
    sure.step = 11;
    ContractBreach.maybeDetect(sure, q, sf, 0.5, 10);
    assertEquals(-1, q.firm());
    assertTrue(q.isBlacklisted());
    assertFalse(contracted(sf, q));
    assertEquals(2, sure.book.firmBreaches().month(), 1e-12);
    assertEquals(1, sure.book.firmTerminations().month(), 1e-12);
    // Honouring the contract (nothing diverted) is never detected, whatever the probability.
    Producer honest = sure.producers[sf.contracted().get(0)];
    ContractBreach.maybeDetect(sure, honest, sf, 0, 0);
    assertEquals(sf.index(), honest.firm());
    assertFalse(honest.isBlacklisted());
  }

  @Test
  void aDiversionUnderTheToleranceNeverEndsAContractAndALargeOneDoesAtOnce() {
    MingaModel m = ModelFixture.start(YAML.formatted(1.0), "producers.count=300", "years=1");
    TractorFirm f = m.firms[0];
    Producer small = m.producers[f.contracted().get(0)];
    Producer large = m.producers[f.contracted().get(1)];
    // Ten years of harvest months at certain detection, 15% diverted each time (tolerance 20%).
    for (int t = 0; t < 120; t++) {
      m.step = t;
      ContractBreach.maybeDetect(m, small, f, 0.15, 1);
    }
    assertEquals(f.index(), small.firm());
    assertEquals(-1, m.records.lastBreachStep(small.id), "never even a warning");
    assertEquals(0, m.book.firmBreaches().month(), 1e-12);
    // A single diversion above breach_large_share (0.6) ends the contract the first time.
    ContractBreach.maybeDetect(m, large, f, 0.7, 1);
    assertEquals(-1, large.firm());
    assertTrue(large.isBlacklisted());
  }

  @Test
  void aBreachOutsideTheRepeatWindowIsAFirstBreachAgain() {
    MingaModel m = ModelFixture.start(YAML.formatted(1.0), "producers.count=300", "years=1");
    TractorFirm f = m.firms[0];
    Producer p = m.producers[f.contracted().get(0)];
    m.step = 0;
    ContractBreach.maybeDetect(m, p, f, 0.4, 1);
    // 24 months later (breach_repeat_years = 2) the first warning has lapsed.
    m.step = 24;
    ContractBreach.maybeDetect(m, p, f, 0.4, 1);
    assertEquals(f.index(), p.firm());
    assertEquals(24, m.records.lastBreachStep(p.id));
  }

  @Test
  void aBlacklistedProducerIsNotSelectedUntilItsBlacklistingFades() {
    // The firm wants every producer; selection rounds in successive months eventually sign
    // everybody willing, except the blacklisted one while its blacklisting lasts (5 years).
    String yaml = YAML.formatted(1.0).replace("target_producers: 80", "target_producers: 300");
    MingaModel m = ModelFixture.start(yaml, "producers.count=300", "years=1");
    TractorFirm f = m.firms[0];
    Producer cheat = m.producers[f.contracted().get(0)];
    ContractBreach.maybeDetect(m, cheat, f, 1.0, 1);
    assertTrue(cheat.isBlacklisted());
    int at = m.records.blacklistedAt(cheat.id);
    // A producer answers an offer once a month (a keyed draw), so the rounds are months.
    for (int round = 0; round < 30; round++) {
      m.step = at + round;
      ProducerSelection.fill(m, f);
    }
    assertEquals(-1, cheat.firm());
    assertFalse(contracted(f, cheat));
    assertEquals(299, f.contractedCount(), "every other producer ends up signed");
    m.step = at + 12 * 5 - 1;
    ContractBreach.lapseBlacklists(m);
    assertTrue(cheat.isBlacklisted(), "the yearly lapse keeps it a month before 5 years");
    assertTrue(ContractBreach.barred(m, f, cheat), "still barred a month before 5 years");
    // From 5 years on it is a candidate again, and is signed within a few monthly offers.
    for (int round = 0; round < 30 && !cheat.isContracted(); round++) {
      m.step = at + 12 * 5 + round;
      ProducerSelection.fill(m, f);
    }
    assertFalse(cheat.isBlacklisted());
    assertEquals(f.index(), cheat.firm());
  }

  @Test
  void gradedBreachKeepsMostContractFarmersWhereTheOnePercentRuleBlacklistedThem() {
    // Common random numbers: the same scenario and seed, the firm paying above intermediaries
    // through a 30% price rise; only the breach rule differs. The former rule (any detected
    // diversion above 1% ends the contract) against the default graded rule.
    String rise =
        """
        prices: {process: constant, base: 120, shocks: [{at: 3, duration: 24, multiplier: 1.3}]}
        firms:
          - {name: tractor, entry_rule: always, target_producers: 80, reach_km: 200,
             margin: 0.05, contract_years: 5}
        """;
    MingaModel old =
        ModelFixture.start(
            rise,
            "producers.count=300",
            "years=2",
            "firms[0].breach_tolerance=0.01",
            "firms[0].breach_large_share=0.01");
    MingaModel graded = ModelFixture.start(rise, "producers.count=300", "years=2");
    ModelFixture.run(old, 24);
    ModelFixture.run(graded, 24);
    int oldLost = blacklisted(old);
    int gradedLost = blacklisted(graded);
    assertTrue(oldLost > 20, "blacklisted under the 1% rule: " + oldLost);
    assertTrue(gradedLost < oldLost / 2, "graded " + gradedLost + " vs 1% rule " + oldLost);
  }

  @Test
  void withCertainDetectionDivertingFarmersLoseTheirContractsAndWithoutDetectionNobodyDoes() {
    // Through the first harvest month with the fair paying 2 x P: with detection 1 the
    // expected sanction (0.5 x P) does not outweigh the gain, farmers divert, are caught and
    // blacklisted; with detection 0 the same farmers divert but keep their contracts.
    // No lumpy expenses: school fees in March would leave some farmers indebted to an
    // intermediary by May, and a tied farmer's alternative is its creditor, not the fair.
    String[] noExpenses = {
      "producers.count=300",
      "years=1",
      "producers.expenses={scheduled: [], health_shock_probability: 0}"
    };
    MingaModel caught = ModelFixture.start(YAML.formatted(1.0), noExpenses);
    MingaModel free = ModelFixture.start(YAML.formatted(0.0), noExpenses);
    ModelFixture.run(caught, 5);
    ModelFixture.run(free, 5);
    int lost = blacklisted(caught);
    assertTrue(lost > 40, "blacklisted with certain detection: " + lost);
    assertEquals(80 - lost, caught.firms[0].contractedCount());
    assertEquals(0, blacklisted(free));
    assertEquals(80, free.firms[0].contractedCount());
    assertTrue(free.book().volume12(Channel.LOCAL_MARKET) > 0);
  }
}
