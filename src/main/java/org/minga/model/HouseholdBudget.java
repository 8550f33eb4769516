package org.minga.model;

/**
 * The SETTLEMENT phase for households (docs/model.md 7.5): receive off-farm income; pay inputs and
 * interest (arrears and default: LoanDefaults); pay the lumpy expenses due this month
 * (HouseholdExpenses); pay subsistence (cutting it when cash runs out, never going below zero);
 * repay debt from cash above the target buffer; then consume a share of the cash still above the
 * buffer (buffer-stock saving, Deaton 1991 "Saving and liquidity constraints", Econometrica 59(5);
 * Carroll 1997 "Buffer-stock saving and the life cycle/permanent income hypothesis", QJE 112(1)).
 * Unsold stock suffers storage losses. Net income = sales received (including remainders) - inputs
 * - interest + off-farm income.
 */
final class HouseholdBudget {
  private HouseholdBudget() {}

  static void settle(MingaModel m) {
    double storageLoss = m.sc.commodity().storageLoss();
    int holders = 0;
    // The buffer in months of subsistence and the propensity are the same for every household
    // this month.
    double bufferMonths = bufferMonths(m);
    double propensity = m.sc.producers().consumptionPropensity();
    for (Producer p : m.producers) {
      if (!p.isActive()) {
        continue;
      }
      m.ledger.transfer(
          Ledger.Account.OFF_FARM_INCOME, p, p.offFarmIncome(), Ledger.Reason.OFF_FARM_INCOME);
      p.earn(p.offFarmIncome());
      payInputs(m, p);
      payInterest(m, p);
      // This month's lumpy expenses and subsistence, paid together as far as cash goes.
      spend(m, p, m.bills.expenses(p.id) + p.subsistencePerMonth());
      double buffer = bufferMonths * p.subsistencePerMonth();
      repayFromSurplus(m, p, buffer);
      spend(m, p, propensity * Math.max(0, p.cash() - buffer));
      if (p.stock() > 0) {
        m.book.volumes().lose(p.spoilStock(storageLoss));
      }
      holders += StockHolders.holdsStock(p) ? 1 : 0;
    }
    m.stockHolders.afterSettlement(holders);
  }

  /**
   * The cash a household aims to keep, in months of its subsistence: `buffer_months` plus the
   * scheduled expenses it expects within `expenses.lookahead_months`. Above it, a household repays
   * debt and then consumes `consumption_propensity` of the excess each month.
   */
  static double bufferMonths(MingaModel m) {
    return m.sc.producers().bufferMonths() + m.expenses.aheadIn(m.month());
  }

  /** Spends up to {@code amount} (never below zero cash) on consumption, which leaves the model. */
  private static void spend(MingaModel m, Producer p, double amount) {
    double paid = Math.max(0, Math.min(p.cash(), amount));
    m.ledger.transfer(p, Ledger.Account.CONSUMPTION, paid, Ledger.Reason.CONSUMPTION);
  }

  /** Pays this month's inputs as far as cash goes. */
  private static void payInputs(MingaModel m, Producer p) {
    double cost = Math.min(p.cash(), m.bills.inputCost(p.id)); // the bill computed in CREDIT
    m.ledger.transfer(p, Ledger.Account.INPUT_SUPPLIERS, cost, Ledger.Reason.INPUT_COSTS);
    p.payForInputs(cost);
  }

  private static void payInterest(MingaModel m, Producer p) {
    if (p.debt() <= 0) {
      return;
    }
    double due = p.debt() * Credit.rate(m, p);
    double paid = Math.min(p.cash(), due);
    Credit.payCreditor(m, p, paid, false);
    p.bearCost(paid);
    p.addUnpaidInterest(due - paid);
    LoanDefaults.afterInterest(m, p, due, paid);
  }

  /** Repays principal from cash above the target buffer (firm credit: by delivery). */
  private static void repayFromSurplus(MingaModel m, Producer p, double buffer) {
    if (p.debt() <= 0 || p.creditorKind() == Producer.FIRM_CREDITOR) {
      return;
    }
    double surplus = p.cash() - buffer;
    if (surplus > 0) {
      Credit.payCreditor(m, p, Math.min(surplus, p.debt()), true);
    }
  }
}
