package org.minga.model;

import org.minga.scenario.IntermediaryConfig;

/**
 * docs/model.md 7.3, intermediary: pays cash now, price = P x (1 - margin) - handling - transport,
 * plus the part of any scarcity premium it passes on (pass-through < 1, [MunozViana-nd, ch. 4
 * “Inserción de los pequeños productores en los mercados”]). The margin falls with the competitors
 * the producer can sell to, and widens for producers indebted to the intermediary (tied sale) or
 * without market information.
 */
final class IntermediaryOffer {
  private IntermediaryOffer() {}

  /** Price per unit intermediary {@code i} offers producer {@code p}. */
  static double price(MingaModel m, Producer p, Intermediary i) {
    return price(m, p, i, transport(m, Reach.distance(p.x(), p.y(), i.x(), i.y())));
  }

  /** {@link #price(MingaModel, Producer, Intermediary)} given the transport cost per unit. */
  static double price(MingaModel m, Producer p, Intermediary i, double transportPerUnit) {
    IntermediaryConfig ic = m.sc.intermediaries();
    double margin =
        i.margin()
            * competitionFactor(ic, p.intermediariesInReach())
            / competitionFactor(ic, i.competitors());
    if (p.hasCreditor(Producer.INTERMEDIARY_CREDITOR, i.index())) {
      margin += ic.debtMarginPremium();
    }
    if (!p.isInformed()) {
      margin += ic.uninformedMarginPremium();
    }
    margin = Math.min(0.95, Math.max(ic.minMargin(), margin));
    double pr =
        m.prices.domestic * (1 - margin)
            - ic.handlingCost()
            - transportPerUnit
            + ic.passThrough() * m.prices.scarcityPremium * m.prices.domestic;
    return Math.max(0, pr);
  }

  /** How much competition among n intermediaries cuts a margin: 1 / (1 + k (n - 1)). */
  static double competitionFactor(IntermediaryConfig ic, int n) {
    return 1 / (1 + ic.competitionEffect() * (Math.max(1, n) - 1));
  }

  /** Transport cost per unit over a distance, after infrastructure policy. */
  static double transport(MingaModel m, double km) {
    return m.sc.intermediaries().transportCostPerKm() * km * m.transportMultiplier();
  }
}
