package org.minga.model;

import org.minga.model.Policies.Lever;
import org.minga.model.random.RandomStream;
import org.minga.model.random.StreamName;
import org.minga.scenario.CooperativeConfig;
import org.minga.scenario.PolicyConfig;

/**
 * docs/model.md 7.8, formation: unaffiliated producers near each other who face poor terms (a
 * threat) may form a cooperative, more readily under a promotion programme ([AIRCajamarca-nd, part
 * III “Los SIAL y la activación colectiva de los recursos territoriales”]); a state programme can
 * create many at once (Peru 1969: 1,200 cooperatives, [MunozViana-nd, ch. 6, “a) aspectos
 * generales”]). Groups formed while support is offered are free riders with the programme's share.
 */
final class CooperativeFormation {
  /** Clusters examined per year: bounds the cost whatever the population. Assumption. */
  static final int TRIES_PER_YEAR = 20;

  private CooperativeFormation() {}

  /** Creates a cooperative at (x, y); {@code counted} adds it to the formed-cooperatives metric. */
  static Cooperative open(MingaModel m, double x, double y, boolean counted) {
    CooperativeConfig cc = m.sc.cooperatives();
    int index = m.cooperatives.size();
    double governance = Sampler.draw(cc.governance(), attribute(m, index, Attribute.GOVERNANCE));
    double transparency =
        Sampler.draw(cc.transparency(), attribute(m, index, Attribute.TRANSPARENCY));
    Cooperative c =
        new Cooperative(
            index, x, y, cc.seasonal(), m.step, cc.paymentDelayMonths(), governance, transparency);
    c.life().setMaturity(cc.maturityYears() <= 0 ? 1 : cc.initialMaturity());
    c.payments()
        .setReferencePrice(
            CooperativeOffer.salePrice(
                m, c, m.prices.world > 0 ? m.prices.world : m.prices.base()));
    c.payments().setExpectedRemainder(CooperativeOffer.plannedRemainder(m, c));
    if (m.policies.inForce(Lever.PROMOTION)
        && attribute(m, index, Attribute.FREE_RIDER)
            .chance(m.sc.policies().promotion().freeRiderShare())) {
      c.markFreeRider();
    }
    m.cooperatives.add(c);
    if (counted) {
      m.book.cooperativeFormed();
    }
    return c;
  }

  /**
   * A cooperative's attributes, each from the cooperative's own sub-stream for it (keyed by its
   * index and the number here: append, never renumber).
   */
  enum Attribute {
    GOVERNANCE,
    TRANSPARENCY,
    FREE_RIDER,
    CERTIFIED,
    BUYER_CONTRACT
  }

  /** The sub-stream of one attribute of the cooperative with this index. */
  static RandomStream attribute(MingaModel m, int index, Attribute a) {
    return m.streams.sequence(StreamName.COOPERATIVE_ATTRIBUTES, ((long) index << 4) | a.ordinal());
  }

  /** Why a cluster considers organising. */
  enum Reason {
    NONE,
    THREAT,
    OPPORTUNITY
  }

