package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Buffer-stock consumption (Deaton 1991; Carroll 1997) and lumpy expenses (docs/model.md 7.5): each
 * month a household consumes subsistence plus `consumption_propensity` of its cash above the target
 * buffer; scheduled expenses are paid in their month and health shocks hit with their monthly
 * probability, drawn from the household-shocks stream.
 */
class HouseholdBudgetTest {
  /**
   * No cooperatives, no credit needed (ample cash), no harvest in January-April, a constant price:
   * consumption is the only thing that moves a household's cash besides off-farm income.
   */
  private static final String YAML =
      """
      prices: {process: constant, base: 120}
      cooperatives: {count: 0}
      producers:
        count: 400
        expenses: {scheduled: [], health_shock_probability: 0, lookahead_months: 0}
      """;

  /** Money spent on consumption (including lumpy expenses) in the step just run. */
  private static double consumedIn(MingaModel m, double before) {
    return before - m.ledger.net(Ledger.Account.CONSUMPTION);
  }

  private static double consumptionFirstMonth(String... overrides) {
    MingaModel m = ModelFixture.start(YAML, overrides);
    double before = m.ledger.net(Ledger.Account.CONSUMPTION);
    ModelFixture.run(m, 1);
    return consumedIn(m, before);
  }

  @Test
  void moreCashAboveTheBufferRaisesConsumptionByThePropensity() {
    // Same seed and households; only starting cash differs, by 1,000 USD each, all of it above
    // the buffer (3 x subsistence, about 330 USD), so January consumption differs by exactly
    // propensity x 1,000 per household.
    double low =
        consumptionFirstMonth("producers.cash=2000", "producers.consumption_propensity=0.2");
    double high =
        consumptionFirstMonth("producers.cash=3000", "producers.consumption_propensity=0.2");
    assertEquals(0.2 * 1000 * 400, high - low, 1e-6);
    // With no propensity, extra cash is saved: consumption is subsistence whatever the cash.
    double lowZero =
        consumptionFirstMonth("producers.cash=2000", "producers.consumption_propensity=0");
    double highZero =
        consumptionFirstMonth("producers.cash=3000", "producers.consumption_propensity=0");
    assertEquals(lowZero, highZero, 1e-6);
    MingaModel m = ModelFixture.start(YAML, "producers.cash=3000");
    double subsistence = 0;
    for (Producer p : m.producers) {
      subsistence += p.subsistencePerMonth();
    }
    assertEquals(subsistence, highZero, 1e-6);
  }

  @Test
  void belowTheBufferAHouseholdConsumesOnlySubsistenceOrWhatCashAllows() {
    MingaModel m =
        ModelFixture.start(
            YAML,
            "producers.cash=0",
            "producers.count=50",
            "producers.off_farm_income_per_month=0",
            "intermediaries.count=0",
            "producers.consumption_propensity=1");
    // The target buffer is buffer_months (3) of subsistence: no scheduled expense is ahead.
    assertEquals(3, HouseholdBudget.bufferMonths(m), 1e-12);
    // No cash, no income, no lender in reach: nothing is consumed and cash stays at zero.
    ModelFixture.run(m, 1);
    for (Producer q : m.producers) {
      assertEquals(0, q.cash(), 0.0);
    }
  }

  @Test
  void scheduledExpensesArePaidInTheirMonthAndExpectedAheadCountAsNeeds() {
    // School fees of two months of subsistence in February; propensity 0 so consumption is
    // subsistence plus the fees exactly.
    String fees =
        YAML.replace("scheduled: []", "scheduled: [{month: 2, months_of_subsistence: 2}]");
    MingaModel with =
        ModelFixture.start(fees, "producers.cash=5000", "producers.consumption_propensity=0");
    MingaModel without =
        ModelFixture.start(YAML, "producers.cash=5000", "producers.consumption_propensity=0");
    double subsistence = 0;
    for (Producer p : with.producers) {
      subsistence += p.subsistencePerMonth();
    }
    for (int step = 0; step < 4; step++) {
      double b1 = with.ledger.net(Ledger.Account.CONSUMPTION);
      double b0 = without.ledger.net(Ledger.Account.CONSUMPTION);
      ModelFixture.run(with, 1);
      ModelFixture.run(without, 1);
      double extra = consumedIn(with, b1) - consumedIn(without, b0);
      assertEquals(step == 1 ? 2 * subsistence : 0, extra, 1e-6, "step " + step);
    }
    // Expected fees count as needs: with a three-month lookahead, in January the household
    // sets the February fees aside, so the same cash leaves it more cash-short (lower discount
    // factor) than without fees.
    MingaModel ahead =
        ModelFixture.start(
            fees.replace("lookahead_months: 0", "lookahead_months: 3"), "producers.cash=0");
    MingaModel none = ModelFixture.start(YAML, "producers.cash=0");
    Producer a = ahead.producers[0];
    Producer n = none.producers[0];
    assertEquals(2 * a.subsistencePerMonth(), HouseholdExpenses.expectedAhead(ahead, a), 1e-9);
    assertEquals(5, HouseholdBudget.bufferMonths(ahead), 1e-9);
    TestMoney.setBalance(ahead, a, 3 * a.subsistencePerMonth());
    TestMoney.setBalance(none, n, 3 * n.subsistencePerMonth());
    assertEquals(n.patience(), ChannelValues.discountFactor(none, n), 1e-12);
    assertEquals(a.patience() * (1 - 0.6 * 2.0 / 3), ChannelValues.discountFactor(ahead, a), 1e-12);
  }

