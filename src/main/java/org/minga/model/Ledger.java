package org.minga.model;

/**
 * The one way money moves in the model. Every payment is a transfer between two parties, each
 * either a {@link Holder} inside the model (a household, cooperative, intermediary or firm) or a
 * named external {@link Account} (buyers abroad, the state, suppliers, consumption...), and names
 * its {@link Reason}. Only the ledger changes a holder's balance: the holders' methods that do
 * ({@code creditByLedger}, {@code debitByLedger}) are called from here and nowhere else.
 *
 * <p>Money is so conserved by construction: a transfer between holders debits one by exactly the
 * amount it credits the other, so the holders' combined balance does not move; a transfer from a
 * source or to a sink moves the holders' combined balance and that account's net by the same
 * amount. Hence at every moment the money held inside the model equals the sum of the accounts'
 * nets ({@link #total}), up to floating-point rounding of the sums, and the money-conservation
 * invariant (Invariants) only confirms that no balance changed outside the ledger.
 *
 * <p>Three forms keep each balance's arithmetic as the mechanisms write it: a payment to a
 * household that owes the payer moves only the net of the repayment the payer keeps ({@link
 * #payNetOfRepayment}); a sale abroad whose costs are paid out of the proceeds credits the seller
 * once, revenue minus costs ({@link #saleNetOfCosts}); and a whole paid in parts (a payee paid by
 * several payers, or a payer's whole shared among payees) goes through the ledger's clearing
 * balance ({@link #intoClearing}, {@link #outOfClearing}): money in transit, held inside the model,
 * in which only the parts' rounding stays.
 */
public final class Ledger {
  /** Named external sources and sinks. Positive flows enter the model. */
  public enum Account {
    WORLD_BUYERS,
    LOCAL_BUYERS,
    OFF_FARM_INCOME,
    GRANTS,
    PRICE_FLOOR_PAYMENTS,
    PUBLIC_CREDIT,
    CONSUMPTION,
    INPUT_SUPPLIERS,
    OPERATING_COSTS,
    CONTRACT_PENALTIES,
    ENTRY_CAPITAL,
    EXIT_WITHDRAWALS,
    WRITE_OFFS,
    MISMANAGEMENT
  }

  /** Why money moved: every transfer names one. */
  public enum Reason {
    /** Capital an agent brings when it enters (households' starting cash included). */
    ENTRY,
    /** Capital an agent takes out when it leaves. */
    EXIT,
    /** A sale to buyers outside the model (exporters, the local market). */
    SALE,
    /** A buyer inside the model pays for produce (intermediaries, firms). */
    PURCHASE,
    /** A cooperative's advance on delivery. */
    ADVANCE,
    /** A cooperative's remainder on a settled batch. */
    REMAINDER,
    /** A loan paid out (cooperative, intermediary, public programme, firm input credit). */
    LOAN,
    /** Interest paid to a lender. */
    INTEREST,
    /** Principal repaid to a lender (out of cash, or kept by a buyer out of a payment). */
    REPAYMENT,
    OFF_FARM_INCOME,
    INPUT_COSTS,
    /** Subsistence, lumpy expenses and consumption above the buffer. */
    CONSUMPTION,
    /** Promotion grants and tax savings. */
    GRANT,
    PRICE_FLOOR_TOP_UP,
    /** Fixed, handling, transport and per-unit costs of cooperatives and buyers. */
    OPERATING_COSTS,
    /** A cooperative's joining fee. */
    FEE,
    /** Contract penalties: to a buyer for a shortfall, to a firm for a breach. */
    PENALTY,
    /** Reserve lost to mismanagement. */
    MISMANAGEMENT,
    /** A dissolved cooperative's reserve shared among its members. */
    DISSOLUTION_SHARE,
    /** A dissolved cooperative's negative reserve written off by its creditors. */
    WRITE_OFF
  }

  /**
   * Who holds money inside the model. Only the ledger changes a holder's balance; each holder class
   * has package-private {@code creditByLedger} and {@code debitByLedger} for it.
   */
  sealed interface Holder permits Producer, Cooperative, Intermediary, TractorFirm {}

  private final double[] flows = new double[Account.values().length];
  private final double[] moved = new double[Reason.values().length];

  /** Money in transit between a payer and payees settling in parts (see intoClearing). */
  private double clearing;

  /** Moves {@code amount} from one holder to another. */
  void transfer(Holder from, Holder to, double amount, Reason why) {
    debit(from, amount);
    credit(to, amount);
    moved[why.ordinal()] += amount;
  }

