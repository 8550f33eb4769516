package org.minga.model;

import org.minga.model.price.WorldPrice;
import org.minga.model.random.RandomStream;
import org.minga.model.random.RandomStreams;
import org.minga.model.random.StreamName;

/**
 * The prices of the month being run and the world price's path so far. PRICES_AND_EVENTS moves the
 * world price and sets the domestic price, OFFERS records the world price in the history, SELL_ON
 * sets the scarcity premium; the volume sold at local fairs is summed as producers sell and becomes
 * last month's when the books close.
 */
final class Prices {
  /** The world price process: the scenario's law or a replayed series, and injected shocks. */
  private final WorldPrice process;

  /** The world price's own stream (set at the start): nothing else draws from it. */
  private RandomStream stream;

  /** World price this step. */
  double world;

  /** The domestic price intermediaries and fairs pay on. */
  double domestic;

  /** Premium over the world price exporters pay intermediaries when supply is scarce. */
  double scarcityPremium;

  /** World price of every step so far, for lagged cooperative reference prices. */
  double[] history = new double[0];

  /** Volume sold at local fairs last month (producers know it when they choose; LocalMarket). */
  double localVolumeLastMonth;

  /** Volume sold at local fairs so far this month. */
  double localVolumeMonth;

  Prices(WorldPrice process) {
    this.process = process;
  }

  /** At the start of a run: room for every step's world price, and the price's own stream. */
  void start(int steps, RandomStreams streams) {
    history = new double[steps];
    stream = streams.sequence(StreamName.WORLD_PRICE);
  }

  /**
   * Moves the world price to {@code step} (phase 1; only the price's own stream is drawn) and sets
   * the domestic price at {@code domesticFactor} of it.
   */
  void moveTo(int step, double domesticFactor) {
    world = process.advance(step, stream);
    domestic = world * domesticFactor;
  }

  /** Sets the premium exporters pay intermediaries this month when supply is scarce. */
  void setScarcityPremium(double premium) {
    scarcityPremium = premium;
  }

  /** Adds volume sold at a local fair this month. */
  void soldLocally(double volume) {
    localVolumeMonth += volume;
  }

  /** Keeps this step's world price in the history (lagged reference prices read it). */
  void recordWorldPrice(int step) {
    history[step] = world;
  }

  /** Mean world price over steps {@code from} (inclusive) to {@code to} (exclusive). */
  double meanWorld(int from, int to) {
    double s = 0;
    for (int k = from; k < to; k++) {
      s += history[k];
    }
    return s / (to - from);
  }

  /** The world price's base level (the scenario's reference price). */
  double base() {
    return process.base();
  }

  /** A world-price shock from {@code fromStep}: a crash (multiplier below 1) or a boom. */
  void injectShock(int fromStep, int durationMonths, double multiplier) {
    process.inject(fromStep, durationMonths, multiplier);
  }

  /** Closes the month: this month's local volume becomes last month's. */
  void closeMonth() {
    localVolumeLastMonth = localVolumeMonth;
    localVolumeMonth = 0;
  }
}
