package org.minga.model;

import org.minga.scenario.HouseholdCreditConfig;

/**
 * Loans going bad (docs/model.md 7.5, "debts tie"): a month in which a household cannot pay the
 * interest due in full (it can borrow no more: at its credit limit, refused, or its lender has no
 * funds) is a month in arrears; the unpaid interest is added to the debt. After
 * `credit.default_after_months` consecutive months in arrears the loan is in default: the lender
 * writes the debt off (it loses the money lent; no money moves), the household is recorded as a
 * defaulter, its credit limit tightens (CreditLimit) and lenders refuse it new loans for
 * `credit.refusal_years`. Firm input credit (no interest, repaid by delivery) never falls into
 * arrears here.
 */
final class LoanDefaults {
  private LoanDefaults() {}

  /** Called after the month's interest payment: {@code due} owed, {@code paid} paid. */
  static void afterInterest(MingaModel m, Producer p, double due, double paid) {
    if (p.debt() <= 0 || due <= 0) {
      m.records.clearArrears(p.id);
      return;
    }
    if (paid >= due - 1e-9) {
      m.records.clearArrears(p.id);
      return;
    }
    m.records.addMonthInArrears(p.id);
    HouseholdCreditConfig cc = m.sc.producers().credit();
    if (m.records.monthsInArrears(p.id) >= cc.defaultAfterMonths()) {
      default_(m, p, cc);
    }
  }

  /** The loan is in default: written off by the lender, who refuses new loans for a while. */
  private static void default_(MingaModel m, Producer p, HouseholdCreditConfig cc) {
    m.book.loanDefault();
    p.recordDefault();
    m.records.recordDefault(p.id, m.step + 12 * cc.refusalYears());
    Credit.writeOff(m, p);
  }
}
