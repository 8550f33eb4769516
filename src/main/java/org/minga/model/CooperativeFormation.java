package org.minga.model;

import org.minga.model.random.RandomStream;
import org.minga.model.random.StreamName;
import org.minga.model.Policies.Lever;
import org.minga.scenario.CooperativeConfig;
import org.minga.scenario.PolicyConfig;

/**
 * MODEL.md 5.6, formation: unaffiliated producers near each other who face poor terms (a
 * threat) may form a cooperative, more readily under a promotion programme (seed 001:830-834);
 * a state programme can create many at once (Peru 1969: 1,200 cooperatives, seed 000:2456-2466).
 * Groups formed while support is offered are free riders with the programme's share.
 */
final class CooperativeFormation {
  /** Clusters examined per year: bounds the cost whatever the population. Assumption. */
  static final int TRIES_PER_YEAR = 20;

  private CooperativeFormation() {}

  /** Creates a cooperative at (x, y); {@code counted} adds it to the formed-cooperatives metric. */
  static Cooperative open(MingaModel m, double x, double y, boolean counted) {
    CooperativeConfig cc = m.sc.cooperatives();
    int index = m.cooperatives.size();
    Cooperative c = new Cooperative(index, x, y, cc.seasonal(), m.step, cc.paymentDelayMonths());
    c.governance = Sampler.draw(cc.governance(), attribute(m, index, Attribute.GOVERNANCE));
    c.transparency = Sampler.draw(cc.transparency(), attribute(m, index, Attribute.TRANSPARENCY));
    c.maturity = cc.maturityYears() <= 0 ? 1 : cc.initialMaturity();
    c.referencePrice = CooperativeOffer.salePrice(m, c,
        m.worldPriceNow > 0 ? m.worldPriceNow : m.worldPrice.base());
    c.expectedRemainder = CooperativeOffer.plannedRemainder(m, c);
    if (m.policies.inForce(Lever.PROMOTION)) {
      c.freeRider = attribute(m, index, Attribute.FREE_RIDER)
          .chance(m.sc.policies().promotion().freeRiderShare());
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
    GOVERNANCE, TRANSPARENCY, FREE_RIDER, CERTIFIED, BUYER_CONTRACT
  }

  /** The sub-stream of one attribute of the cooperative with this index. */
  static RandomStream attribute(MingaModel m, int index, Attribute a) {
    return m.streams.sequence(StreamName.COOPERATIVE_ATTRIBUTES, ((long) index << 4) | a.ordinal());
  }

  static void yearly(MingaModel m) {
    CooperativeConfig.FormationConfig fc = m.sc.cooperatives().formation();
    if (!fc.enabled() || m.producers.length == 0) {
      return;
    }
    double probability = fc.probability() * (m.policies.inForce(Lever.PROMOTION)
        ? m.sc.policies().promotion().formationMultiplier() : 1);
    IntList founders = new IntList(fc.minFounders() * 2);
    RandomStream draws = m.streams.sequence(StreamName.FORMATION, m.step);
    for (int t = 0; t < TRIES_PER_YEAR; t++) {
      Producer seed = m.producers[draws.nextInt(m.producers.length)];
      if (!unaffiliated(seed) || !threatened(m, seed, fc.threatRatio())) {
        continue;
      }
      if (!draws.chance(probability)) {
        continue;
      }
      founders.clear();
      m.producerIndex.forEachWithin(seed.x, seed.y, fc.radiusKm(), (j, d2) -> {
        if (unaffiliated(m.producers[j])) {
          founders.add(j);
        }
      });
      if (founders.size() >= fc.minFounders()) {
        Cooperative c = open(m, seed.x, seed.y, true);
        for (int k = 0; k < founders.size(); k++) {
          Membership.join(m, m.producers[founders.get(k)], c, true);
        }
        BuyerContracts.commit(m, c);
      }
    }
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
      open(m, at.x, at.y, true);
    }
    Reach.updateCooperatives(m);
    for (Producer p : m.producers) {
      if (unaffiliated(p) && p.nearestCooperative >= 0
          && m.chance(StreamName.STATE_PROGRAMME, p.id, 0, pr.enrolShare())) {
        Membership.join(m, p, m.cooperatives.get(p.nearestCooperative), true);
      }
    }
    for (Cooperative c : m.cooperatives) {
      if (c.active && c.createdAt == m.step) {
        BuyerContracts.commit(m, c);
      }
    }
  }

  private static boolean unaffiliated(Producer p) {
    return p.active && p.cooperative < 0 && p.firm < 0;
  }

  /** Threat: the intermediary's offer (if any) is below the threat share of the world price. */
  private static boolean threatened(MingaModel m, Producer p, double ratio) {
    if (p.nearestIntermediary < 0) {
      return true;
    }
    double offer = IntermediaryOffer.price(m, p, m.intermediaries.get(p.nearestIntermediary));
    return offer < ratio * m.worldPriceNow;
  }
}
