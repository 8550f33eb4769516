package org.minga.model;

/**
 * The second layer of a {@link Producer}: its accounts. The money it holds (changed only by the
 * {@link Ledger}), what it owes and to whom (one creditor at a time), whether it defaulted this
 * year, and this month's net income and input cost, whose trailing 12 months are kept for all
 * households together ({@link HouseholdWindows}). A layer of the same object, not an object of its
 * own (see {@link Household}).
 */
public abstract sealed class HouseholdAccounts extends Household permits FarmingHousehold {
  /** Creditor kinds: who a household owes money to (one creditor at a time). */
  static final byte NO_CREDITOR = 0;

  static final byte INTERMEDIARY_CREDITOR = 1;
  static final byte COOPERATIVE_CREDITOR = 2;
  static final byte PUBLIC_CREDITOR = 3;
  static final byte FIRM_CREDITOR = 4;

  // Fields of one object with the other layers: after adding or reordering any, check that
  // ProducerMemory.touch still reads every cache line (its note says how).
  private double cash;

  /** What it owes its creditor: a claim, not money; changed by its borrowing methods. */
  private double debt;

  /** Net income and input cost of this month (their trailing 12 months are in windows). */
  private double incomeMonth;

  private double inputCostMonth;

  private int creditor = -1;
  private byte creditorKind = NO_CREDITOR;

  /** Whether it defaulted on a loan this calendar year (households.csv); see recordDefault. */
  private boolean defaultedThisYear;

  /** Every household's trailing 12-month income and input cost, this one's in row id. */
  private HouseholdWindows windows;

  HouseholdAccounts(int id, Attributes a) {
    super(id, a);
  }

  public double cash() {
    return cash;
  }

  public double debt() {
    return debt;
  }

  public boolean isIndebtedToIntermediary() {
    return creditorKind == INTERMEDIARY_CREDITOR && debt > 0;
  }

  /** Net income over the trailing 12 months (USD). */
  public double income12() {
    return windows.income12(id);
  }

  /** Net income of the last month (USD). */
  public double incomeMonth() {
    return incomeMonth;
  }

  /** Input cost per ha over the trailing 12 months. */
  public double inputCostPerHa12() {
    return windows.inputCost12(id) / area();
  }

  public boolean defaultedThisYear() {
    return defaultedThisYear;
  }

  /** The start of a month: its net income and input cost for the month start from zero. */
  void startIncomeMonth() {
    incomeMonth = 0;
    inputCostMonth = 0;
  }

  /** Pays {@code cost} for this month's inputs: a cost to its income, and its input bill. */
  void payForInputs(double cost) {
    bearCost(cost);
    inputCostMonth = cost;
  }

  /** Input cost paid this month (its trailing 12 months are in the household windows). */
  double inputCostMonth() {
    return inputCostMonth;
  }

  /** Keeps its trailing 12-month income and input cost in {@code windows} (at the start). */
  void keepWindowsIn(HouseholdWindows windows) {
    this.windows = windows;
  }

  /** Adds {@code amount} to this month's net income (a remainder, off-farm income, a sale). */
  void earn(double amount) {
    incomeMonth += amount;
  }

  /** Takes {@code amount} from this month's net income (inputs, interest, a penalty). */
  void bearCost(double amount) {
    incomeMonth -= amount;
  }

  /** A new calendar year: its per-year records start again. */
  void startCalendarYear() {
    defaultedThisYear = false;
  }

  /**
   * Out of a receipt of {@code amount} from {@code kind}/{@code who}, repays what it owes that
   * creditor first; returns the part repaid, which the payer keeps (Ledger.payNetOfRepayment).
   */
  double repayOutOf(double amount, byte kind, int who) {
    double repay = 0;
    if (debt > 0 && hasCreditor(kind, who)) {
      repay = Math.min(debt, amount);
      debt -= repay;
      if (debt <= 1e-9) {
        clearDebt();
      }
    }
    return repay;
  }

  /** Owes {@code amount} more to {@code kind}/{@code who}, paid out with a Ledger transfer. */
  void borrowFrom(byte kind, int who, double amount) {
    debt += amount;
    creditorKind = kind;
    creditor = who;
  }

  /** Principal repaid to its creditor (the money moves with a Ledger transfer). */
  void repay(double principal) {
    debt -= principal;
    if (debt <= 1e-9) {
      clearDebt();
    }
  }

  /** Interest due and not paid is added to the debt (arrears, LoanDefaults). */
  void addUnpaidInterest(double unpaid) {
    debt += unpaid;
  }

  /** The creditor writes the debt off (Credit.writeOff): nothing more is owed, no money moves. */
  void writeOffDebt() {
    clearDebt();
  }

  /** Who it owes: a creditor kind ({@code NO_CREDITOR} when it owes nothing). */
  byte creditorKind() {
    return creditorKind;
  }

  /** Index of its creditor within the creditor's kind, or -1. */
  int creditor() {
    return creditor;
  }

  /** Whether its creditor is {@code who} of {@code kind}. */
  boolean hasCreditor(byte kind, int who) {
    return creditorKind == kind && creditor == who;
  }

  /** Called only by the Ledger. */
  void creditByLedger(double amount) {
    cash += amount;
  }

  /** Called only by the Ledger. */
  void debitByLedger(double amount) {
    cash -= amount;
  }

  /** A loan of this household went into default (read by the yearly households panel). */
  void recordDefault() {
    defaultedThisYear = true;
  }

  private void clearDebt() {
    debt = 0;
    creditorKind = NO_CREDITOR;
    creditor = -1;
  }
}
