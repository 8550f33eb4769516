package org.minga.model;

import org.minga.scenario.CommodityConfig;

/**
 * docs/model.md 7.3, local market (fairs): price = ratio x domestic price / (1 + local volume /
 * half volume); the more producers sell locally, the lower the price. Uses last month's volume,
 * which producers know when they choose.
 */
final class LocalMarket {
  private LocalMarket() {}

  static double price(MingaModel m) {
    CommodityConfig.LocalMarketConfig lm = m.sc.commodity().localMarket();
    return lm.priceRatio()
        * m.prices.domestic
        / (1 + m.prices.localVolumeLastMonth / lm.halfPriceVolume());
  }
}
