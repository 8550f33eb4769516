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
    double priceRatio = meanPriceLastYear(m) / m.worldPrice.base();
    MemberListPruning leavers = new MemberListPruning(m);
    for (Producer p : m.producers) {
      if (p.active) {
        p.yearsBelowSubsistence = p.income12() < 12 * p.subsistence
            ? p.yearsBelowSubsistence + 1 : 0;
        int limit = Math.max(1, pc.leaveFarmingYears() - (p.innovator ? 1 : 0));
        if (p.yearsBelowSubsistence >= limit) {
          leave(m, p, leavers);
        }
      } else if (priceRatio >= pc.returnPriceRatio()) {
        double chance = pc.returnProbability() * (p.innovator ? 1.5 : 1);
        if (m.chance(StreamName.LEAVING_FARMING, p.id, 0, chance)) {
          p.active = true;
          p.yearsBelowSubsistence = 0;
        }
      }
    }
    leavers.apply(m);
  }

  /** A household leaves farming; its cooperative's member list is pruned after the pass. */
  private static void leave(MingaModel m, Producer p, MemberListPruning leavers) {
    if (p.cooperative >= 0) {
      leavers.leave(m, p);
    }
    if (p.firm >= 0) {
      FirmContracts.terminate(m, m.firms[p.firm], p);
    }
    m.book.lost += p.stock;
    p.stock = 0;
    p.active = false;
    m.setMainChannel(p, (byte) -1);
    m.householdWindows.forgetIncome(p.id);
  }

  /** Mean world price over the last 12 months, this one included. */
  static double meanPriceLastYear(MingaModel m) {
    return m.meanWorldPrice(Math.max(0, m.step - 11), m.step + 1);
  }
}