  /**
   * Yearly: {@link #TRIES_PER_YEAR} unaffiliated producers picked at random look at their terms. A
   * cluster considers organising under a threat (the intermediary pays less than {@code
   * threat_ratio} of the world price) or an opportunity (an organised group could pay {@code
   * opportunity_gap} more: a certification premium under the support programme, or a buyer seeking
   * organised supply). It organises with the yearly probability, raised by a promotion programme
   * and scaled by its readiness (founders' trust against their trust at the start: after a
   * collapse, clusters are slower to try again).
   */
  static void yearly(MingaModel m) {
    CooperativeConfig.FormationConfig fc = m.sc.cooperatives().formation();
    if (!fc.enabled() || m.producers.length == 0) {
      return;
    }
    double probability =
        fc.probability()
            * (m.policies.inForce(Lever.PROMOTION)
                ? m.sc.policies().promotion().formationMultiplier()
                : 1);
    IntList founders = new IntList(fc.minFounders() * 2);
    RandomStream draws = m.streams.sequence(StreamName.FORMATION, m.step);
    for (int t = 0; t < TRIES_PER_YEAR; t++) {
      Producer seed = m.producers[draws.nextInt(m.producers.length)];
      double organise = draws.nextDouble(); // drawn every try: the tries stay paired
      Reason reason = unaffiliated(seed) ? reason(m, seed, fc) : Reason.NONE;
      if (reason == Reason.NONE) {
        continue;
      }
      founders.clear();
      m.producerIndex.forEachWithin(
          seed.x(),
          seed.y(),
          fc.radiusKm(),
          (j, d2) -> {
            if (unaffiliated(m.producers[j])) {
              founders.add(j);
            }
          });
      if (founders.size() < fc.minFounders() || organise >= probability * readiness(m, founders)) {
        continue;
      }
      Cooperative c = open(m, seed.x(), seed.y(), true);
      if (reason == Reason.OPPORTUNITY && fc.organisedBuyerPremium() > 0) {
        c.buyerContract().sign(); // the buyer who sought organised supply contracts with it
      }
      for (int k = 0; k < founders.size(); k++) {
        Membership.join(m, m.producers[founders.get(k)], c, true);
      }
      BuyerContracts.commit(m, c);
    }
  }

  /** Whether {@code p}'s terms give its cluster a reason to organise. */
  static Reason reason(MingaModel m, Producer p, CooperativeConfig.FormationConfig fc) {
    double offer =
        p.nearestIntermediary() < 0
            ? 0
            : IntermediaryOffer.price(m, p, m.intermediaries.get(p.nearestIntermediary()));
    if (offer < fc.threatRatio() * m.prices.world) {
      return Reason.THREAT;
    }
    return organisedPrice(m, fc) - offer > fc.opportunityGap() * m.prices.world
        ? Reason.OPPORTUNITY
        : Reason.NONE;
  }

  /**
   * What a newly organised group could pay per unit: the world price with the premiums open to
   * organised sellers (a buyer seeking organised supply; certification while the support programme
   * helps groups certify), less per-unit cost and commission.
   */
  static double organisedPrice(MingaModel m, CooperativeConfig.FormationConfig fc) {
    CooperativeConfig cc = m.sc.cooperatives();
    double premium = fc.organisedBuyerPremium();
    if (m.policies.inForce(Lever.CERTIFICATION_SUPPORT)) {
      premium += cc.certification().premium();
    }
    return Math.max(0, (m.prices.world * (1 + premium) - cc.perUnitCost()) * (1 - cc.commission()));
  }

  /** Founders' mean trust over their mean trust at the start, at most 1. */
  static double readiness(MingaModel m, IntList founders) {
    double now = 0;
    double start = 0;
    for (int k = 0; k < founders.size(); k++) {
      Producer p = m.producers[founders.get(k)];
      now += p.trust();
      start += m.records.trustAtStart(p.id);
    }
    return start <= 0 ? 1 : Math.min(1, now / start);
  }

  /** The state programme: creates cooperatives at random places and enrols producers nearby. */
  static void stateProgramme(MingaModel m) {
    PolicyConfig.Promotion pr = m.sc.policies().promotion();
    if (pr.createAtStart() == 0 || m.producers.length == 0) {
      return;
    }
    RandomStream places = m.streams.sequence(StreamName.STATE_PROGRAMME, m.step);
    for (int k = 0; k < pr.createAtStart(); k++) {
      Producer at = m.producers[places.nextInt(m.producers.length)];
      open(m, at.x(), at.y(), true);
    }
    Reach.updateCooperatives(m);
    for (Producer p : m.producers) {
      if (unaffiliated(p)
          && p.nearestCooperative() >= 0
          && m.chance(StreamName.STATE_PROGRAMME, p.id, 0, pr.enrolShare())) {
        Membership.join(m, p, m.cooperatives.get(p.nearestCooperative()), true);
      }
    }
    for (Cooperative c : m.cooperatives) {
      if (c.isActive() && c.life().createdAt() == m.step) {
        BuyerContracts.commit(m, c);
      }
    }
  }

  private static boolean unaffiliated(Producer p) {
    return p.isActive() && !p.isMember() && !p.isContracted();
  }
}
