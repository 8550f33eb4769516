package org.minga.model;

/**
 * Phase 7 for households (MODEL.md 4, 7): receive off-farm income; pay inputs, interest and
 * subsistence (cutting consumption when cash runs out, never going below zero); repay debts from
 * what is left above a buffer; unsold stock suffers storage losses. Net income = sales received
 * (including remainders) - inputs - interest + off-farm income.
 */
final class HouseholdBudget {
  private HouseholdBudget() {}

  static void settle(MingaModel m) {
    double storageLoss = m.sc.commodity().storageLoss();
    int holders = 0;
    for (Producer p : m.producers) {
      if (!p.active) {
        continue;
      }
      p.cash += p.offFarmIncome;
      p.incomeMonth += p.offFarmIncome;
      m.ledger.in(Ledger.Account.OFF_FARM_INCOME, p.offFarmIncome);
      payInputs(m, p);
      payInterest(m, p);
      double consume = Math.min(p.cash, p.subsistence);
      p.cash -= consume;
      m.ledger.out(Ledger.Account.CONSUMPTION, consume);
      repayFromSurplus(m, p);
      if (p.stock > 0) {
        double lost = p.stock * storageLoss;
        p.stock -= lost;
        m.book.lost += lost;
      }
      holders += p.stock > 1e-9 ? 1 : 0;
    }
    m.stockHoldersAfterSettlement = holders;
  }

  private static void payInputs(MingaModel m, Producer p) {
    double cost = Math.min(p.cash, Production.inputCostDue(m, p));
    p.cash -= cost;
    p.incomeMonth -= cost;
    p.inputCostMonth = cost;
    m.ledger.out(Ledger.Account.INPUT_SUPPLIERS, cost);
  }

  private static void payInterest(MingaModel m, Producer p) {
    if (p.debt <= 0) {
      return;
    }
    double due = p.debt * Credit.rate(m, p);
    double paid = Math.min(p.cash, due);
    Credit.payCreditor(m, p, paid, false);
    p.incomeMonth -= paid;
    p.debt += due - paid;
  }

  /** Repays principal from cash above two months of subsistence (firm credit: by delivery). */
  private static void repayFromSurplus(MingaModel m, Producer p) {
    if (p.debt <= 0 || p.creditorKind == Producer.FIRM_CREDITOR) {
      return;
    }
    double surplus = p.cash - 2 * p.subsistence;
    if (surplus > 0) {
      Credit.payCreditor(m, p, Math.min(surplus, p.debt), true);
    }
  }
}
