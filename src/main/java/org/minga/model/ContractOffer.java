package org.minga.model;

import org.minga.scenario.FirmConfig;

/**
 * docs/model.md 7.3, tractor-firm contract: price = max(floor, P x (1 - firm margin)) + quality
 * premium - half the transport cost to the plant (the firm collects the rest), paid at delivery
 * (minus repayment of the input credit). Under the fixed price rule the base max(floor, P x (1 -
 * margin)) is taken at the start of each contract period and held through it.
 */
final class ContractOffer {
  private ContractOffer() {}

  static double price(MingaModel m, TractorFirm f, Producer p) {
    FirmConfig fc = f.config();
    double base =
        fc.priceRule() == FirmConfig.PriceRule.FIXED && f.fixedPricePeriod() >= 0
            ? f.fixedPrice()
            : Math.max(fc.floor(), m.prices.world * (1 - fc.margin()));
    double quality = Math.max(0, (p.quality() - 0.5) / 0.1) * fc.qualityPremium() * m.prices.world;
    double distance = Reach.distance(p.x(), p.y(), fc.xKm(), fc.yKm());
    return Math.max(0, base + quality - IntermediaryOffer.transport(m, distance) * 0.5);
  }

  /** Offers phase: a fixed-price firm sets its price at the start of each contract period. */
  static void updateFixedPrice(MingaModel m, TractorFirm f) {
    FirmConfig fc = f.config();
    if (fc.priceRule() != FirmConfig.PriceRule.FIXED) {
      return;
    }
    int period = Math.max(0, m.step - f.enteredAt()) / (12 * fc.contractYears());
    if (period != f.fixedPricePeriod()) {
      f.fixPrice(period, Math.max(fc.floor(), m.prices.world * (1 - fc.margin())));
    }
  }
}
