package org.minga.model;

/**
 * A smallholder household (docs/model.md 2). Holds its own state; the mechanisms of the model
 * change it. Primitive fields only, so that a million producers fit in a few hundred megabytes and
 * the step loop allocates nothing.
 */
public final class Producer implements Ledger.Holder {
  // ProducerMemory.touch reads fields spread over this object so that random-order passes load
  // all its cache lines early; after adding or reordering fields, check it still does. Records
  // that random-order passes do not read belong in HouseholdRecords, not here.
  /** Creditor kinds: who a household owes money to (one creditor at a time). */
  static final byte NO_CREDITOR = 0;
  static final byte INTERMEDIARY_CREDITOR = 1;
  static final byte COOPERATIVE_CREDITOR = 2;
  static final byte PUBLIC_CREDITOR = 3;
  static final byte FIRM_CREDITOR = 4;

  final int id;
  double x;
  double y;
  double area;
  double yieldPerHa;
  double quality;
  double capability;
  private double cash;
  double subsistence;
  double offFarmIncome;
  double patience;
  boolean informed;
  boolean innovator;
  /** Fixed draws deciding who a partial-coverage programme reaches (stable over the run). */
  float programmeDraw;

  boolean active = true;
  int yearsBelowSubsistence;

  double stock;
  /** What it owes its creditor: a claim, not money; changed by its borrowing methods. */
  private double debt;
  /** Whether it defaulted on a loan this calendar year (households.csv); see recordDefault. */
  boolean defaultedThisYear;
  private byte creditorKind = NO_CREDITOR;
  private int creditor = -1;

  /** Index of the cooperative it belongs to, or -1. */
  int cooperative = -1;
  double trust;
  /** Share of its committed volume it delivered last season (services depend on it). */
  double deliveryRecord = 1;
  double committedThisSeason;
  double deliveredThisSeason;
  /**
   * Its weight per unit delivered in sharing cooperative remainders ({@link EliteCapture#weight}):
   * a power of its fixed area, computed once at the start rather than at every delivery.
   */
  double sharingWeight = 1;
  /** Volume delivered to the cooperative in each of the last (payment delay + 1) months. */
  float[] deliveryRing;

  /** Index of the firm it is contracted to, or -1. */
  int firm = -1;
  boolean blacklisted;
  /** Share of contracted volume honoured, running average (firms select on it). */
  double reliability = 1;

  /** Nearest active intermediary within reach, or -1; and how many are within reach. */
  int nearestIntermediary = -1;
  int intermediariesInReach;
  /** Nearest active cooperative within reach, or -1, for joining. */
  int nearestCooperative = -1;

  /** Channel of most of its sales in its last month with sales; -1 before any sale. */
  byte mainChannel = -1;
  /** Last step at which its output reached an exporter (contract or cooperative export). */
  int lastExportStep = Integer.MIN_VALUE;

  /**
   * Net income this month, and the trailing 12 months (the monthly values of the window are in
   * the model's ring arrays, {@link MingaModel#incomeRings}).
   */
  double incomeMonth;
  double income12;
  /** Input cost per ha paid this month, and trailing 12 months. */
  double inputCostMonth;
  double inputCost12;

  Producer(int id) {
    this.id = id;
  }

  public int id() {
    return id;
  }

  public double x() {
    return x;
  }

  public double y() {
    return y;
  }

  public double area() {
    return area;
  }

  /** Consumption needs per month (USD). */
  public double subsistencePerMonth() {
    return subsistence;
  }

  /** Whether a firm has blacklisted it for breach (no firm offers it a contract again). */
  public boolean isBlacklisted() {
    return blacklisted;
  }

  public double quality() {
    return quality;
  }

  public double capability() {
    return capability;
  }

  public double cash() {
    return cash;
  }

  public double debt() {
    return debt;
  }

  public double stock() {
    return stock;
  }

  public boolean isActive() {
    return active;
  }

  public boolean isMember() {
    return cooperative >= 0;
  }

  public boolean isContracted() {
    return firm >= 0;
  }

  public boolean isIndebtedToIntermediary() {
    return creditorKind == INTERMEDIARY_CREDITOR && debt > 0;
  }

  /** Index of its cooperative or -1. */
  public int cooperative() {
    return cooperative;
  }

  /** Index of its firm or -1. */
  public int firm() {
    return firm;
  }

  /** Index of the nearest active intermediary within reach, or -1 (the window draws links). */
  public int nearestIntermediary() {
    return nearestIntermediary;
  }

  public double trust() {
    return trust;
  }

  /** Net income over the trailing 12 months (USD). */
  public double income12() {
    return income12;
  }

  /** Net income of the last month (USD). */
  public double incomeMonth() {
    return incomeMonth;
  }

  /** Input cost per ha over the trailing 12 months. */
  public double inputCostPerHa12() {
    return inputCost12 / area;
  }

  /** Main channel of its last month with sales, or null before any sale. */
  public Channel mainChannel() {
    return mainChannel < 0 ? null : Channel.ALL[mainChannel];
  }

  public int lastExportStep() {
    return lastExportStep;
  }

  /** Output expected in a year at current capability, before shocks. */
  double expectedYearlyOutput(double assistanceYieldEffect) {
    return area * yieldPerHa * (1 + assistanceYieldEffect * capability);
  }

  /** Adds a month's net income to the trailing 12-month ring. */
  /**
   * Rolls this month into the trailing 12-month sums; {@code at} is this producer's cell for
   * this calendar slot in the model's ring arrays.
   */
  void closeMonth(double[] incomeRing, double[] inputCostRing, int at) {
    income12 += incomeMonth - incomeRing[at];
    incomeRing[at] = incomeMonth;
    inputCost12 += inputCostMonth - inputCostRing[at];
    inputCostRing[at] = inputCostMonth;
  }

  /**
   * Out of a receipt of {@code amount} from {@code kind}/{@code who}, repays what it owes that
   * creditor first; returns the part repaid, which the payer keeps (Ledger.payNetOfRepayment).
   */
  double repayOutOf(double amount, byte kind, int who) {
    double repay = 0;
    if (debt > 0 && creditorKind == kind && creditor == who) {
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

  public boolean defaultedThisYear() {
    return defaultedThisYear;
  }

  private void clearDebt() {
    debt = 0;
    creditorKind = NO_CREDITOR;
    creditor = -1;
  }
}
