package org.minga.model;

import org.minga.model.random.StreamName;
import org.minga.scenario.HouseholdExpensesConfig;

/**
 * Lumpy household expenses (MODEL.md 3, 5.4 impatience: precarity makes delayed payment worth
 * less, seed 000:836-838): scheduled ones at known calendar months (school fees at the start of
 * the school year, festivities) and random health shocks, all in months of the household's
 * subsistence. What falls due this month is drawn once per producer in the CREDIT phase (so the
 * household can borrow for it) and paid in SETTLEMENT; scheduled expenses due within the next
 * `lookahead_months` count as needs (a household knows school fees are due in March).
 */
final class HouseholdExpenses {
  /** Months of subsistence due in each calendar month (index 1-12). */
  private final double[] scheduled = new double[13];
  /** Months of subsistence due in the `lookahead_months` months after each calendar month. */
  private final double[] ahead = new double[13];
  private final double shockProbability;
  private final double shockMonths;

  HouseholdExpenses(HouseholdExpensesConfig cfg) {
    for (HouseholdExpensesConfig.Scheduled s : cfg.scheduled()) {
      scheduled[s.month()] += s.monthsOfSubsistence();
    }
    for (int month = 1; month <= 12; month++) {
      for (int k = 1; k <= cfg.lookaheadMonths(); k++) {
        ahead[month] += scheduled[(month - 1 + k) % 12 + 1];
      }
    }
    shockProbability = cfg.healthShockProbability();
    shockMonths = cfg.healthShockMonths();
  }

  /**
   * Draws what every active producer owes this month into {@code m.expenseDue}: the scheduled
   * expense of the month plus, with the shock probability (keyed draw: seed, stream, step,
   * producer), a health shock. Inactive producers owe nothing.
   */
  static void drawDue(MingaModel m) {
    HouseholdExpenses e = m.expenses;
    double months = e.scheduled[m.month()];
    boolean shocks = e.shockProbability > 0 && e.shockMonths > 0;
    double[] due = m.expenseDue;
    Producer[] producers = m.producers;
    for (int i = 0; i < producers.length; i++) {
      Producer p = producers[i];
      if (!p.active) {
        due[i] = 0;
        continue;
      }
      double share = months;
      if (shocks && m.chance(StreamName.HOUSEHOLD_SHOCKS, p.id, 0, e.shockProbability)) {
        share += e.shockMonths;
      }
      due[i] = share * p.subsistence;
    }
  }

  /** Scheduled expenses a producer expects in the months ahead (not this month's). */
  static double expectedAhead(MingaModel m, Producer p) {
    return m.expenses.ahead[m.month()] * p.subsistence;
  }

  /** Months of subsistence scheduled in a calendar month (1-12). */
  double scheduledIn(int month) {
    return scheduled[month];
  }
}
