package org.minga.model;

import org.minga.scenario.CooperativeConfig;

/**
 * docs/model.md 7.3, cooperative: an advance now = advance share x reference price, where the
 * reference follows the world price with a lag or by smoothing (cooperatives set advances
 * conservatively from what they know), plus certification and buyer premiums, with a certified
 * floor; the remainder comes after the payment delay from what the pool actually earned. This lag
 * is what makes members side-sell in rising markets and deliver in falling ones.
 */
final class CooperativeOffer {
  private CooperativeOffer() {}

  static void updateReference(MingaModel m, Cooperative c) {
    CooperativeConfig cc = m.sc.cooperatives();
    double p = m.prices.world;
    double reference;
    if (cc.referenceRule() == CooperativeConfig.ReferenceRule.LAGGED) {
      reference = m.prices.history[Math.max(0, m.step - cc.referenceLagMonths())];
    } else {
      reference = c.payments().smoothPrice(p, cc.smoothing());
    }
    c.payments().setReferencePrice(salePrice(m, c, reference));
  }

  /** What the cooperative gets per unit at a given world price: premiums, floor. */
  static double salePrice(MingaModel m, Cooperative c, double worldPrice) {
    CooperativeConfig cc = m.sc.cooperatives();
    double premium = 0;
    if (c.isCertified()) {
      premium += cc.certification().premium();
    }
    if (c.hasBuyerContract()) {
      premium += cc.buyerContract().premium() * c.maturity();
    }
    double price = worldPrice * (1 + premium);
    if (c.isCertified()) {
      price = Math.max(price, cc.certification().floor());
    }
    return price;
  }

  /** Remainder per unit members expect later: recent realised remainders, else the plan. */
  static double expectedRemainder(MingaModel m, Cooperative c) {
    return c.expectedRemainder();
  }

  /** The planned remainder at the reference price (before any history). */
  static double plannedRemainder(MingaModel m, Cooperative c) {
    CooperativeConfig cc = m.sc.cooperatives();
    double r = c.referencePrice();
    return Math.max(0, r * (1 - cc.advanceShare() - cc.commission()) - cc.perUnitCost());
  }

  /** Value per unit of services tied to delivering: the collective-purchase saving. */
  static double serviceValue(MingaModel m, Producer p, Cooperative c) {
    CooperativeConfig.ServicesConfig sv = m.sc.cooperatives().services();
    if (!sv.collectivePurchase() || p.yieldPerHa() <= 0) {
      return 0;
    }
    double inputPerUnit = m.sc.producers().inputCostPerHa() / p.yieldPerHa();
    return sv.purchaseDiscount() * c.maturity() * inputPerUnit;
  }
}
