package org.minga.model;

import org.minga.scenario.FirmConfig;

/**
 * MODEL.md 5.3, tractor-firm contract: price = max(floor, P x (1 - firm margin)) + quality
 * premium - half the transport cost to the plant (the firm collects the rest), paid at delivery
 * (minus repayment of the input credit).
 */
final class ContractOffer {
  private ContractOffer() {}

  static double price(MingaModel m, TractorFirm f, Producer p) {
    FirmConfig fc = f.config;
    double base = Math.max(fc.floor(), m.worldPriceNow * (1 - fc.margin()));
    double quality = Math.max(0, (p.quality - 0.5) / 0.1) * fc.qualityPremium()
        * m.worldPriceNow;
    double distance = Reach.distance(p.x, p.y, fc.xKm(), fc.yKm());
    return Math.max(0, base + quality - IntermediaryOffer.transport(m, distance) * 0.5);
  }
}
