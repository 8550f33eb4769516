package org.minga.model;

import org.minga.scenario.CooperativeConfig;

/**
 * Phase 6 for cooperatives: the month's pooled volume is sold, to the contract buyer (with its
 * premium) or on the world market (with the certification premium and floor), volume sold forward
 * first at its contract price ({@link ForwardSales}); per-unit costs are paid; the revenue is
 * booked to the month's batch, whose remainder falls due later.
 */
final class CooperativeSale {
  private CooperativeSale() {}

  static void run(MingaModel m) {
    CooperativeConfig cc = m.sc.cooperatives();
    for (Cooperative c : m.cooperatives) {
      if (!c.isActive()) {
        continue;
      }
      int slot = c.payments().batches().slotOf(m.step);
      double volume = c.roster().deliveredThisMonth();
      if (volume <= 0) {
        continue;
      }
      double export = Liberalisation.exportFactor(m, c.quality());
      double forward = ForwardSales.deliver(m, c, volume);
      double revenue =
          CooperativeOffer.salePrice(m, c, m.prices.world) * export * (volume - forward);
      if (forward > 0) {
        revenue += ForwardSales.contractPrice(m, c) * export * forward;
      }
      double costs = cc.perUnitCost() * volume;
      m.ledger.saleNetOfCosts(c, revenue, costs);
      c.payments().bookSaleRevenue(slot, revenue - costs);
      if (c.hasBuyerContract()) {
        c.buyerContract().recordSoldToBuyer(volume);
      }
    }
  }

  /** Whether the cooperative's sales reach an exporter (buyer contract or certified export). */
  static boolean exports(Cooperative c) {
    return c.hasBuyerContract() || c.isCertified();
  }
}
