package org.minga.model;

import org.minga.model.random.StreamName;
import org.minga.scenario.HouseholdExpensesConfig;

/**
 * Lumpy household expenses (docs/model.md 7.5; impatience, 7.4: precarity makes delayed payment
 * worth less, [MunozViana-nd, ch. 3 “Asociatividad de los pequeños productores”]): scheduled ones
 * at known calendar months (school fees at the start of the school year, festivities) and random
 * health shocks, all in months of the household's subsistence. What falls due this month is found
 * once per producer in the CREDIT phase (so the household can borrow for it) and paid in
 * SETTLEMENT; scheduled expenses due within the next `lookahead_months` count as needs (a household
 * knows school fees are due in March).
 */
final class HouseholdExpenses {
  /** Months of subsistence due in each calendar month (index 1-12). */
  private final double[] scheduled = new double[13];

  /** Months of subsistence due in the `lookahead_months` months after each calendar month. */
  private final double[] ahead = new double[13];

  private final double shockProbability;

  /** log(1 - shock probability), the denominator of every waiting-time draw. */
  private final double logNoShock;

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
    logNoShock = Math.log1p(-shockProbability);
    shockMonths = cfg.healthShockMonths();
  }

  /**
   * What an active producer owes this month: the scheduled expense of the month plus a health shock
   * if one falls this month. Called once per producer and step (active or not, so that the shock
   * clock runs on), in CREDIT's id-order pass, which keeps it in {@link MonthlyBills}.
   */
  static double drawDue(MingaModel m, Producer p) {
    double due = p.isActive() ? dueAt(m, p, m.step) : 0;
    if (m.step == m.records.nextHealthShock(p.id)) {
      m.records.scheduleHealthShock(p.id, m.step + m.expenses.monthsToShock(m, p, 0));
    }
    return due;
  }

  /**
   * What an active household will owe at {@code step} (this month or later) as things stand: the
   * scheduled expense plus a health shock if its next one falls then. Draws nothing.
   */
  static double dueAt(MingaModel m, Producer p, int step) {
    boolean shock = step == m.records.nextHealthShock(p.id);
    HouseholdExpenses e = m.expenses;
    return (e.scheduled[MingaModel.monthOf(step)] + (shock ? e.shockMonths : 0))
        * p.subsistencePerMonth();
  }

  /**
   * Months from now to the household's next health shock: geometric with the monthly shock
   * probability, drawn by inversion from one keyed draw (seed, stream, this step, producer, k: 1
   * for the first shock, drawn at the start, 0 for the next one, drawn at a shock), so that each
   * month a shock falls with that probability, independently of the past (the same law as a
   * Bernoulli draw every month, at one draw per shock instead of one per month).
   */
  int monthsToShock(MingaModel m, Producer p, int k) {
    if (shockProbability <= 0 || shockMonths <= 0) {
      return Integer.MAX_VALUE / 2;
    }
    if (shockProbability >= 1) {
      return 1;
    }
    double u = m.uniform(StreamName.HOUSEHOLD_SHOCKS, p.id, k);
    // 1 - u is uniform on (0, 1]; Math.log is compiled to a fast intrinsic, log1p is not.
    double months = 1 + Math.floor(Math.log(1 - u) / logNoShock);
    return (int) Math.min(Integer.MAX_VALUE / 4, months);
  }

  /** At the start: the step of each household's first health shock (step 0 or later). */
  static void startClock(MingaModel m, Producer p) {
    m.records.scheduleHealthShock(p.id, m.expenses.monthsToShock(m, p, 1) - 1);
  }

  /** Months of subsistence scheduled in the months ahead of a calendar month (not its own). */
  double aheadIn(int month) {
    return ahead[month];
  }

  /** Scheduled expenses a producer expects in the months ahead (not this month's). */
  static double expectedAhead(MingaModel m, Producer p) {
    return m.expenses.ahead[m.month()] * p.subsistencePerMonth();
  }
}