  @Test
  void aHouseholdBackInFarmingFacesHealthShocksAgain() {
    // The shock clock runs while a household is out of farming: one that leaves before its next
    // shock and comes back after it still draws its shocks afterwards, at their rate.
    String shocks =
        YAML.replace(
            "health_shock_probability: 0", "health_shock_probability: 0.3, health_shock_months: 1");
    MingaModel m = ModelFixture.start(shocks, "producers.cash=5000", "years=4");
    Producer p = m.producers[0];
    int due = m.records.nextHealthShock(p.id);
    p.leaveFarming();
    ModelFixture.run(m, due + 2);
    assertEquals(0, m.bills.expenses(p.id), 0.0, "nothing is due while out of farming");
    p.returnToFarming();
    int hits = 0;
    for (int month = 0; month < 24; month++) {
      ModelFixture.run(m, 1);
      hits += m.bills.expenses(p.id) > 0 ? 1 : 0;
      assertTrue(
          m.records.nextHealthShock(p.id) >= m.completedSteps() - 1,
          "the clock points at this month or later, not at a month already past");
    }
    // 24 months at 0.3: 7.2 shocks expected; none at all has probability 0.7^24, about 2e-4.
    assertTrue(hits > 0, "shocks again after coming back");
  }

  @Test
  void healthShocksHitWithTheirProbabilityFromKeyedDraws() {
    String shocks =
        YAML.replace(
            "health_shock_probability: 0", "health_shock_probability: 0.3, health_shock_months: 1");
    MingaModel m = ModelFixture.start(shocks, "producers.cash=5000", "years=3");
    // Other cash, same seed: the draws depend on (seed, stream, step, producer) only.
    MingaModel other = ModelFixture.start(shocks, "producers.cash=900", "years=3");
    int hits = 0;
    int draws = 0;
    int[] afterHit = new int[2];
    boolean[] hitBefore = new boolean[m.producers.length];
    for (int step = 0; step < 36; step++) {
      ModelFixture.run(m, 1);
      ModelFixture.run(other, 1);
      for (Producer p : m.producers) {
        double due = m.bills.expenses(p.id);
        boolean hit = due > 0;
        assertEquals(hit ? p.subsistencePerMonth() : 0, due, 1e-9, "a shock costs one month");
        assertEquals(due, other.bills.expenses(p.id), 0.0, "same shocks whatever the cash");
        if (hitBefore[p.id]) {
          afterHit[0]++;
          afterHit[1] += hit ? 1 : 0;
        }
        hitBefore[p.id] = hit;
        hits += hit ? 1 : 0;
        draws++;
      }
    }
    // 14,400 household-months: the standard error of the frequency is 0.0038; allow about 5.
    double frequency = hits / (double) draws;
    assertTrue(Math.abs(frequency - 0.3) < 0.02, "frequency " + frequency);
    // Memoryless: the month after a shock is hit with the same probability.
    double again = afterHit[1] / (double) afterHit[0];
    assertTrue(Math.abs(again - 0.3) < 0.04, "after a shock " + again + " of " + afterHit[0]);
    // Paid in its month: the shocks raise that month's consumption by their cost.
    MingaModel none =
        ModelFixture.start(YAML, "producers.cash=5000", "producers.consumption_propensity=0");
    MingaModel hit =
        ModelFixture.start(shocks, "producers.cash=5000", "producers.consumption_propensity=0");
    double b0 = none.ledger.net(Ledger.Account.CONSUMPTION);
    double b1 = hit.ledger.net(Ledger.Account.CONSUMPTION);
    ModelFixture.run(none, 1);
    ModelFixture.run(hit, 1);
    double due = 0;
    for (Producer p : hit.producers) {
      due += hit.bills.expenses(p.id);
    }
    assertTrue(due > 0);
    assertEquals(due, consumedIn(hit, b1) - consumedIn(none, b0), 1e-6);
  }
}
