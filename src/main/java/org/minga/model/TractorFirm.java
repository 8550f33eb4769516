package org.minga.model;

import org.minga.scenario.FirmConfig;

/** A tractor firm (agro-exporter): contracts producers, buys from intermediaries, exports. */
public final class TractorFirm implements Ledger.Holder {
  private final int index;
  private final FirmConfig config;
  private boolean entered;
  private boolean exited;
  private int enteredAt = -1;
  private int exitedAt = -1;
  private double cash;

  /** Mean quality of its contracted producers (updated yearly). */
  private double quality = 0.5;

  private double stock;
  private final IntList contracted = new IntList(256);

  /** Volume it wants per year from contracts, and from intermediaries. */
  private double contractDemandYear;

  private double intermediaryDemandYear;
  private double purchasesYear;
  private double profitYear;
  private double lastYearProfit;
  private int lossYears;

  /** Fixed-price rule: the price of the current contract period, and the period it is for. */
  private double fixedPrice;

  private int fixedPricePeriod = -1;

  TractorFirm(int index, FirmConfig config) {
    this.index = index;
    this.config = config;
  }

  public int index() {
    return index;
  }

  public String name() {
    return config.name();
  }

  public double x() {
    return config.xKm();
  }

  public double y() {
    return config.yKm();
  }

  public boolean isActive() {
    return entered && !exited;
  }

  /** Step of entry, or -1 before. */
  public int enteredAt() {
    return enteredAt;
  }

  /** Step of exit, or -1 while in business. */
  public int exitedAt() {
    return exitedAt;
  }

  public int contractedCount() {
    return contracted.size();
  }

  public int[] contractedProducers() {
    return contracted.toArray();
  }

  /** Money it holds. */
  public double cash() {
    return cash;
  }

  public double lastYearProfit() {
    return lastYearProfit;
  }

  /** Its scenario parameters. */
  FirmConfig config() {
    return config;
  }

  /** Whether it has entered (it may have left since). */
  boolean hasEntered() {
    return entered;
  }

  /** Whether it has left the territory. */
  boolean hasExited() {
    return exited;
  }

  /**
   * Ids of its contract farmers, in the order they signed. Read only: contracts change through
   * {@link #contract} and {@link #terminate}.
   */
  IntList contracted() {
    return contracted;
  }

  /** Mean quality of its contracted producers, at which it exports. */
  double quality() {
    return quality;
  }

  /** Volume it holds, bought this month and not yet exported. */
  double stock() {
    return stock;
  }

  /** Volume it wants per year from its contract farmers. */
  double contractDemandYear() {
    return contractDemandYear;
  }

  /** Volume it wants per year from intermediaries. */
  double intermediaryDemandYear() {
    return intermediaryDemandYear;
  }

  /** Value of its documented purchases from contract farmers this year. */
  double purchasesYear() {
    return purchasesYear;
  }

  /** Consecutive years closed at a loss. */
  int lossYears() {
    return lossYears;
  }

  /** Price of the current contract period under the fixed-price rule. */
  double fixedPrice() {
    return fixedPrice;
  }

  /** Contract period {@link #fixedPrice} is for, or -1 before the first. */
  int fixedPricePeriod() {
    return fixedPricePeriod;
  }

  /** Enters at {@code step}, planning to buy these volumes a year from contracts and traders. */
  void enter(int step, double contractDemandYear, double intermediaryDemandYear) {
    entered = true;
    enteredAt = step;
    this.contractDemandYear = contractDemandYear;
    this.intermediaryDemandYear = intermediaryDemandYear;
  }

  /** Leaves the territory at {@code step}; it does not come back. */
  void exit(int step) {
    exited = true;
    exitedAt = step;
  }

  /** Signs a contract with producer {@code producer}. */
  void contract(int producer) {
    contracted.add(producer);
  }

  /** Ends its contract with producer {@code producer}. */
  void terminate(int producer) {
    contracted.remove(producer);
  }

  /** Sets the quality it exports at (the mean of its contract farmers'). */
  void setQuality(double quality) {
    this.quality = quality;
  }

  /** Holds {@code price} through contract period {@code period} (fixed-price rule). */
  void fixPrice(int period, double price) {
    fixedPrice = price;
    fixedPricePeriod = period;
  }

  /** Books a delivery from a contract farmer: {@code volume} for {@code value}. */
  void buyUnderContract(double volume, double value) {
    stock += volume;
    purchasesYear += value;
    profitYear -= value;
  }

  /** Books a purchase of {@code volume} from intermediaries for {@code value}. */
  void buyFromIntermediaries(double volume, double value) {
    stock += volume;
    profitYear -= value;
  }

  /** Exports everything it holds for {@code value}. */
  void export(double value) {
    profitYear += value;
    stock = 0;
  }

  /** Books an income other than sales (a breach penalty, a tax saving) to this year's profit. */
  void bookIncome(double amount) {
    profitYear += amount;
  }

  /** Books an operating cost to this year's profit. */
  void bookCost(double amount) {
    profitYear -= amount;
  }

  /** Closes the year's accounts: a loss year counts toward exit; the year's totals restart. */
  void closeYear() {
    lastYearProfit = profitYear;
    lossYears = profitYear < 0 ? lossYears + 1 : 0;
    profitYear = 0;
    purchasesYear = 0;
  }

  /** Called only by the Ledger. */
  void creditByLedger(double amount) {
    cash += amount;
  }

  /** Called only by the Ledger. */
  void debitByLedger(double amount) {
    cash -= amount;
  }
}
