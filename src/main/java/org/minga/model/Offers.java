package org.minga.model;

/**
 * The OFFERS phase (docs/model.md 3): every channel sets its quote for this month. Per-producer
 * prices are computed during channel choice from these quotes by the channel's own offer class.
 */
final class Offers {
  private Offers() {}

  static void update(MingaModel m) {
    m.prices.recordWorldPrice(m.step);
    IntermediaryMargins.adjust(m);
    for (Cooperative c : m.cooperatives) {
      if (c.isActive()) {
        CooperativeOffer.updateReference(m, c);
        ForwardSales.fixIfDue(m, c);
        c.payments().recordReserveAtOffer(c.reserve());
        c.payments().setAdvanceForMonth(AdvanceRule.advance(m, c));
      }
    }
    for (TractorFirm f : m.firms) {
      if (f.isActive()) {
        ContractOffer.updateFixedPrice(m, f);
      }
    }
  }
}
