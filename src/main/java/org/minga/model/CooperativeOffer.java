package org.minga.model;

import org.minga.scenario.CooperativeConfig;

/**
 * MODEL.md 5.3, cooperative: an advance now = advance share x reference price, where the
 * reference follows the world price with a lag or by smoothing (cooperatives set advances
 * conservatively from what they know), plus certification and buyer premiums, with a certified
 * floor; the remainder comes after the payment delay from what the pool actually earned. This
 * lag is what makes members side-sell in rising markets and deliver in falling ones.
 */
final class CooperativeOffer {
  /** Share of its liquidity a cooperative risks on one month's advances above spot. Assumption. */
  static final double RISK_SHARE = 0.5;

  private CooperativeOffer() {}

  static void updateReference(MingaModel m, Cooperative c) {
    CooperativeConfig cc = m.sc.cooperatives();
    double p = m.worldPriceNow;
    if (cc.referenceRule() == CooperativeConfig.ReferenceRule.LAGGED) {
      c.referencePrice = m.priceHistory[Math.max(0, m.step - cc.referenceLagMonths())];
    } else {
      c.smoothedPrice = c.smoothedPrice <= 0 ? p
          : c.smoothedPrice + cc.smoothing() * (p - c.smoothedPrice);
      c.referencePrice = c.smoothedPrice;
    }
    c.referencePrice = salePrice(m, c, c.referencePrice);
  }

  /** What the cooperative gets per unit at a given world price: premiums, floor. */
  static double salePrice(MingaModel m, Cooperative c, double worldPrice) {
    CooperativeConfig cc = m.sc.cooperatives();
    double premium = 0;
    if (c.certified) {
      premium += cc.certification().premium();
    }
    if (c.hasBuyerContract) {
      premium += cc.buyerContract().premium() * c.maturity;
    }
    double price = worldPrice * (1 + premium);
    if (c.certified) {
      price = Math.max(price, cc.certification().floor());
    }
    return price;
  }

  /**
   * Advance per unit paid at delivery. When the lagged advance is above what the month's sale
   * will bring (a falling market), the cooperative pays it only as far as it can absorb the loss:
   * at most {@link #RISK_SHARE} of its liquidity (reserve plus credit line) over the month's
   * expected deliveries. Rich cooperatives keep paying above spot and their finances suffer;
   * one with no liquidity left pays what it will recover.
   */
  static double advance(MingaModel m, Cooperative c) {
    CooperativeConfig cc = m.sc.cooperatives();
    double advance = cc.advanceShare() * c.referencePrice;
    double recoverable = Math.max(0, (salePrice(m, c, m.worldPriceNow)
        * Liberalisation.exportFactor(m, c.quality) - cc.perUnitCost()) * (1 - cc.commission()));
    if (advance > recoverable) {
      double liquidity = Math.max(0, c.reserveAtOffer + cc.creditLine());
      double volume = c.expectedOutputYear * m.harvestShare(m.month());
      double affordableLossPerUnit = volume > 0 ? RISK_SHARE * liquidity / volume : 0;
      advance = Math.min(advance, recoverable + affordableLossPerUnit);
    }
    return advance;
  }

  /** Remainder per unit members expect later: recent realised remainders, else the plan. */
  static double expectedRemainder(MingaModel m, Cooperative c) {
    return c.expectedRemainder;
  }

  /** The planned remainder at the reference price (before any history). */
  static double plannedRemainder(MingaModel m, Cooperative c) {
    CooperativeConfig cc = m.sc.cooperatives();
    double r = c.referencePrice;
    return Math.max(0, r * (1 - cc.advanceShare() - cc.commission()) - cc.perUnitCost());
  }

  /** Value per unit of services tied to delivering: the collective-purchase saving. */
  static double serviceValue(MingaModel m, Producer p, Cooperative c) {
    CooperativeConfig.ServicesConfig sv = m.sc.cooperatives().services();
    if (!sv.collectivePurchase() || p.yieldPerHa <= 0) {
      return 0;
    }
    double inputPerUnit = m.sc.producers().inputCostPerHa() / p.yieldPerHa;
    return sv.purchaseDiscount() * c.maturity * inputPerUnit;
  }
}
