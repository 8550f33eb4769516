package org.minga.model;

/**
 * The OFFERS phase (docs/model.md 3): every channel sets its quote for this month. Per-producer
 * prices are computed during channel choice from these quotes by the channel's own offer class.
 */
final class Offers {
  private Offers() {}

  static void update(MingaModel m) {
    m.priceHistory[m.step] = m.worldPriceNow;
    IntermediaryMargins.adjust(m);
    for (Cooperative c : m.cooperatives) {
      if (c.active) {
        CooperativeOffer.updateReference(m, c);
        ForwardSales.fixIfDue(m, c);
        c.reserveAtOffer = c.reserve();
        c.advanceThisMonth = AdvanceRule.advance(m, c);
      }
    }
    for (TractorFirm f : m.firms) {
      if (f.isActive()) {
        ContractOffer.updateFixedPrice(m, f);
      }
    }
  }
}
