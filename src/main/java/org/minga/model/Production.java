package org.minga.model;

import org.minga.scenario.CooperativeConfig;
import org.minga.scenario.ShockConfig;

/**
 * The HARVEST phase and docs/model.md 7.2: output per harvest month = area x yield x seasonal share
 * x yield shock x (1 + assistance effect x capability); input costs per ha, cut for cooperative
 * members who buy collectively ([RedEAmerica-nd, box “LA RED DE EMPRESAS DE MUEBLES DE SANTIAGO DE
 * LOS CABALLEROS…”]: -33%) and keep their delivery commitments.
 */
final class Production {
  private Production() {}

  static void harvest(MingaModel m) {
    double share = m.harvestShare(m.month());
    if (share == 0) {
      return;
    }
    double taEffect = m.sc.policies().technicalAssistance().yieldEffect();
    StockHolders holders = m.stockHolders;
    for (Producer p : m.producers) {
      if (p.isActive()) {
        double out =
            p.area() * p.yieldPerHa() * share * yieldShock(m, p) * (1 + taEffect * p.capability());
        p.harvest(out);
        m.book.volumes().harvested(out);
      }
      holders.afterHarvest(p); // who will sell at channel choice (StockHolders)
    }
  }

  /** Whether this month is the last harvest month of a season (next month has none). */
  static boolean seasonEndsThisMonth(MingaModel m) {
    int month = m.month();
    return m.harvestShare(month) > 0 && m.harvestShare(month % 12 + 1) == 0;
  }

  /** Whether a harvest season starts in calendar month {@code month}: a harvest after none. */
  static boolean seasonStartsIn(MingaModel m, int month) {
    int previous = month == 1 ? 12 : month - 1;
    return m.harvestShare(month) > 0 && m.harvestShare(previous) == 0;
  }

  /** Whether the commodity has seasons at all (milk is harvested every month). */
  static boolean hasSeasons(MingaModel m) {
    for (int month = 1; month <= 12; month++) {
      if (m.harvestShare(month) == 0) {
        return true;
      }
    }
    return false;
  }

  /** Product of the yield shocks in force at the producer's location. */
  static double yieldShock(MingaModel m, Producer p) {
    double f = 1;
    for (ShockConfig s : m.sc.events().yieldShocks()) {
      if (s.covers(p.x(), p.y())) {
        f *= s.factorAt(m.step);
      }
    }
    return f;
  }

  /** Input cost the producer pays this month (zero outside harvest months). */
  static double inputCostDue(MingaModel m, Producer p) {
    return inputCostDue(m, p, m.month());
  }

  /** Input cost the producer pays in calendar month {@code month}, as things stand. */
  static double inputCostDue(MingaModel m, Producer p, int month) {
    double share = m.harvestShare(month);
    if (share == 0) {
      return 0;
    }
    return m.sc.producers().inputCostPerHa() * p.area() * share * (1 - collectiveDiscount(m, p));
  }

  /**
   * Discount from collective purchase: members of a cooperative offering the service, who kept at
   * least half their commitment last season, scaled by the cooperative's maturity.
   */
  static double collectiveDiscount(MingaModel m, Producer p) {
    CooperativeConfig.ServicesConfig sv = m.sc.cooperatives().services();
    if (!p.isMember() || !sv.collectivePurchase() || p.deliveryRecord() < 0.5) {
      return 0;
    }
    return sv.purchaseDiscount() * m.cooperatives.get(p.cooperative()).maturity();
  }
}
