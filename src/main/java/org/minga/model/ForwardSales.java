package org.minga.model;

import org.minga.scenario.CooperativeConfig;
import org.minga.scenario.CooperativeConfig.BuyerContractConfig;
import org.minga.scenario.CooperativeConfig.SaleKind;
import org.minga.scenario.CooperativeConfig.ShortfallSettlement;

/**
 * docs/model.md 7.8 (buyer contracts) with price risk: a cooperative holding a buyer contract of
 * kind fixed or to_be_fixed sells its committed volume forward at the assembly. Fixed: at the
 * assembly month's price less the buyer's discount. To be fixed: the cooperative fixes the price
 * later (in the first month spot is above its trailing 12-month mean, or at a set month; at the
 * first harvest month at the latest). Deliveries fill the forward sale first at max( minimum,
 * contract price) + premium; at the season's end a shortfall is settled at max(0, spot - contract
 * price) per missing unit (bought back at spot) or by a penalty per unit, paid to the buyer out of
 * the reserve and credit line. A sale at a fixed price is what turns a price rise into a loss for
 * the cooperative: members side-sell to spot buyers and it pays the difference.
 */
final class ForwardSales {
  private ForwardSales() {}

  static boolean forward(MingaModel m) {
    return m.sc.cooperatives().buyerContract().kind() != SaleKind.SPOT;
  }

  /** At the commitment (assembly): sells the committed volume forward. */
  static void agree(MingaModel m, Cooperative c) {
    BuyerContract contract = c.buyerContract();
    if (!forward(m) || !contract.isSigned() || contract.committedVolumeYear() <= 0) {
      contract.sellNothingForward();
      return;
    }
    contract.sellCommittedForward();
    m.book.volumes().forwardSale(contract.forwardOpen());
    if (m.sc.cooperatives().buyerContract().kind() == SaleKind.FIXED) {
      fix(m, c);
    }
  }

  /** Offers phase, monthly: a price-to-be-fixed contract is fixed when its rule says so. */
  static void fixIfDue(MingaModel m, Cooperative c) {
    BuyerContractConfig bc = m.sc.cooperatives().buyerContract();
    BuyerContract contract = c.buyerContract();
    if (contract.forwardOpen() <= 0
        || contract.isForwardPriceFixed()
        || bc.kind() != SaleKind.TO_BE_FIXED) {
      return;
    }
    boolean due =
        m.harvestShare(m.month()) > 0
            || (bc.fixRule() == CooperativeConfig.FixRule.AT_MONTH
                ? m.month() == bc.fixMonth()
                : m.prices.world > trailingMean(m));
    if (due) {
      fix(m, c);
    }
  }

  private static void fix(MingaModel m, Cooperative c) {
    // At the start of a run (built before the first month's price) the base price stands in.
    double price = m.prices.world > 0 ? m.prices.world : m.prices.base();
    c.buyerContract()
        .fixForwardPrice(
            CooperativeOffer.salePrice(m, c, price)
                * (1 - m.sc.cooperatives().buyerContract().buyerDiscount()));
  }

  /** Mean world price over the 12 months before this one (this month's when none). */
  private static double trailingMean(MingaModel m) {
    int from = Math.max(0, m.step - 12);
    return from == m.step ? m.prices.world : m.prices.meanWorld(from, m.step);
  }

  /** What the buyer pays per forward unit: max(minimum, contract price) + premium. */
  static double contractPrice(MingaModel m, Cooperative c) {
    BuyerContractConfig bc = m.sc.cooperatives().buyerContract();
    BuyerContract contract = c.buyerContract();
    double price =
        contract.isForwardPriceFixed()
            ? contract.forwardPrice()
            : CooperativeOffer.salePrice(m, c, m.prices.world) * (1 - bc.buyerDiscount());
    return Math.max(bc.minimumPrice(), price) + bc.premiumPerUnit();
  }

  /** Share of the cooperative's expected yearly output sold forward at a fixed price. */
  static double fixedShare(Cooperative c) {
    BuyerContract contract = c.buyerContract();
    if (!contract.isForwardPriceFixed()
        || contract.forwardOpen() <= 0
        || contract.expectedOutputYear() <= 0) {
      return 0;
    }
    return Math.min(1, contract.forwardSoldYear() / contract.expectedOutputYear());
  }

  /**
   * Delivers up to {@code volume} of the month's pool against the open forward sale; returns the
   * forward units delivered (their revenue is {@link #contractPrice} each).
   */
  static double deliver(MingaModel m, Cooperative c, double volume) {
    BuyerContract contract = c.buyerContract();
    double units = Math.min(volume, contract.forwardOpen());
    if (units <= 0) {
      return 0;
    }
    contract.deliverForward(units);
    m.book.volumes().forwardClosed(units);
    return units;
  }

  /** At the season's end (and at the assembly): every open forward sale is settled. */
  static void settleAll(MingaModel m) {
    for (Cooperative c : m.cooperatives) {
      settle(m, c);
    }
  }

  /**
   * Settles what the cooperative sold forward and did not deliver: market difference or penalty,
   * paid to the buyer as far as reserve and credit line allow; one that cannot pay in full loses
   * the buyer's confidence (reputation 0: the contract ends at the assembly). A dissolved
   * cooperative's open sale lapses.
   */
  static void settle(MingaModel m, Cooperative c) {
    BuyerContract contract = c.buyerContract();
    double missing = contract.forwardOpen();
    if (missing <= 0) {
      return;
    }
    contract.closeForwardSale();
    m.book.volumes().forwardClosed(missing);
    if (!c.isActive()) {
      return;
    }
    CooperativeConfig cc = m.sc.cooperatives();
    BuyerContractConfig bc = cc.buyerContract();
    double spot = CooperativeOffer.salePrice(m, c, m.prices.world);
    double perUnit =
        bc.shortfallSettlement() == ShortfallSettlement.PENALTY
            ? bc.penalty() * m.prices.world
            : Math.max(0, spot - contractPrice(m, c));
    double owed = perUnit * missing;
    double paid = Math.min(owed, Math.max(0, c.reserve() + cc.creditLine()));
    m.ledger.transfer(c, Ledger.Account.CONTRACT_PENALTIES, paid, Ledger.Reason.PENALTY);
    m.book.shortfall(missing, paid);
    if (paid < owed) {
      contract.forfeitReputation();
    }
  }
}
