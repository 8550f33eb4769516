package org.minga.model;

/**
 * A smallholder household (docs/model.md 2). Holds its own state; the mechanisms of the model
 * change it through methods that say what happens (it harvests, sells, joins a cooperative, signs a
 * contract, learns trust, leaves farming...) rather than by writing its fields. Its money (cash,
 * debt, creditor) and trailing 12-month windows are kept by the money and window code. Primitive
 * fields only, so that a million producers fit in a few hundred megabytes and the step loop
 * allocates nothing.
 *
 * <p>Invariants kept here: it belongs to a cooperative or a firm or neither, never both (joining
 * and signing refuse otherwise); leaving a cooperative forfeits its pending remainders.
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
  private double x;
  private double y;
  private double area;
  private double yieldPerHa;
  private double quality;
  private double capability;
  private double cash;
  private double subsistence;
  private double offFarmIncome;
  private double patience;
  private boolean informed;
  private boolean innovator;

  /** Fixed draws deciding who a partial-coverage programme reaches (stable over the run). */
  private float programmeDraw;

  private boolean active = true;

  /** Years in a row, to the last yearly check, with income below subsistence. */
  private int yearsBelowSubsistence;

  private double stock;

  /** What it owes its creditor: a claim, not money; changed by its borrowing methods. */
  private double debt;

  /** Whether it defaulted on a loan this calendar year (households.csv); see recordDefault. */
  private boolean defaultedThisYear;

  private byte creditorKind = NO_CREDITOR;
  private int creditor = -1;

  /** Index of the cooperative it belongs to, or -1 (always -1 while it holds a contract). */
  private int cooperative = -1;

  private double trust;

  /** Share of its committed volume it delivered last season (services depend on it). */
  private double deliveryRecord = 1;

  private double committedThisSeason;
  private double deliveredThisSeason;

  /**
   * Its weight per unit delivered in sharing cooperative remainders ({@link EliteCapture#weight}):
   * a power of its fixed area, computed once at the start rather than at every delivery.
   */
  private double sharingWeight = 1;

  /**
   * Volume delivered to the cooperative in each of the last (payment delay + 1) months, at slot
   * (step mod the cooperative's batch count), as the cooperative's batches are: its share of each
   * pending remainder. Null before its first delivery; a slot is cleared when its batch settles,
   * the whole ring when it forfeits its remainders (caught side-selling, leaving, dissolution).
   */
  private float[] deliveryRing;

  /** Index of the firm it is contracted to, or -1 (always -1 while it is a member). */
  private int firm = -1;

  private boolean blacklisted;

  /** Share of contracted volume honoured, running average (firms select on it). */
  private double reliability = 1;

  /** Nearest active intermediary within reach, or -1; and how many are within reach. */
  private int nearestIntermediary = -1;

  private int intermediariesInReach;

  /** Nearest active cooperative within reach, or -1, for joining. */
  private int nearestCooperative = -1;

  /** Channel of most of its sales in its last month with sales; -1 before any sale. */
  private byte mainChannel = -1;

  /** Last step at which its output reached an exporter (contract or cooperative export). */
  private int lastExportStep = Integer.MIN_VALUE;

  /** Net income and input cost of this month (their trailing 12 months are in windows). */
  private double incomeMonth;

  private double inputCostMonth;

  /** Every household's trailing 12-month income and input cost, this one's in row id. */
  private HouseholdWindows windows;

  /**
   * What the world builder draws for a household (or reads from a producer table): its place, farm,
   * means, preferences and starting trust. Cash is drawn with them but set by the money code.
   */
  record Attributes(
      double x,
      double y,
      double area,
      double yieldPerHa,
      double quality,
      double capability,
      double subsistence,
      double offFarmIncome,
      double patience,
      double trust,
      boolean informed,
      boolean innovator,
      float programmeDraw) {}

  /** A household with the drawn attributes, farming, outside any cooperative or contract. */
  Producer(int id, Attributes a) {
    this.id = id;
    x = a.x();
    y = a.y();
    area = a.area();
    yieldPerHa = a.yieldPerHa();
    quality = a.quality();
    capability = a.capability();
    subsistence = a.subsistence();
    offFarmIncome = a.offFarmIncome();
    patience = a.patience();
    trust = a.trust();
    informed = a.informed();
    innovator = a.innovator();
    programmeDraw = a.programmeDraw();
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
    return windows.income12(id);
  }

  /** Net income of the last month (USD). */
  public double incomeMonth() {
    return incomeMonth;
  }

  /** Input cost per ha over the trailing 12 months. */
  public double inputCostPerHa12() {
    return windows.inputCost12(id) / area;
  }

  /** Main channel of its last month with sales, or null before any sale. */
  public Channel mainChannel() {
    return mainChannel < 0 ? null : Channel.ALL[mainChannel];
  }

  public int lastExportStep() {
    return lastExportStep;
  }

  /** Yield per ha in a year, before shocks and assistance. */
  double yieldPerHa() {
    return yieldPerHa;
  }

  /** Off-farm income per month (USD). */
  double offFarmIncome() {
    return offFarmIncome;
  }

  /** Its monthly discount factor on delayed payments before any cash shortage. */
  double patience() {
    return patience;
  }

  /** Whether it knows the world price (an uninformed seller accepts a wider margin). */
  boolean isInformed() {
    return informed;
  }

  /** Whether it is an innovator (young people and women: quicker to move). */
  boolean isInnovator() {
    return innovator;
  }

  /** Its fixed draw deciding whether a partial-coverage programme reaches it. */
  float programmeDraw() {
    return programmeDraw;
  }

  /** Share of its committed volume it delivered last season (1 before any commitment). */
  double deliveryRecord() {
    return deliveryRecord;
  }

  /** Volume committed to its cooperative so far this season. */
  double committedThisSeason() {
    return committedThisSeason;
  }

  /** Volume delivered to its cooperative so far this season. */
  double deliveredThisSeason() {
    return deliveredThisSeason;
  }

  /** Its weight per unit delivered in sharing cooperative remainders. */
  double sharingWeight() {
    return sharingWeight;
  }

  /** Volume it delivered into the cooperative batch at {@code slot} (0 if it never delivered). */
  float deliveredInSlot(int slot) {
    return deliveryRing == null ? 0 : deliveryRing[slot];
  }

  /** Share of contracted volume honoured, running average (firms select on it). */
  double reliability() {
    return reliability;
  }

  /** How many active intermediaries are within its reach. */
  int intermediariesInReach() {
    return intermediariesInReach;
  }

  /** Index of the nearest active cooperative within reach, or -1. */
  int nearestCooperative() {
    return nearestCooperative;
  }

  /** Channel ordinal of its main channel, -1 before any sale (the model's dense mirror). */
  byte mainChannelCode() {
    return mainChannel;
  }

  /** A harvest month: {@code out} goes into its stock. */
  void harvest(double out) {
    stock += out;
  }

  /**
   * Sold or delivered {@code q} from its stock, which counts {@code income} in this month's net
   * income (the money itself reaches it through {@link #receive} or its cash).
   */
  void sell(double q, double income) {
    stock -= q;
    incomeMonth += income;
  }

  /** Storage loses {@code lossShare} of its stock; returns the volume lost. */
  double spoilStock(double lossShare) {
    double lost = stock * lossShare;
    stock -= lost;
    return lost;
  }

  /**
   * Counts the year just ended in its run of years with income below subsistence ({@code below}) or
   * ends the run; returns the run's length.
   */
  int countYearBelowSubsistence(boolean below) {
    yearsBelowSubsistence = below ? yearsBelowSubsistence + 1 : 0;
    return yearsBelowSubsistence;
  }

  /**
   * Leaves farming (migration, wage work): its stock is abandoned. The caller has ended its
   * membership and contract first.
   */
  void leaveFarming() {
    stock = 0;
    active = false;
  }

  /** Comes back to farming, with a fresh count of bad years. */
  void returnToFarming() {
    active = true;
    yearsBelowSubsistence = 0;
  }

  /**
   * Joins cooperative {@code index} (the caller adds it to the member list): it starts with a clean
   * delivery record and trusts cooperatives at least {@code trustFloor}.
   *
   * @throws IllegalStateException if it already belongs to a cooperative or a firm
   */
  void joinCooperative(int index, double trustFloor) {
    if (cooperative >= 0 || firm >= 0) {
      throw new IllegalStateException(
          "producer "
              + id
              + " cannot join cooperative "
              + index
              + ": it belongs to cooperative "
              + cooperative
              + ", firm "
              + firm);
    }
    cooperative = index;
    deliveryRecord = 1;
    trust = Math.max(trust, trustFloor);
  }

  /**
   * Leaves its cooperative (or the cooperative dissolves; the caller keeps the member list): its
   * pending remainders stay with the cooperative.
   */
  void leaveCooperative() {
    cooperative = -1;
    forfeitRemainders();
  }

  /**
   * Its shares of the cooperative's pending remainders are forfeited (caught side-selling, or
   * leaving): they stay in the cooperative's reserve, as the batch keeps its full weight, so the
   * others' shares do not grow.
   */
  void forfeitRemainders() {
    if (deliveryRing != null) {
      java.util.Arrays.fill(deliveryRing, 0);
    }
  }

  /** Commits {@code q} of this month's output to its cooperative. */
  void commitToCooperative(double q) {
    committedThisSeason += q;
  }

  /**
   * Delivers {@code q} into its cooperative's batch at {@code slot} of {@code slots}: its share of
   * that batch's remainder, and of this season's deliveries.
   */
  void recordDelivery(int slot, int slots, double q) {
    if (deliveryRing == null || deliveryRing.length != slots) {
      deliveryRing = new float[slots];
    }
    deliveryRing[slot] += (float) q;
    deliveredThisSeason += q;
  }

  /** The cooperative's batch at {@code slot} has settled: its delivery there is done with. */
  void closeDeliverySlot(int slot) {
    if (deliveryRing != null) {
      deliveryRing[slot] = 0;
    }
  }

  /**
   * Season's end, for a producer that committed volume: its delivery record becomes the share of
   * its commitment it delivered (at most 1), and the season's counts start again; returns the
   * record.
   */
  double closeDeliverySeason() {
    deliveryRecord = Math.min(1, deliveredThisSeason / committedThisSeason);
    committedThisSeason = 0;
    deliveredThisSeason = 0;
    return deliveryRecord;
  }

  /** Fixes its weight in sharing remainders (once, at the start: it depends on its area). */
  void fixSharingWeight(double weight) {
    sharingWeight = weight;
  }

  /** Trust moves {@code rate} of the way toward {@code target} (learning, recovery, services). */
  void moveTrustToward(double target, double rate) {
    trust += rate * (target - trust);
  }

  /** Trust erodes by {@code erosion} and then by {@code shock}, never below zero. */
  void erodeTrust(double erosion, double shock) {
    trust = Math.max(0, trust - erosion - shock);
  }

  /** A shock costs it {@code shock} of its trust, never below zero. */
  void loseTrust(double shock) {
    trust = Math.max(0, trust - shock);
  }

  /** It keeps only {@code share} of its trust. */
  void keepTrustShare(double share) {
    trust *= share;
  }

  /** Its trust is held at most at {@code ceiling}. */
  void capTrust(double ceiling) {
    trust = Math.min(trust, ceiling);
  }

  /**
   * Signs a contract with firm {@code index} (the caller adds it to the firm's list; a member
   * leaves its cooperative first).
   *
   * @throws IllegalStateException if it belongs to a cooperative or already to a firm
   */
  void signContract(int index) {
    if (cooperative >= 0 || firm >= 0) {
      throw new IllegalStateException(
          "producer "
              + id
              + " cannot sign with firm "
              + index
              + ": it belongs to cooperative "
              + cooperative
              + ", firm "
              + firm);
    }
    firm = index;
  }

  /** Its contract ends (terminated, not renewed, or the firm left). */
  void endContract() {
    firm = -1;
  }

  /** A firm blacklists it for breach. */
  void blacklist() {
    blacklisted = true;
  }

  /** Its blacklisting lapses. */
  void liftBlacklist() {
    blacklisted = false;
  }

  /** Its reliability learns from a month's delivery in which it diverted {@code divertedShare}. */
  void recordDiversion(double divertedShare) {
    reliability = 0.8 * reliability + 0.2 * (1 - divertedShare);
  }

  /** The nearest active intermediary within its reach (-1 for none) and how many there are. */
  void locateIntermediaries(int nearest, int inReach) {
    intermediariesInReach = inReach;
    nearestIntermediary = nearest;
  }

  /** An intermediary {@code index} opened within its reach; {@code nearer}: nearer than any. */
  void intermediaryOpenedInReach(int index, boolean nearer) {
    intermediariesInReach++;
    if (nearer) {
      nearestIntermediary = index;
    }
  }

  /** An intermediary within its reach closed; {@code nearest} is the nearest one left, or -1. */
  void intermediaryClosedInReach(int nearest) {
    intermediariesInReach--;
    nearestIntermediary = nearest;
  }

  /** The nearest active cooperative within its reach, or -1. */
  void locateCooperative(int nearest) {
    nearestCooperative = nearest;
  }

  /** Technical assistance closes {@code share} of the gap between its capability and 1. */
  void gainCapability(double share) {
    capability += share * (1 - capability);
  }

  /** Assistance or certification moves its quality {@code rate} of the way toward 1. */
  void improveQuality(double rate) {
    quality += rate * (1 - quality);
  }

  /** Without assistance its quality decays by {@code rate} of itself. */
  void loseQuality(double rate) {
    quality += -rate * quality;
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

  /** Adds {@code amount} to this month's net income (a remainder, off-farm income). */
  void earn(double amount) {
    incomeMonth += amount;
  }

  /** Takes {@code amount} from this month's net income (inputs, interest, a penalty). */
  void bearCost(double amount) {
    incomeMonth -= amount;
  }

  /**
   * Its main channel this month ({@link Channel} ordinal, -1 for none). Only through {@link
   * MingaModel#setMainChannel}, which keeps the model's dense mirror in step.
   */
  void recordMainChannel(byte channel) {
    mainChannel = channel;
  }

  /** Its output reached an exporter at {@code step} (a contract or a cooperative's export). */
  void recordExport(int step) {
    lastExportStep = step;
  }

  /** A new calendar year: its per-year records start again. */
  void startCalendarYear() {
    defaultedThisYear = false;
  }

  /** Output expected in a year at current capability, before shocks. */
  double expectedYearlyOutput(double assistanceYieldEffect) {
    return area * yieldPerHa * (1 + assistanceYieldEffect * capability);
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
