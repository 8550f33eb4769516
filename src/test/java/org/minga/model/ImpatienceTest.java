package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.4, impatience: a household whose cash covers less than its needs discounts
 * delayed payments steeply (precarity makes delayed payment worth less, [MunozViana-nd, ch. 3
 * “Asociatividad de los pequeños productores”]), so a cash-short member values the cooperative's
 * remainder less and delivers less.
 */
class ImpatienceTest {

  @Test
  void aCashShortMemberDiscountsTheDelayedRemainderMore() {
    // factor = patience x (1 - sensitivity x shortage), shortage = 1 - cash / (3 subsistence)
    // (the default buffer of three months; no lumpy expenses due now or expected, see
    // HouseholdBudgetTest for those): with no cash the factor is patience x 0.4 (sensitivity
    // 0.6), with three months of subsistence it is patience itself.
    MingaModel m =
        ModelFixture.start(
            "",
            "producers.count=100",
            "years=1",
            "producers.expenses.health_shock_probability=0",
            "producers.expenses.lookahead_months=0");
    ModelFixture.run(m, 1);
    Producer p = m.producers[0];
    TestMoney.setBalance(m, p, 3 * p.subsistencePerMonth());
    double ample = ChannelValues.discountFactor(m, p);
    TestMoney.setBalance(m, p, 1.5 * p.subsistencePerMonth());
    double half = ChannelValues.discountFactor(m, p);
    TestMoney.setBalance(m, p, 0);
    double none = ChannelValues.discountFactor(m, p);
    assertEquals(p.patience(), ample, 1e-12);
    assertEquals(p.patience() * (1 - 0.6 * 0.5), half, 1e-12);
    assertEquals(p.patience() * 0.4, none, 1e-12);
    // With the four-month payment delay the remainder is worth 0.4^4 = 2.6% as much to the
    // cash-short member, so its value of delivering to the cooperative is lower.
    for (Producer q : m.producers) {
      if (q.cooperative() >= 0) {
        Cooperative c = m.cooperatives.get(q.cooperative());
        TestMoney.setBalance(m, q, 10 * q.subsistencePerMonth());
        double rich = ChannelValues.coopValue(m, q, c);
        TestMoney.setBalance(m, q, 0);
        double poor = ChannelValues.coopValue(m, q, c);
        assertTrue(poor < rich - 0.5 * c.expectedRemainder(), "member " + q.id);
        return;
      }
    }
    throw new AssertionError("no member");
  }

  /**
   * Delivered / committed of all members in the first harvest month (May, step 4), with every
   * member's cash set to {@code cashMonths} x its subsistence just before channel choice. The
   * credit phase is skipped so that loans do not refill the cash.
   */
  private static double deliveredOverCommitted(double cashMonths) {
    MingaModel m =
        ModelFixture.start(
            "prices: {process: constant}", "producers.count=400", "years=1", "seed=5");
    ModelFixture.run(m, 4);
    m.step = 4;
    PricesAndEvents.run(m);
    Production.harvest(m);
    Offers.update(m);
    for (Producer p : m.producers) {
      if (p.isMember()) {
        TestMoney.setBalance(m, p, cashMonths * p.subsistencePerMonth());
      }
    }
    ChannelChoice.run(m);
    double delivered = 0;
    double output = 0;
    for (Producer p : m.producers) {
      if (p.isMember()) {
        delivered += p.deliveredThisSeason();
        output += p.committedThisSeason() / m.sc.cooperatives().commitmentShare();
      }
    }
    return delivered / output;
  }

  @Test
  void cashShortMembersDeliverASmallerShareThanTheSameMembersWithAmpleCash() {
    // Same seed, same members, same offers; only their cash differs. Delivering pays 75% now
    // and the rest in four months; the intermediary pays all now. The cash-short members
    // discount the remainder almost to nothing and send more of their output to the
    // intermediary.
    double ample = deliveredOverCommitted(10);
    double short0 = deliveredOverCommitted(0);
    // Seed 5: about 0.97 with ample cash and 0.86 with none.
    assertTrue(ample > 0.8, "members with ample cash deliver most: " + ample);
    assertTrue(short0 < ample - 0.05, "cash-short " + short0 + ", ample " + ample);
  }
}
