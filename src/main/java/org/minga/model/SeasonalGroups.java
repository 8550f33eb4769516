package org.minga.model;

import org.minga.model.random.StreamName;

/**
 * docs/model.md 7.8, seasonal groups (Uganda matoke, [MunozViana-nd, ch. 3 “Asociatividad de los
 * pequeños productores”]): a group forms for one season, distributes the proceeds and dissolves;
 * next season a somewhat different group forms at the same place: former members come back with
 * probability equal to their trust, and unaffiliated neighbours join with half the initial
 * membership share.
 */
final class SeasonalGroups {
  private SeasonalGroups() {}

  /**
   * Monthly: a seasonal group whose season is over (it has had a harvest month since it formed and
   * none remains before the next assembly) and whose batches are all paid dissolves.
   */
  static void dissolveAfterDistributing(MingaModel m) {
    if (harvestAheadBeforeAssembly(m)) {
      return;
    }
    for (Cooperative c : m.cooperatives) {
      if (c.isActive() && c.isSeasonal() && !c.payments().hasPendingBatches() && hadSeason(m, c)) {
        BuyerContracts.evaluate(m, c);
        CooperativeDissolution.dissolve(m, c, false);
      }
    }
  }

  /**
   * Whether a harvest month has come since the group formed: a group formed before its season (the
   * groups of the start, when the assembly month falls between step 0 and the harvest) waits for it
   * instead of dissolving at once.
   */
  private static boolean hadSeason(MingaModel m, Cooperative c) {
    for (int s = c.life().createdAt(); s <= m.step; s++) {
      if (m.harvestShare(MingaModel.monthOf(s)) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Whether any harvest month remains from next month until the next assembly month. */
  static boolean harvestAheadBeforeAssembly(MingaModel m) {
    int assembly = m.sc.assemblyMonth();
    for (int s = m.step + 1; s < m.step + 13; s++) {
      int month = MingaModel.monthOf(s);
      if (month == assembly) {
        return false;
      }
      if (m.harvestShare(month) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Yearly, at the assembly month: each dissolved group's place gets a new group. */
  static void reform(MingaModel m) {
    int existing = m.cooperatives.size();
    for (int k = 0; k < existing; k++) {
      Cooperative old = m.cooperatives.get(k);
      if (!old.isSeasonal() || old.isActive() || old.life().isReformed()) {
        continue;
      }
      old.life().markReformed();
      Cooperative c = CooperativeFormation.open(m, old.x(), old.y(), false);
      c.carryOver(old);
      for (int j = 0; j < old.roster().formerCount(); j++) {
        Producer p = m.producers[old.roster().formerAt(j)];
        if (p.isActive()
            && !p.isMember()
            && !p.isContracted()
            && m.chance(StreamName.SEASONAL_GROUPS, p.id, 0, p.trust())) {
          Membership.join(m, p, c, false);
        }
      }
      double newcomerShare = m.sc.producers().initialMemberShare() / 2;
      m.producerIndex.forEachWithin(
          c.x(),
          c.y(),
          m.sc.cooperatives().reachKm(),
          (i, d2) -> {
            Producer p = m.producers[i];
            if (p.isActive()
                && !p.isMember()
                && !p.isContracted()
                && m.chance(StreamName.SEASONAL_GROUPS, p.id, 1, newcomerShare)) {
              Membership.join(m, p, c, false);
            }
          });
      BuyerContracts.commit(m, c);
    }
  }
}
