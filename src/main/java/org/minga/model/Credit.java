package org.minga.model;

import org.minga.model.Policies.Lever;

/**
 * The CREDIT phase (docs/model.md 3, and 7.5 "debts tie"): cash-short producers borrow what they
 * need this month, from their cooperative if it offers credit, else from a public programme if in
 * force and they are covered, else from the nearest intermediary — whose loan ties their sales to
 * it until the debt is repaid. A household keeps one creditor at a time, and borrows at most up to
 * its credit limit (CreditLimit). The need includes the lumpy expenses due this month
 * (HouseholdExpenses). A played household's choice of lender, or of no loan, replaces the order
 * (docs/model.md 7.12). Also routes interest and repayments.
 */
final class Credit {
  private Credit() {}

  static void run(MingaModel m) {
    FirmContracts.inputCredit(m);
    // Each household's bills and shortfall, found in id order; then the borrowers borrow in a
    // random order (MonthlyBills says why that gives the same loans as one shuffled loop).
    MonthlyBills bills = m.bills;
    Producer[] producers = m.producers;
    for (int i = 0; i < producers.length; i++) {
      Producer p = producers[i];
      p.startIncomeMonth();
      double shortfall = 0;
      // Drawn for every household, active or not, so that the health-shock clock runs on while
      // a household is out of farming (nothing is due then).
      double expenses = HouseholdExpenses.drawDue(m, p);
      double inputBill = 0;
      if (p.isActive()) {
        inputBill = Production.inputCostDue(m, p);
        shortfall = need(m, p, inputBill, expenses) - p.cash() - p.offFarmIncome();
      }
      bills.set(i, inputBill, expenses, shortfall);
    }
    m.visitOrder.inRandomOrder(bills.borrowers(), VisitOrder.CREDIT_PASS, Credit::borrowShortfall);
  }

  /** What the household must pay this month: food, inputs, interest and lumpy expenses. */
  static double need(MingaModel m, Producer p, double inputBill, double expenses) {
    return p.subsistencePerMonth() + inputBill + p.debt() * rate(m, p) + expenses;
  }

  private static void borrowShortfall(MingaModel m, Producer p) {
    borrow(m, p, m.bills.shortfall(p.id)); // the shortfall computed in id order
  }

  /**
   * Borrows {@code amount}, or as much of it as the household's credit limit allows ({@link
   * CreditLimit}: none while lenders refuse a defaulter).
   */
  static void borrow(MingaModel m, Producer p, double wanted) {
    double amount = Math.min(wanted, CreditLimit.headroom(m, p));
    if (amount <= 1e-9) {
      return;
    }
    byte kind = p.debt() > 0 ? p.creditorKind() : chooseLender(m, p, amount);
    if (kind == Producer.FIRM_CREDITOR) {
      return; // no new loan while owing a firm
    }
    if (m.players.plays(p.id)) {
      kind = playedLender(m, p, kind, amount);
    }
    int who = p.debt() > 0 ? p.creditor() : lenderIndex(m, p, kind);
    if (kind == Producer.NO_CREDITOR) {
      return;
    }
    if (!canLend(m, kind, who, amount)) {
      return;
    }
    if (p.debt() <= 0) {
      m.records.clearArrears(p.id); // a new loan: arrears of an old one do not carry
    }
    switch (kind) {
      case Producer.COOPERATIVE_CREDITOR ->
          m.ledger.transfer(m.cooperatives.get(who), p, amount, Ledger.Reason.LOAN);
      case Producer.INTERMEDIARY_CREDITOR -> {
        Intermediary i = m.intermediaries.get(who);
        m.ledger.transfer(i, p, amount, Ledger.Reason.LOAN);
        i.lent(amount);
      }
      default -> m.ledger.transfer(Ledger.Account.PUBLIC_CREDIT, p, amount, Ledger.Reason.LOAN);
    }
    p.borrowFrom(kind, who, amount);
  }

  /** The lenders a household turns to, in the order it tries them. */
  private static final byte[] LENDERS = {
    Producer.COOPERATIVE_CREDITOR, Producer.PUBLIC_CREDITOR, Producer.INTERMEDIARY_CREDITOR
  };

  private static byte chooseLender(MingaModel m, Producer p, double amount) {
    for (byte kind : LENDERS) {
      if (offers(m, p, kind, amount)) {
        return kind;
      }
    }
    return Producer.NO_CREDITOR;
  }

