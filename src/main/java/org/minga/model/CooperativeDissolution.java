package org.minga.model;

import org.minga.scenario.CooperativeConfig;

/**
 * docs/model.md 7.8: a cooperative dissolves when its reserves stay exhausted beyond its credit
 * line for a grace period, or when membership stays below a minimum for a set number of years.
 * Members become independent; positive reserves are shared among them; debts to the cooperative and
 * its negative reserve are written off.
 */
final class CooperativeDissolution {
  private CooperativeDissolution() {}

  /**
   * Monthly: a cooperative beyond its credit line is insolvent; it advances no more than it will
   * recover (CooperativeOffer) and dissolves once it has been insolvent for {@code
   * insolvency_months} months in a row, its members losing trust in cooperatives. One that gets
   * back within its line goes on.
   */
  static void checkMonthly(MingaModel m) {
    CooperativeConfig cc = m.sc.cooperatives();
    boolean any = false;
    for (Cooperative c : m.cooperatives) {
      if (!c.isActive()) {
        continue;
      }
      c.life().countMonthInsolvent(c.reserve() < -cc.creditLine());
      if (c.life().monthsInsolvent() > cc.insolvencyMonths()) {
        for (int k = 0; k < c.memberCount(); k++) {
          TrustDynamics.afterCollapse(m.producers[c.memberAt(k)]);
        }
        dissolve(m, c, true);
        any = true;
      }
    }
    if (any) {
      Reach.updateCooperatives(m);
    }
  }

  static void yearly(MingaModel m) {
    CooperativeConfig cc = m.sc.cooperatives();
    for (Cooperative c : m.cooperatives) {
      if (!c.isActive() || c.isSeasonal()) {
        continue;
      }
      c.life().countYearBelowMinimum(c.memberCount() < cc.minMembers());
      if (c.life().yearsBelowMinimum() >= cc.minMemberYears()) {
        dissolve(m, c, true);
      }
    }
  }

  /** Dissolves a cooperative; {@code count} says whether the metric counts it. */
  static void dissolve(MingaModel m, Cooperative c, boolean count) {
    double reserve = c.reserve();
    c.dissolve(m.step);
    int n = c.roster().formerCount();
    double share = n > 0 && reserve > 0 ? reserve / n : 0;
    if (share > 0) {
      m.ledger.intoClearing(c, reserve); // paid out in equal shares below
    }
    for (int k = 0; k < n; k++) {
      Producer p = m.producers[c.roster().formerAt(k)];
      p.leaveCooperative();
      m.ledger.outOfClearing(p, share, Ledger.Reason.DISSOLUTION_SHARE);
    }
    // A reserve no member shares leaves with the cooperative; a negative one is written off by
    // its creditors. Either way the reserve ends at exactly zero (x - x == 0).
    if (c.reserve() > 0) {
      m.ledger.transfer(c, Ledger.Account.EXIT_WITHDRAWALS, c.reserve(), Ledger.Reason.EXIT);
    } else if (c.reserve() < 0) {
      m.ledger.transfer(Ledger.Account.WRITE_OFFS, c, -c.reserve(), Ledger.Reason.WRITE_OFF);
    }
    for (Producer p : m.producers) {
      if (p.hasCreditor(Producer.COOPERATIVE_CREDITOR, c.index)) {
        Credit.writeOff(m, p);
      }
    }
    if (count) {
      m.book.cooperativeDissolved();
    }
  }
}
