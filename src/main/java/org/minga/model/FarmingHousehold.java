package org.minga.model;

/**
 * The third layer of a {@link Producer}: its farming and its place in the market. Whether it still
 * farms (and its run of years below subsistence, which decides when it leaves), the output it
 * holds, the buyers within its reach (recomputed when buyers enter, exit, form or dissolve), and
 * where its output last went (the main channel its neighbours observe; its last export). A layer of
 * the same object, not an object of its own (see {@link Household}).
 */
public abstract sealed class FarmingHousehold extends HouseholdAccounts permits Producer {
  // Fields of one object with the other layers: after adding or reordering any, check that
  // ProducerMemory.touch still reads every cache line (its note says how).
  private double stock;

  /** Years in a row, to the last yearly check, with income below subsistence. */
  private int yearsBelowSubsistence;

  /** Nearest active intermediary within reach, or -1; and how many are within reach. */
  private int nearestIntermediary = -1;

  private int intermediariesInReach;

  /** Nearest active cooperative within reach, or -1, for joining. */
  private int nearestCooperative = -1;

  /** Last step at which its output reached an exporter (contract or cooperative export). */
  private int lastExportStep = Integer.MIN_VALUE;

  private boolean active = true;

  /** Channel of most of its sales in its last month with sales; -1 before any sale. */
  private byte mainChannel = -1;

  FarmingHousehold(int id, Attributes a) {
    super(id, a);
  }

  public double stock() {
    return stock;
  }

  public boolean isActive() {
    return active;
  }

  /** Index of the nearest active intermediary within reach, or -1 (the window draws links). */
  public int nearestIntermediary() {
    return nearestIntermediary;
  }

  /** Main channel of its last month with sales, or null before any sale. */
  public Channel mainChannel() {
    return mainChannel < 0 ? null : Channel.ALL[mainChannel];
  }

  public int lastExportStep() {
    return lastExportStep;
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
   * income (the money itself reaches its cash through the {@link Ledger}).
   */
  void sell(double q, double income) {
    stock -= q;
    earn(income);
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

  /**
   * Its main channel this month ({@link Channel} ordinal, -1 for none). Only through {@link
   * MainChannels#set}, which keeps the model's dense mirror in step.
   */
  void recordMainChannel(byte channel) {
    mainChannel = channel;
  }

  /** Its output reached an exporter at {@code step} (a contract or a cooperative's export). */
  void recordExport(int step) {
    lastExportStep = step;
  }
}