  /** Money entering the model from an external source. */
  void transfer(Account source, Holder to, double amount, Reason why) {
    flows[source.ordinal()] += amount;
    credit(to, amount);
    moved[why.ordinal()] += amount;
  }

  /** Money leaving the model to an external sink. */
  void transfer(Holder from, Account sink, double amount, Reason why) {
    debit(from, amount);
    flows[sink.ordinal()] -= amount;
    moved[why.ordinal()] += amount;
  }

  /**
   * A payment to a household that owes the payer: the payer keeps {@code repaid} of the {@code
   * gross} due (the household's debt already reduced by it, Producer.repayOutOf) and pays the rest.
   * Money moves once, by {@code gross - repaid}; the per-reason totals count the gross payment
   * under {@code why} and the part kept under {@link Reason#REPAYMENT}.
   */
  void payNetOfRepayment(Holder payer, Producer payee, double gross, double repaid, Reason why) {
    double net = gross - repaid;
    debit(payer, net);
    payee.creditByLedger(net);
    moved[why.ordinal()] += gross;
    moved[Reason.REPAYMENT.ordinal()] += repaid;
  }

  /**
   * A sale to buyers abroad whose costs are paid to their suppliers out of the proceeds as they
   * come in: the seller's balance moves once, by {@code revenue - costs}.
   */
  void saleNetOfCosts(Holder seller, double revenue, double costs) {
    flows[Account.WORLD_BUYERS.ordinal()] += revenue;
    flows[Account.OPERATING_COSTS.ordinal()] -= costs;
    credit(seller, revenue - costs);
    moved[Reason.SALE.ordinal()] += revenue;
    moved[Reason.OPERATING_COSTS.ordinal()] += costs;
  }

  /**
   * A payer's part of a payment that reaches its payees through clearing ({@link #outOfClearing}):
   * a whole paid out in shares, or shares paid in for one payee. Counted in the per-reason totals
   * when it is paid out.
   */
  void intoClearing(Holder from, double amount) {
    debit(from, amount);
    clearing += amount;
  }

  /** A payee's part of a payment that went through clearing ({@link #intoClearing}). */
  void outOfClearing(Holder to, double amount, Reason why) {
    clearing -= amount;
    credit(to, amount);
    moved[why.ordinal()] += amount;
  }

  /**
   * Money in transit: what payers paid into clearing less what payees were paid out of it; held
   * inside the model, it is only the rounding of parts against their whole.
   */
  public double inClearing() {
    return clearing;
  }

  /** Cumulative net flow of one account since the start. */
  public double net(Account a) {
    return flows[a.ordinal()];
  }

  /** Cumulative net inflow over every account. */
  public double total() {
    double s = 0;
    for (double f : flows) {
      s += f;
    }
    return s;
  }

  /** Cumulative amount moved for one reason since the start (every transfer counted once). */
  public double moved(Reason why) {
    return moved[why.ordinal()];
  }

  /** Every account's net and every reason's total, for a failed money check to show. */
  String summary() {
    StringBuilder b = new StringBuilder("net by account:");
    for (Account a : Account.values()) {
      b.append(' ').append(a).append(' ').append(net(a));
    }
    b.append("; moved by reason:");
    for (Reason r : Reason.values()) {
      b.append(' ').append(r).append(' ').append(moved(r));
    }
    return b.append("; in clearing ").append(clearing).toString();
  }

  /** The money a holder holds. */
  static double balance(Holder h) {
    if (h instanceof Producer p) {
      return p.cash();
    } else if (h instanceof Cooperative c) {
      return c.reserve();
    } else if (h instanceof Intermediary i) {
      return i.capital();
    }
    return ((TractorFirm) h).cash();
  }

  private static void credit(Holder h, double amount) {
    if (h instanceof Producer p) {
      p.creditByLedger(amount);
    } else if (h instanceof Cooperative c) {
      c.creditByLedger(amount);
    } else if (h instanceof Intermediary i) {
      i.creditByLedger(amount);
    } else {
      ((TractorFirm) h).creditByLedger(amount);
    }
  }

  private static void debit(Holder h, double amount) {
    if (h instanceof Producer p) {
      p.debitByLedger(amount);
    } else if (h instanceof Cooperative c) {
      c.debitByLedger(amount);
    } else if (h instanceof Intermediary i) {
      i.debitByLedger(amount);
    } else {
      ((TractorFirm) h).debitByLedger(amount);
    }
  }
}
