package org.minga.model;

/**
 * How tests set up money: through the ledger, as the model moves it, so the money invariant holds
 * after a test's set-up (no test writes a balance or a debt directly).
 */
final class TestMoney {
  private TestMoney() {}

  /**
   * Sets a holder's balance to exactly {@code target}: what it holds leaves as an exit withdrawal
   * ({@code x - x == 0}) and the target enters as entry capital ({@code 0 + t == t}).
   */
  static void setBalance(MingaModel m, Ledger.Holder h, double target) {
    m.ledger.transfer(h, Ledger.Account.EXIT_WITHDRAWALS, Ledger.balance(h), Ledger.Reason.EXIT);
    m.ledger.transfer(Ledger.Account.ENTRY_CAPITAL, h, target, Ledger.Reason.ENTRY);
  }

  /** The intermediary lends {@code amount} to the producer, as Credit.borrow does. */
  static void lend(MingaModel m, Intermediary i, Producer p, double amount) {
    m.ledger.transfer(i, p, amount, Ledger.Reason.LOAN);
    i.lent(amount);
    p.borrowFrom(Producer.INTERMEDIARY_CREDITOR, i.index(), amount);
  }

  /** The intermediary buys for {@code gross}, keeping what the producer owes it (Delivery). */
  static void buy(MingaModel m, Intermediary i, Producer p, double gross) {
    double repaid = p.repayOutOf(gross, Producer.INTERMEDIARY_CREDITOR, i.index());
    m.ledger.payNetOfRepayment(i, p, gross, repaid, Ledger.Reason.PURCHASE);
    i.loanRepaid(repaid);
  }
}
