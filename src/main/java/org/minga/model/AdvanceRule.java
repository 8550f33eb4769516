package org.minga.model;

import org.minga.scenario.CooperativeConfig;

/**
 * The advance rules cooperatives use (docs/model.md 7.3; `cooperatives.advance_rule`): on the
 * reference price (lagged or smoothed, 7.3), on spot with a safety margin, or backed by forward
 * sales (the forward-sold share on the contract price). Optionally revised inside the season: when
 * the rule's advance exceeds the same rule on spot by more than the trigger, it is cut to that
 * level for this month's deliveries. The board then limits exposure: the advance is cut so that
 * one month's advances above what the sale recovers risk at most `exposure_limit` of the
 * reserve plus credit line.
 */
final class AdvanceRule {
  private AdvanceRule() {}

  /** Advance per unit paid at delivery this month. */
  static double advance(MingaModel m, Cooperative c) {
    CooperativeConfig cc = m.sc.cooperatives();
    double spot = CooperativeOffer.salePrice(m, c, m.worldPriceNow);
    double advance = ruled(m, c, c.referencePrice, spot);
    if (cc.advanceRevision().enabled()) {
      double revised = ruled(m, c, spot, spot);
      if (advance > revised * (1 + cc.advanceRevision().trigger())) {
        advance = revised;
      }
    }
    double f = ForwardSales.fixedShare(c);
    double saleBrings = f * ForwardSales.contractPrice(m, c) + (1 - f) * spot;
    double recoverable = Math.max(0, (saleBrings * Liberalisation.exportFactor(m, c.quality)
        - cc.perUnitCost()) * (1 - cc.commission()));
    if (advance > recoverable) {
      double liquidity = Math.max(0, c.reserveAtOffer + cc.creditLine());
      double volume = c.expectedOutputYear * m.harvestShare(m.month());
      double affordableLossPerUnit = volume > 0 ? cc.exposureLimit() * liquidity / volume : 0;
      advance = Math.min(advance, recoverable + affordableLossPerUnit);
    }
    return advance;
  }

  /** The rule's advance given a reference price (the rule's own) and the spot sale price. */
  private static double ruled(MingaModel m, Cooperative c, double reference, double spot) {
    CooperativeConfig cc = m.sc.cooperatives();
    return switch (cc.advanceRule()) {
      case REFERENCE -> cc.advanceShare() * reference;
      case SPOT_MARGIN -> cc.advanceShare() * spot * (1 - cc.advanceMargin());
      case FORWARD_BACKED -> {
        double f = ForwardSales.fixedShare(c);
        yield cc.advanceShare() * (f * ForwardSales.contractPrice(m, c) + (1 - f) * reference);
      }
    };
  }
}
