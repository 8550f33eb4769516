package org.minga.model;

import org.minga.scenario.FirmConfig;

/**
 * docs/model.md 7.9: firms enforce exclusivity more strictly when the world price is high,
 * "according to the season and the international price" ([MunozViana-nd, ch. 4 “Inserción de los
 * pequeños productores en los mercados”]): the yearly probability of detecting a breach rises with
 * P / base - 1.
 */
final class Exclusivity {
  private Exclusivity() {}

  /** Yearly probability that a breach is detected at the current price. */
  static double yearlyDetection(MingaModel m, TractorFirm f) {
    FirmConfig fc = f.config();
    double boom = Math.max(0, m.prices.world / m.prices.base() - 1);
    return Math.min(1, fc.exclusivityBase() + fc.exclusivityPriceSlope() * boom);
  }

  /** The same per harvest month, so that a season's detection matches the yearly figure. */
  static double monthlyDetection(MingaModel m, TractorFirm f) {
    int months = Math.max(1, m.sc.commodity().harvestMonths().size());
    return 1 - Math.pow(1 - yearlyDetection(m, f), 1.0 / months);
  }
}
