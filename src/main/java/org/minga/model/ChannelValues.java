package org.minga.model;

import org.minga.scenario.CooperativeConfig;
import org.minga.scenario.ProducerConfig;

/**
 * docs/model.md 7.4, what a unit is worth to a producer through a channel: cash now +
 * discount^delay x expected later payment + services + social term + loyalty - expected sanction,
 * with the discount steeper when cash is short, less the trip to deliver where the producer carries
 * the lot. {@link ChannelChoice} turns the gaps between these values into shares.
 */
final class ChannelValues {
  private ChannelValues() {}

  /**
   * The effort of taking this month's lot to a collection point or fair, per unit: a fixed cost per
   * lot, so it weighs most on small farms' lots (intermediaries and firms collect at the farm
   * gate). Fafchamps and Hill 2005.
   */
  static double tripCostPerUnit(MingaModel m, double lot) {
    return m.sc.producers().tripCost() / Math.max(lot, 1e-9);
  }

  /** Value per unit of delivering to one's cooperative now (before the trip to deliver). */
  static double coopValue(MingaModel m, Producer p, Cooperative c) {
    CooperativeConfig cc = m.sc.cooperatives();
    ProducerConfig pc = m.sc.producers();
    double delta = discountFactor(m, p);
    double later = power(delta, cc.paymentDelayMonths()) * c.expectedRemainder();
    // Collection from the collection point to the buyer is a cooperative service ([MunozViana-nd,
    // ch. 3 “Asociatividad de los pequeños productores”]) paid in the pool's per-unit cost; the
    // member's own trip to the collection point is tripCostPerUnit, which the caller subtracts.
    return c.payments().advanceThisMonth()
        + later
        + CooperativeOffer.serviceValue(m, p, c)
        + pc.loyaltyWeight() * p.trust() * m.prices.world
        + social(m, p, Channel.COOPERATIVE);
  }

  /**
   * Monthly discount factor on delayed payments: patience, cut when spare cash covers less than the
   * household's target buffer of `buffer_months` of subsistence (precarity makes delayed payment
   * worth less, [MunozViana-nd, ch. 3 “Asociatividad de los pequeños productores”]). Spare cash is
   * what is left after this month's input bill and lumpy expenses and the scheduled expenses
   * expected in the months ahead.
   */
  static double discountFactor(MingaModel m, Producer p) {
    // Cash already owed for this month's inputs and expenses (often just borrowed) or set
    // aside for school fees due soon is not spare cash.
    double spare =
        p.cash()
            - m.bills.inputCost(p.id)
            - m.bills.expenses(p.id)
            - HouseholdExpenses.expectedAhead(m, p);
    double buffer = m.sc.producers().bufferMonths() * p.subsistencePerMonth();
    double shortage = Math.min(1, Math.max(0, 1 - spare / buffer));
    return p.patience() * (1 - m.sc.producers().shortageSensitivity() * shortage);
  }

  /**
   * {@code x} to a small whole power by repeated multiplication: this runs at every member's
   * choice, and a few multiplications cost far less than {@link Math#pow}.
   */
  static double power(double x, int n) {
    double r = 1;
    for (int i = 0; i < n; i++) {
      r *= x;
    }
    return r;
  }

  /** Social term: weight x share of network neighbours whose main channel is c, in price units. */
  static double social(MingaModel m, Producer p, Channel c) {
    int d = m.network.degree(p.id);
    if (d == 0) {
      return 0;
    }
    int same = m.mainChannels.neighboursSelling(p.id, c);
    return m.sc.producers().socialWeight() * m.prices.world * same / d;
  }
}
