package org.minga.model;

import org.minga.scenario.FirmConfig;

/** A tractor firm (agro-exporter): contracts producers, buys from intermediaries, exports. */
public final class TractorFirm implements Ledger.Holder {
  final int index;
  final FirmConfig config;
  boolean entered;
  boolean exited;
  int enteredAt = -1;
  int exitedAt = -1;
  private double cash;
  /** Mean quality of its contracted producers (updated yearly). */
  double quality = 0.5;
  double stock;
  final IntList contracted = new IntList(256);
  /** Volume it wants per year from contracts, and from intermediaries. */
  double contractDemandYear;
  double intermediaryDemandYear;
  double purchasesYear;
  double profitYear;
  double lastYearProfit;
  int lossYears;
  /** Fixed-price rule: the price of the current contract period, and the period it is for. */
  double fixedPrice;
  int fixedPricePeriod = -1;

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

  /** Called only by the Ledger. */
  void creditByLedger(double amount) {
    cash += amount;
  }

  /** Called only by the Ledger. */
  void debitByLedger(double amount) {
    cash -= amount;
  }
}
