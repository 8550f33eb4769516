package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Loans going bad (docs/model.md 7.5): a household that can borrow no more and cannot pay its
 * interest goes into arrears; after `credit.default_after_months` months in arrears the loan is in
 * default, the lender writes it off (and loses the money), refuses new loans for
 * `credit.refusal_years` and lends less afterwards. Invariants (money conservation) are checked
 * after every step by the fixture.
 */
class LoanDefaultsTest {
  /**
   * Households with no cash and no off-farm income must borrow for subsistence from January;
   * lenders advance at most 2% of the expected harvest value (about 125 USD for a 3.5 ha farm,
   * about a month of subsistence), so by March most are at the limit, cannot pay the interest (in
   * arrears) and default after two months in arrears, before the May harvest.
   */
  private static final String YAML =
      """
      prices: {process: constant, base: 120}
      intermediaries: {capital: 1.0e7, reach_km: 200}
      cooperatives: {count: 0}
      producers:
        count: 200
        cash: 0
        off_farm_income_per_month: 0
        expenses: {scheduled: [], health_shock_probability: 0}
        credit: {limit_harvest_share: 0.02, default_after_months: 2, refusal_years: 1}
      """;

  @Test
  void aHouseholdAtItsLimitFallsIntoArrearsThenDefaultsAndIsRefused() {
    MingaModel m = ModelFixture.start(YAML, "years=3");
    double capitalBefore = totalCapital(m);
    int[] arrearsSeen = new int[m.producers.length];
    int[] defaultStep = new int[m.producers.length];
    java.util.Arrays.fill(defaultStep, -1);
    for (int step = 0; step < 4; step++) {
      ModelFixture.run(m, 1);
      for (Producer p : m.producers) {
        assertTrue(
            p.debt() <= CreditLimit.limit(m, p) * 1.06 + 1e-6,
            "debt beyond the limit plus a month's unpaid interest: producer " + p.id);
        arrearsSeen[p.id] = Math.max(arrearsSeen[p.id], m.records.monthsInArrears(p.id));
        if (m.records.defaults(p.id) > 0 && defaultStep[p.id] < 0) {
          defaultStep[p.id] = step;
        }
      }
    }
    int defaulted = 0;
    for (Producer p : m.producers) {
      if (m.records.defaults(p.id) > 0) {
        defaulted++;
        assertTrue(arrearsSeen[p.id] >= 1, "in arrears before defaulting: " + p.id);
        assertTrue(p.defaultedThisYear());
        assertEquals(0, p.debt(), 0.0, "written off");
        assertEquals(Producer.NO_CREDITOR, p.creditorKind());
        assertEquals(defaultStep[p.id] + 12, m.records.refusedUntil(p.id));
      }
    }
    // Larger farms have larger limits and last beyond April; most households are small.
    assertTrue(defaulted > 100, "defaulters: " + defaulted + " of 200");
    assertEquals(defaulted, m.book.loanDefaults.sum(), 0.0);
    double writtenOff = m.book.writeOffs.sum();
    assertTrue(writtenOff > 0);
    // The lenders lost what they wrote off: their capital is below what they started with by
    // the written-off principal less the interest they were paid.
    assertTrue(
        totalCapital(m) < capitalBefore - 0.5 * writtenOff,
        "capital " + totalCapital(m) + " vs " + capitalBefore + ", written off " + writtenOff);

    // While refused, a defaulter gets no loan (no headroom, no debt); a year after its default
    // lenders lend to it again, up to a limit halved by the default.
    Producer d = null;
    for (Producer p : m.producers) {
      if (m.records.defaults(p.id) > 0) {
        d = p;
        break;
      }
    }
    double taEffect = m.sc.policies().technicalAssistance().yieldEffect();
    boolean lendsAgain = false;
    while (m.stepOnce()) {
      if (m.step < m.records.refusedUntil(d.id)) {
        assertEquals(0, d.debt(), 0.0, "refused at step " + m.step);
        assertEquals(0, CreditLimit.headroom(m, d), 0.0);
      } else {
        double halved = 0.5 * 0.02 * d.expectedYearlyOutput(taEffect) * m.prices.domestic;
        assertEquals(halved, CreditLimit.limit(m, d), 1e-9);
        lendsAgain |= CreditLimit.headroom(m, d) > 0;
      }
    }
    assertTrue(lendsAgain, "lenders lend again after the refusal");
  }

  @Test
  void withAGenerousLimitTheSameHouseholdsDoNotDefault() {
    // Same seed and households; the lender advances up to the whole harvest value, so nobody
    // runs out of credit before the harvest repays it.
    MingaModel m =
        ModelFixture.start(
            YAML.replace("limit_harvest_share: 0.02", "limit_harvest_share: 1"), "years=1");
    ModelFixture.run(m, 12);
    assertEquals(0, m.book.loanDefaults.sum(), 0.0);
  }

  private static double totalCapital(MingaModel m) {
    double s = 0;
    for (Intermediary i : m.intermediaries) {
      s += i.capital();
    }
    return s;
  }
}
