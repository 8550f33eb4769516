package org.minga.model;

import org.minga.scenario.CooperativeConfig;

/**
 * The advance rules cooperatives use (docs/model.md 7.3; `cooperatives.advance_rule`): on the
 * reference price (lagged or smoothed, 7.3), on spot with a safety margin, or backed by forward
 * sales (the forward-sold share on the contract price). Optionally revised inside the season: when
 * the rule's advance exceeds the same rule on spot by more than the trigger, it is cut to that
 * level for this month's deliveries. The board then limits exposure: the advance is cut so that one
 * month's advances above what the sale recovers risk at most `exposure_limit` of the reserve plus
 * credit line. A played board chooses the rule and the share.
 */
final class AdvanceRule {
  private AdvanceRule() {}

  /** Advance per unit paid at delivery this month. */
  static double advance(MingaModel m, Cooperative c) {
    CooperativeConfig cc = m.sc.cooperatives();
    CooperativeConfig.AdvanceRule rule = cc.advanceRule();
    double share = cc.advanceShare();
    if (m.players.playsBoard(c.index)) { // a played board's rule and share replace the scenario's
      rule =
          CooperativeConfig.AdvanceRule.values()[
              (int) m.players.choose(m.step, Decision.ADVANCE_RULE, c.index, rule.ordinal())];
      share = m.players.choose(m.step, Decision.ADVANCE_SHARE, c.index, share);
    }
    double spot = CooperativeOffer.salePrice(m, c, m.prices.world);
    double advance = ruled(m, c, rule, share, c.referencePrice(), spot);
    if (cc.advanceRevision().enabled()) {
      double revised = ruled(m, c, rule, share, spot, spot);
      if (advance > revised * (1 + cc.advanceRevision().trigger())) {
        advance = revised;
      }
    }
    double f = ForwardSales.fixedShare(c);
    double saleBrings = f * ForwardSales.contractPrice(m, c) + (1 - f) * spot;
    double recoverable =
        Math.max(
            0,
            (saleBrings * Liberalisation.exportFactor(m, c.quality()) - cc.perUnitCost())
                * (1 - cc.commission()));
    if (advance > recoverable) {
      double liquidity = Math.max(0, c.payments().reserveAtOffer() + cc.creditLine());
      double volume = c.buyerContract().expectedOutputYear() * m.harvestShare(m.month());
      double affordableLossPerUnit = volume > 0 ? cc.exposureLimit() * liquidity / volume : 0;
      advance = Math.min(advance, recoverable + affordableLossPerUnit);
    }
    return advance;
  }

  /** A rule's advance at a share, given a reference price (the rule's own) and spot. */
  private static double ruled(
      MingaModel m,
      Cooperative c,
      CooperativeConfig.AdvanceRule rule,
      double share,
      double reference,
      double spot) {
    return switch (rule) {
      case REFERENCE -> share * reference;
      case SPOT_MARGIN -> share * spot * (1 - m.sc.cooperatives().advanceMargin());
      case FORWARD_BACKED -> {
        double f = ForwardSales.fixedShare(c);
        yield share * (f * ForwardSales.contractPrice(m, c) + (1 - f) * reference);
      }
    };
  }
}