  /**
   * Whether a lender of this kind offers the household a loan of {@code amount}: its own
   * cooperative if it lends and has the funds; the public programme if in force and it is covered;
   * its nearest intermediary while that channel is open.
   */
  private static boolean offers(MingaModel m, Producer p, byte kind, double amount) {
    return switch (kind) {
      case Producer.COOPERATIVE_CREDITOR ->
          p.isMember()
              && m.sc.cooperatives().services().credit()
              && canLend(m, Producer.COOPERATIVE_CREDITOR, p.cooperative(), amount);
      case Producer.PUBLIC_CREDITOR ->
          m.policies.inForce(Lever.PUBLIC_CREDIT)
              && p.programmeDraw() < m.sc.policies().publicCredit().coverage();
      case Producer.INTERMEDIARY_CREDITOR ->
          p.nearestIntermediary() >= 0 && m.channelOpen(Channel.INTERMEDIARY);
      default -> false;
    };
  }

  /**
   * A played household's lender replaces the rule's: "none" forgoes the loan (and lives with what
   * it cannot pay); a lender it prefers lends if it offers to, else the rule's lender does. While
   * it owes money only its creditor lends to it (one creditor at a time).
   */
  private static byte playedLender(MingaModel m, Producer p, byte rule, double amount) {
    byte chosen = (byte) m.players.choose(m.step, Decision.LENDER, p.id, rule);
    if (chosen == Producer.NO_CREDITOR || chosen == rule) {
      return chosen;
    }
    return p.debt() <= 0 && offers(m, p, chosen, amount) ? chosen : rule;
  }

  private static int lenderIndex(MingaModel m, Producer p, byte kind) {
    return switch (kind) {
      case Producer.COOPERATIVE_CREDITOR -> p.cooperative();
      case Producer.INTERMEDIARY_CREDITOR -> p.nearestIntermediary();
      default -> -1;
    };
  }

  private static boolean canLend(MingaModel m, byte kind, int who, double amount) {
    return switch (kind) {
      case Producer.COOPERATIVE_CREDITOR -> {
        Cooperative c = m.cooperatives.get(who);
        yield c.isActive()
            && c.reserve() * m.sc.cooperatives().services().lendableReserve() >= amount;
      }
      case Producer.INTERMEDIARY_CREDITOR -> {
        Intermediary i = m.intermediaries.get(who);
        yield i.isActive() && i.capital() >= amount;
      }
      case Producer.PUBLIC_CREDITOR -> true;
      default -> false;
    };
  }

  /** Monthly interest rate the producer pays on its debt. */
  static double rate(MingaModel m, Producer p) {
    return switch (p.creditorKind()) {
      case Producer.INTERMEDIARY_CREDITOR -> m.sc.intermediaries().interestRate();
      case Producer.COOPERATIVE_CREDITOR -> m.sc.cooperatives().services().creditInterest();
      case Producer.PUBLIC_CREDITOR -> m.sc.policies().publicCredit().interest();
      default -> 0;
    };
  }

  /** Pays {@code amount} from the producer's cash to its creditor (interest or principal). */
  static void payCreditor(MingaModel m, Producer p, double amount, boolean principal) {
    if (amount <= 0) {
      return;
    }
    Ledger.Reason why = principal ? Ledger.Reason.REPAYMENT : Ledger.Reason.INTEREST;
    switch (p.creditorKind()) {
      case Producer.COOPERATIVE_CREDITOR ->
          m.ledger.transfer(p, m.cooperatives.get(p.creditor()), amount, why);
      case Producer.INTERMEDIARY_CREDITOR -> {
        Intermediary i = m.intermediaries.get(p.creditor());
        m.ledger.transfer(p, i, amount, why);
        if (principal) {
          i.loanRepaid(amount);
        } else {
          i.earnInterest(amount);
        }
      }
      case Producer.FIRM_CREDITOR -> m.ledger.transfer(p, m.firms[p.creditor()], amount, why);
      default -> m.ledger.transfer(p, Ledger.Account.PUBLIC_CREDIT, amount, why);
    }
    if (principal) {
      p.repay(amount);
    }
  }

  /**
   * Writes off a debt: its creditor has gone (a dissolved cooperative, an exited buyer) or the loan
   * is in default (LoanDefaults). The lender keeps the loss: the money lent already left it at
   * lending, so no money moves now.
   */
  static void writeOff(MingaModel m, Producer p) {
    double debt = p.debt();
    m.book.writeOff(debt);
    if (p.creditorKind() == Producer.INTERMEDIARY_CREDITOR) {
      m.intermediaries.get(p.creditor()).loanWrittenOff(debt);
    }
    p.writeOffDebt();
  }
}
