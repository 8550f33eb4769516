package org.minga.model;

import org.minga.model.Policies.Lever;

/**
 * Carries out a sale or delivery: moves volume from the producer to the buyer and money from the
 * buyer to the producer (repaying what the producer owes that buyer first), and books it. Every
 * payment here is someone's receipt; money enters only from local buyers and the state.
 */
final class Delivery {
  private Delivery() {}

  /** Sells to an intermediary or the local market; returns the volume actually sold. */
  static double sell(
      MingaModel m, Producer p, Channel channel, Intermediary inter, double q, Sales sales) {
    q = Math.min(q, p.stock());
    if (q <= 1e-12) {
      return 0;
    }
    return channel == Channel.LOCAL_MARKET
        ? local(m, p, q, sales)
        : intermediary(m, p, inter, q, sales);
  }

  private static double intermediary(
      MingaModel m, Producer p, Intermediary i, double q, Sales sales) {
    if (i == null) {
      return 0;
    }
    // Purchases are pre-financed by the exporters it sells to within the month; its own
    // capital limits only its lending.
    double price = sales.intermediaryPrice(m, p, i);
    double gross = price * q;
    double repaid = p.repayOutOf(gross, Producer.INTERMEDIARY_CREDITOR, i.index());
    m.ledger.payNetOfRepayment(i, p, gross, repaid, Ledger.Reason.PURCHASE);
    i.loanRepaid(repaid);
    i.buy(q, gross, q * sales.intermediaryTransport());
    finish(m, p, Channel.INTERMEDIARY, q, gross, price, sales);
    return q;
  }

  private static double local(MingaModel m, Producer p, double q, Sales sales) {
    if (!m.channelOpen(Channel.LOCAL_MARKET)) {
      return 0;
    }
    double price = LocalMarket.price(m);
    double gross = price * q;
    m.ledger.transfer(Ledger.Account.LOCAL_BUYERS, p, gross, Ledger.Reason.SALE);
    m.prices.soldLocally(q);
    finish(m, p, Channel.LOCAL_MARKET, q, gross, price, sales);
    return q;
  }

  /** Delivers to a firm under contract; the input credit is repaid from the payment. */
  static double contract(MingaModel m, Producer p, TractorFirm f, double q, Sales sales) {
    q = Math.min(q, p.stock());
    if (q <= 1e-12) {
      return 0;
    }
    double price = ContractOffer.price(m, f, p);
    double gross = price * q;
    double repaid = p.repayOutOf(gross, Producer.FIRM_CREDITOR, f.index());
    m.ledger.payNetOfRepayment(f, p, gross, repaid, Ledger.Reason.PURCHASE);
    f.buyUnderContract(q, gross);
    p.recordExport(m.step);
    finish(m, p, Channel.CONTRACT, q, gross, price, sales);
    return q;
  }

  /**
   * Delivers to the member's cooperative, which pays the advance now and books the volume into this
   * month's batch for the remainder later. Advances are financed against the same month's pooled
   * sale. A cooperative beyond its credit line still takes deliveries during its grace
   * (CooperativeDissolution), trading on what its sales bring: with no liquidity left to risk, its
   * advance is no more than the sale will recover (AdvanceRule).
   */
  static double cooperative(MingaModel m, Producer p, Cooperative c, double q, Sales sales) {
    q = Math.min(q, p.stock());
    MemberPayments payments = c.payments();
    double advance = payments.advanceThisMonth();
    if (q <= 1e-12) {
      return 0;
    }
    double paid = advance * q;
    double repaid = p.repayOutOf(paid, Producer.COOPERATIVE_CREDITOR, c.index());
    m.ledger.payNetOfRepayment(c, p, paid, repaid, Ledger.Reason.ADVANCE);
    int slot = payments.batches().slotOf(m.step);
    payments.bookDelivery(slot, q, paid, q * p.sharingWeight());
    p.recordDelivery(slot, payments.batches().length(), q);
    c.roster().membersDelivered(q);
    m.book.memberDelivered.add(q);
    if (CooperativeSale.exports(c)) {
      p.recordExport(m.step);
    }
    finish(m, p, Channel.COOPERATIVE, q, paid, advance, sales);
    return q;
  }

  private static void finish(
      MingaModel m, Producer p, Channel c, double q, double gross, double price, Sales sales) {
    p.sell(q, gross + priceFloorTopUp(m, p, price, q));
    m.book.sale(c, q, gross);
    sales.add(c, q);
    if (m.householdPanel != null) {
      m.householdPanel.sold(p.id, c, q);
    }
  }

  /**
   * Price insurance (docs/model.md 7.10): the state pays the gap to the floor on each unit sold.
   */
  private static double priceFloorTopUp(MingaModel m, Producer p, double price, double q) {
    if (!m.policies.inForce(Lever.PRICE_FLOOR)) {
      return 0;
    }
    double gap = m.sc.policies().priceFloor().floor() - price;
    if (gap <= 0) {
      return 0;
    }
    double pay = gap * q;
    m.ledger.transfer(
        Ledger.Account.PRICE_FLOOR_PAYMENTS, p, pay, Ledger.Reason.PRICE_FLOOR_TOP_UP);
    m.book.publicSpending.add(pay);
    return pay;
  }
}
