package org.minga.model;

import org.minga.model.random.StreamName;
import org.minga.scenario.FirmConfig;

/**
 * docs/model.md 7.9: firms select producers by a score of area, quality, nearness and reliability,
 * so chains select the better-off ([MunozViana-nd, ch. 4 “Inserción de los pequeños productores en
 * los mercados”]). Candidates are active, uncontracted, not blacklisted (a blacklisting fades after
 * the firm's `blacklist_years`), within reach; the best are offered contracts up to the target.
 * Members accepting leave their cooperative (the contract is exclusive); innovators accept more
 * readily.
 */
final class ProducerSelection {
  /** Probabilities of accepting an offered contract. Assumptions. */
  static final double ACCEPT_MEMBER = 0.5;

  static final double ACCEPT_OTHER = 0.85;

  private ProducerSelection() {}

  static void fill(MingaModel m, TractorFirm f) {
    FirmConfig fc = f.config();
    int wanted = fc.targetProducers() - f.contractedCount();
    if (wanted <= 0 || !f.isActive()) {
      return;
    }
    // Candidates are taken in id order, reading producers sequentially (the grid's cell order
    // scatters the reads over memory); their order does not matter, as the ranking orders them
    // completely.
    IntList candidates = new IntList(256);
    double[] score = new double[m.producers.length];
    m.producerIndex.forEachWithinByIndex(
        fc.xKm(),
        fc.yKm(),
        fc.reachKm(),
        (i, d2) -> {
          Producer p = m.producers[i];
          if (p.isActive() && !p.isContracted() && !ContractBreach.barred(m, f, p)) {
            score[candidates.size()] = score(m, f, p);
            candidates.add(i);
          }
        });
    int n = candidates.size();
    int[] ids = candidates.toArray();
    CandidateRanking ranking = new CandidateRanking(score, ids, n);
    while (ranking.hasNext() && wanted > 0) {
      Producer p = m.producers[ids[ranking.next()]];
      double accept = p.isMember() ? ACCEPT_MEMBER : ACCEPT_OTHER;
      if (p.isInnovator()) {
        accept = Math.min(1, accept * 1.5);
      }
      if (m.chance(StreamName.FIRM_SELECTION, p.id, f.index(), accept)) {
        sign(m, f, p);
        wanted--;
      }
    }
  }

  static double score(MingaModel m, TractorFirm f, Producer p) {
    FirmConfig fc = f.config();
    double nearness =
        1 - Reach.distance(p.x(), p.y(), fc.xKm(), fc.yKm()) / Math.max(1e-9, fc.reachKm());
    return fc.selectionWeights().get(0) * p.area() / m.meanArea
        + fc.selectionWeights().get(1) * p.quality() / 0.5
        + fc.selectionWeights().get(2) * nearness
        + fc.selectionWeights().get(3) * p.reliability();
  }

  static void sign(MingaModel m, TractorFirm f, Producer p) {
    if (p.isMember()) {
      Membership.leave(m, p);
    }
    p.signContract(f.index());
    m.records.forgetBreaches(p.id);
    f.contract(p.id);
  }
}
