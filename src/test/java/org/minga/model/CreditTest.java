package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.5 ("debts tie"), stylised fact 7: cash-short producers borrow from their
 * cooperative if it lends, else from a public programme in force, else from the nearest
 * intermediary, whose loan ties their sales to it until the debt is repaid.
 */
class CreditTest {

  /**
   * Households with no cash and no off-farm income, so all must borrow from step 0; no
   * cooperatives; intermediaries with ample capital to lend; a local fair paying far more than
   * intermediaries (1.3 x P, practically unaffected by volume), so a free seller goes there.
   */
  private static final String YAML =
      """
      prices: {process: constant, base: 120}
      commodity:
        local_market: {enabled: true, price_ratio: 1.3, half_price_volume: 1.0e9}
      intermediaries: {capital: 1.0e7, reach_km: 200}
      cooperatives: {count: 0}
      producers:
        count: 300
        cash: 0
        off_farm_income_per_month: 0
      """;

  @Test
  void cashShortProducersWithoutOtherLendersBorrowFromTheirNearestIntermediary() {
    MingaModel m = ModelFixture.start(YAML, "years=1");
    ModelFixture.run(m, 1);
    int borrowers = 0;
    for (Producer p : m.producers) {
      // Everyone is short (no cash, no off-farm income) and the only lender is an intermediary.
      assertEquals(Producer.INTERMEDIARY_CREDITOR, p.creditorKind(), "producer " + p.id);
      assertEquals(p.nearestIntermediary(), p.creditor(), "producer " + p.id);
      assertTrue(p.debt() > 0);
      borrowers++;
    }
    assertEquals(300, borrowers);
  }

  @Test
  void anIndebtedProducerSellsEverythingToItsCreditorDespiteABetterOffer() {
    // Through the first harvest month (May, step 4) nobody has had income to repay, so every
    // producer is tied: all of its output goes to its creditor, not to the better-paying fair,
    // and the sale repays part of the debt.
    MingaModel m = ModelFixture.start(YAML, "years=1");
    ModelFixture.run(m, 4);
    double[] debtBefore = new double[m.producers.length];
    for (Producer p : m.producers) {
      assertTrue(p.isIndebtedToIntermediary());
      debtBefore[p.id] = p.debt();
      // Even if another intermediary were nearer, the creditor is the one it sells to.
      int creditor = p.creditor();
      p.locateIntermediaries((creditor + 1) % m.intermediaries.size(), p.intermediariesInReach());
      assertSame(m.intermediaries.get(creditor), ChannelChoice.intermediaryFor(m, p));
      p.locateIntermediaries(creditor, p.intermediariesInReach());
    }
    ModelFixture.run(m, 1);
    assertEquals(
        0, m.book().volume12(Channel.LOCAL_MARKET), 0.0, "no tied volume went to the fair");
    assertTrue(m.book().volume12(Channel.INTERMEDIARY) > 0);
    int repaid = 0;
    for (Producer p : m.producers) {
      assertEquals(Channel.INTERMEDIARY, p.mainChannel(), "producer " + p.id);
      if (p.debt() < debtBefore[p.id]) {
        repaid++;
      }
    }
    assertTrue(repaid > 250, "sales to the creditor repay debt: " + repaid + " of 300");
  }

  @Test
  void withPublicCreditTheSameProducersBorrowPubliclyAndSellFreely() {
    // The same scenario and seed with a public credit programme covering everyone: the state
    // lends first, nobody owes an intermediary, and output goes mostly to the better-paying fair
    // (the logit gap is 0.45 x P at rationality 12).
    MingaModel m =
        ModelFixture.start(
            YAML,
            "years=1",
            "policies.public_credit.enabled=true",
            "policies.public_credit.coverage=1");
    ModelFixture.run(m, 1);
    for (Producer p : m.producers) {
      assertEquals(Producer.PUBLIC_CREDITOR, p.creditorKind(), "producer " + p.id);
    }
    ModelFixture.run(m, 4);
    for (Producer p : m.producers) {
      assertTrue(!p.isIndebtedToIntermediary(), "producer " + p.id);
    }
    double local = m.book().volume12(Channel.LOCAL_MARKET);
    double inter = m.book().volume12(Channel.INTERMEDIARY);
    assertTrue(local > 0.95 * (local + inter), "local " + local + ", intermediary " + inter);
  }

  @Test
  void membersBorrowFromTheirCooperativeWhenItLends() {
    // A member of a cooperative offering credit borrows from it first (cheaper, not tied), as
    // long as the cooperative's lendable reserve covers the loan.
    String yaml =
        YAML.replace(
            "cooperatives: {count: 0}",
            "cooperatives: {count: 2, reach_km: 200, initial_reserve: 1.0e6}");
    MingaModel m = ModelFixture.start(yaml, "years=1", "producers.initial_member_share=0.5");
    ModelFixture.run(m, 1);
    int members = 0;
    for (Producer p : m.producers) {
      if (p.isMember()) {
        members++;
        assertEquals(Producer.COOPERATIVE_CREDITOR, p.creditorKind(), "member " + p.id);
        assertEquals(p.cooperative(), p.creditor());
      } else {
        assertEquals(Producer.INTERMEDIARY_CREDITOR, p.creditorKind(), "non-member " + p.id);
      }
    }
    assertTrue(members > 100, members + " members");
  }
}
