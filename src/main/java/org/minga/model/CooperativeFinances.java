package org.minga.model;

import org.minga.model.Policies.Lever;
import org.minga.scenario.CooperativeConfig;

/**
 * docs/model.md 7.6: a cooperative's finances. After the payment delay each month's batch is
 * settled: pooled earnings minus advances minus the commission are paid to the members who
 * delivered (shared by {@link EliteCapture} weights); a negative result comes out of reserves.
 * Fixed administration costs are paid every month from the commission and reserves, so below a
 * minimum volume the cooperative loses money (about 100 members for Peruvian coffee,
 * [MunozViana-nd, ch. 3 “Asociatividad de los pequeños productores”]). While a promotion programme
 * is in force every active cooperative receives its monthly grant.
 */
final class CooperativeFinances {
  private CooperativeFinances() {}

  static void settle(MingaModel m, Cooperative c) {
    CooperativeConfig cc = m.sc.cooperatives();
    payRemainderDue(m, c);
    m.ledger.transfer(
        c, Ledger.Account.OPERATING_COSTS, cc.fixedCostPerMonth(), Ledger.Reason.OPERATING_COSTS);
    if (m.policies.inForce(Lever.PROMOTION)) {
      double grant = m.sc.policies().promotion().grantPerMonth();
      m.ledger.transfer(Ledger.Account.GRANTS, c, grant, Ledger.Reason.GRANT);
      m.book.publicSpending.add(grant);
    }
  }

  /** Pays the batch delivered {@code delay} months ago. */
  static void payRemainderDue(MingaModel m, Cooperative c) {
    CooperativeConfig cc = m.sc.cooperatives();
    RemainderBatches batches = c.payments().batches();
    int slot = batches.dueSlot(m.step);
    double volume = batches.volume(slot);
    if (volume <= 0) {
      c.payments().settleBatch(slot);
      return;
    }
    double revenue = batches.revenue(slot);
    double surplus = revenue - batches.advances(slot) - cc.commission() * revenue;
    double promisedPerUnit = batches.promised(slot) / volume;
    double months = cc.reserveTargetMonths();
    if (m.players.playsBoard(c.index)) { // a played board decides how much reserve it keeps
      months = m.players.choose(m.step, Decision.RESERVE_MONTHS, c.index, months);
    }
    double target = months * cc.fixedCostPerMonth();
    double owed = Math.max(0, surplus) + owedOnOtherBatches(c, slot, cc.commission());
    double dividend = Math.max(0, c.reserve() - owed - target);
    // Remainders come out of what the pool has left: a batch's surplus already eaten by other
    // batches' losses or by fixed costs is not paid by drawing on the credit line, which
    // finances advances, not distributions.
    double affordable = Math.max(0, c.reserve());
    double pay = Math.max(0, Math.min(surplus + dividend, affordable));
    double weight = batches.weight(slot);
    double paid = distribute(m, c, slot, pay);
    // Per weighted unit delivered by the members still in the cooperative (leavers' shares
    // were forfeited), gross of any loan repayment they made out of it.
    double realisedPerUnit = weight > 0 ? paid / weight : 0;
    c.payments().learnRemainder(realisedPerUnit);
    m.book.remainders.add(paid);
    closeMemberSlot(m, c, slot, TrustDynamics.paymentSignal(promisedPerUnit, realisedPerUnit));
    c.payments().settleBatch(slot);
  }

  /** Remainders already earned by batches not yet due: the reserve holds them for members. */
  private static double owedOnOtherBatches(Cooperative c, int due, double commission) {
    RemainderBatches batches = c.payments().batches();
    double owed = 0;
    for (int k = 0; k < batches.length(); k++) {
      if (k != due && batches.volume(k) > 0) {
        owed += Math.max(0, batches.revenue(k) * (1 - commission) - batches.advances(k));
      }
    }
    return owed;
  }

  /**
   * Shares {@code pay} among members by delivery weight and takes it from the reserve (a member's
   * repayment of a cooperative loan out of its share stays in the reserve); returns the gross
   * amount shared.
   */
  private static double distribute(MingaModel m, Cooperative c, int slot, double pay) {
    double weight = c.payments().batches().weight(slot);
    if (pay <= 0 || weight <= 0) {
      return 0;
    }
    double paid = 0;
    for (int k = 0; k < c.memberCount(); k++) {
      Producer p = m.readAhead.member(c.roster().list(), k);
      float delivered = p.deliveredInSlot(slot);
      if (delivered <= 0) {
        continue;
      }
      double amount = pay * delivered * p.sharingWeight() / weight;
      amount = Math.min(amount, pay - paid);
      double repaid = p.repayOutOf(amount, Producer.COOPERATIVE_CREDITOR, c.index);
      m.ledger.payNetOfRepayment(c, p, amount, repaid, Ledger.Reason.REMAINDER);
      paid += amount;
      p.earn(amount);
    }
    return paid;
  }

  /**
   * For each member who delivered in the settled batch, trust learns from the payment ({@link
   * TrustDynamics#afterRemainder}); then every member's record of the slot is cleared. One pass
   * over the members does both (each member's trust reads only its own record).
   */
  private static void closeMemberSlot(MingaModel m, Cooperative c, int slot, double signal) {
    for (int k = 0; k < c.memberCount(); k++) {
      Producer p = m.readAhead.member(c.roster().list(), k);
      if (p.deliveredInSlot(slot) > 0) {
        TrustDynamics.afterRemainder(p, signal);
      }
      p.closeDeliverySlot(slot);
    }
  }
}
