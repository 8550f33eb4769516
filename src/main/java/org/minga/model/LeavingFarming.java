package org.minga.model;

import org.minga.model.random.StreamName;
import org.minga.scenario.ProducerConfig;

/**
 * docs/model.md 7.10: households whose income stays below subsistence for several years leave
 * farming (migration, wage work) and come back when prices are good; families move to wherever a
 * product pays well ([MunozViana-nd, ch. 5, “La diversificación de ingresos, riesgos y mercados”]).
 * Innovators leave a year sooner and come back more readily ([Rimisp-nd, p. 8, “La presencia de
 * ciudades intermedias…”]).
 */
final class LeavingFarming {
  private LeavingFarming() {}

  static void yearly(MingaModel m) {
    ProducerConfig pc = m.sc.producers();
    double priceRatio = meanPriceLastYear(m) / m.prices.base();
    MemberListPruning leavers = m.pruning.begin(m);
    for (Producer p : m.producers) {
      if (p.isActive()) {
        int years = p.countYearBelowSubsistence(p.income12() < 12 * p.subsistencePerMonth());
        int limit = Math.max(1, pc.leaveFarmingYears() - (p.isInnovator() ? 1 : 0));
        if (years >= limit) {
          leave(m, p, leavers);
        }
      } else if (priceRatio >= pc.returnPriceRatio()) {
        double chance = pc.returnProbability() * (p.isInnovator() ? 1.5 : 1);
        if (m.chance(StreamName.LEAVING_FARMING, p.id, 0, chance)) {
          p.returnToFarming();
        }
      }
    }
    leavers.apply(m);
  }

  /** A household leaves farming; its cooperative's member list is pruned after the pass. */
  private static void leave(MingaModel m, Producer p, MemberListPruning leavers) {
    if (p.isMember()) {
      leavers.leave(m, p);
    }
    if (p.isContracted()) {
      FirmContracts.terminate(m, m.firms[p.firm()], p);
    }
    m.book.volumes().lose(p.stock());
    p.leaveFarming();
    m.mainChannels.set(p, (byte) -1);
    m.householdWindows.forgetIncome(p.id);
  }

  /** Mean world price over the last 12 months, this one included. */
  static double meanPriceLastYear(MingaModel m) {
    return m.prices.meanWorld(Math.max(0, m.step - 11), m.step + 1);
  }
}
