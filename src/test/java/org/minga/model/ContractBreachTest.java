package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * MODEL.md 5.4: a contract farmer diverting volume is in breach; detection leads to termination
 * and the firm will not contract that producer again.
 */
class ContractBreachTest {

  /**
   * A firm under contract with 80 producers, and a local fair paying twice the world price,
   * which makes diverting contracted output tempting.
   */
  private static final String YAML = """
      prices: {process: constant, base: 120}
      commodity:
        local_market: {enabled: true, price_ratio: 2.0, half_price_volume: 1.0e9}
      firms:
        - {name: tractor, entry_rule: always, target_producers: 80, reach_km: 200,
           exclusivity_base: %s, exclusivity_price_slope: 0}
      """;

  private static boolean contracted(TractorFirm f, Producer p) {
    return java.util.Arrays.stream(f.contracted.toArray()).anyMatch(i -> i == p.id);
  }

  private static int blacklisted(MingaModel m) {
    int n = 0;
    for (Producer p : m.producers) {
      if (p.blacklisted) {
        n++;
        assertEquals(-1, p.firm, "a blacklisted producer has no contract");
        assertFalse(contracted(m.firms[0], p));
      }
    }
    return n;
  }

  @Test
  void aDetectedBreachTerminatesTheContractAndBlacklistsTheProducer() {
    // Detection is certain when the yearly probability is 1.
    MingaModel sure = ModelFixture.start(YAML.formatted(1.0), "producers.count=300", "years=1");
    TractorFirm sf = sure.firms[0];
    Producer q = sure.producers[sf.contracted.get(0)];
    sure.worldPriceNow = 120;
    ContractBreach.maybeDetect(sure, q, sf, 0.5);
    assertEquals(-1, q.firm);
    assertTrue(q.blacklisted);
    assertFalse(contracted(sf, q));
    // Reliability (a selection criterion) drops with the share diverted: 0.8 x 1 + 0.2 x 0.5.
    assertEquals(0.9, q.reliability, 1e-12);
    // Honouring the contract (nothing diverted) is never detected, whatever the probability.
    Producer honest = sure.producers[sf.contracted.get(0)];
    ContractBreach.maybeDetect(sure, honest, sf, 0);
    assertEquals(sf.index, honest.firm);
    assertFalse(honest.blacklisted);
  }

  @Test
  void aBlacklistedProducerIsNeverSelectedAgain() {
    // The firm wants every producer; selection rounds in successive months eventually sign
    // everybody willing, except the blacklisted one.
    String yaml = YAML.formatted(1.0).replace("target_producers: 80", "target_producers: 300");
    MingaModel m = ModelFixture.start(yaml, "producers.count=300", "years=1");
    TractorFirm f = m.firms[0];
    Producer cheat = m.producers[f.contracted.get(0)];
    ContractBreach.maybeDetect(m, cheat, f, 1.0);
    assertTrue(cheat.blacklisted);
    // A producer answers an offer once a month (a keyed draw), so the rounds are months.
    for (int round = 0; round < 30; round++) {
      m.step = round;
      ProducerSelection.fill(m, f);
    }
    assertEquals(-1, cheat.firm);
    assertFalse(contracted(f, cheat));
    assertEquals(299, f.contracted.size(), "every other producer ends up signed");
  }

  @Test
  void withCertainDetectionDivertingFarmersLoseTheirContractsAndWithoutDetectionNobodyDoes() {
    // Through the first harvest month with the fair paying 2 x P: with detection 1 the
    // expected sanction (0.5 x P) does not outweigh the gain, farmers divert, are caught and
    // blacklisted; with detection 0 the same farmers divert but keep their contracts.
    // No lumpy expenses: school fees in March would leave some farmers indebted to an
    // intermediary by May, and a tied farmer's alternative is its creditor, not the fair.
    String[] noExpenses = {"producers.count=300", "years=1",
        "producers.expenses={scheduled: [], health_shock_probability: 0}"};
    MingaModel caught = ModelFixture.start(YAML.formatted(1.0), noExpenses);
    MingaModel free = ModelFixture.start(YAML.formatted(0.0), noExpenses);
    ModelFixture.run(caught, 5);
    ModelFixture.run(free, 5);
    int lost = blacklisted(caught);
    assertTrue(lost > 40, "blacklisted with certain detection: " + lost);
    assertEquals(80 - lost, caught.firms[0].contracted.size());
    assertEquals(0, blacklisted(free));
    assertEquals(80, free.firms[0].contracted.size());
    assertTrue(free.book().volume12(Channel.LOCAL_MARKET) > 0);
  }
}
