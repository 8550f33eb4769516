package org.minga.model;

import org.minga.model.random.StreamName;
import org.minga.scenario.CooperativeConfig;
import org.minga.scenario.ProducerConfig;

/**
 * docs/model.md 7.7, joining and leaving. Yearly a member leaves when its trust is below a
 * threshold or when non-members it observes earn more per hectare by more than its exit threshold;
 * the most successful members may leave to sell on their own ([MunozViana-nd, ch. 3 “Asociatividad
 * de los pequeños productores”]). A non-member joins the nearest cooperative when members it
 * observes earn more by more than the joining cost. Churn is normal: producers go in and out
 * ([MunozViana-nd, ch. 3 “Asociatividad de los pequeños productores”]). Innovators (young people
 * and women, [Rimisp-nd, p. 8, “La presencia de ciudades intermedias…”]) move at half the
 * threshold. A played household's choice to stay, leave or join replaces the rule's (docs/model.md
 * 7.12).
 */
final class Membership {
  private Membership() {}

  static void yearly(MingaModel m) {
    ProducerConfig pc = m.sc.producers();
    CooperativeConfig cc = m.sc.cooperatives();
    NeighbourIncomes observed = m.neighbourIncomes;
    observed.refresh(m);
    double topDecile = observed.memberIncomeQuantile(0.9);
    MemberListPruning leavers = m.pruning.begin(m);
    for (Producer p : m.producers) {
      if (!p.isActive() || p.isContracted()) {
        continue;
      }
      double scale = p.isInnovator() ? 0.5 : 1;
      double own = Math.abs(p.income12() / p.area()) + 1;
      if (p.isMember()) {
        payFee(m, p);
        observed.observe(p.id);
        double gap = (observed.nonMemberMean() - p.income12() / p.area()) / own;
        boolean distrust = p.trust() < pc.leaveTrust();
        boolean worseOff = !Double.isNaN(gap) && gap > pc.leaveIncomeGap() * scale;
        boolean outgrown =
            p.income12() >= topDecile
                && m.chance(StreamName.MEMBERSHIP, p.id, 0, cc.successfulExit());
        boolean leaves = outgrown || ((distrust || worseOff) && acts(m, p, pc));
        if (m.players.plays(p.id)) {
          leaves = played(m, p, leaves, Decision.LEAVE);
        }
        if (leaves) {
          leavers.leave(m, p);
          observed.setMember(p.id, false);
        }
      } else if (joinable(m, p.nearestCooperative())) {
        observed.observe(p.id);
        double gain = (observed.memberMean() - nonMemberIncome(observed, p)) / own;
        double cost = cc.fee() / (p.area() * own);
        boolean joins =
            !Double.isNaN(gain) && gain > pc.joinIncomeGap() * scale + cost && acts(m, p, pc);
        if (m.players.plays(p.id)) {
          joins = played(m, p, joins, Decision.JOIN);
        }
        if (joins) {
          join(m, p, m.cooperatives.get(p.nearestCooperative()), true);
          observed.setMember(p.id, true);
        }
      }
    }
    leavers.apply(m);
  }

  /**
   * A played household's choice replaces the rule's (drawn first, as for everyone): it makes {@code
   * move} (leave, or join the nearest cooperative) when it chose to; "stay" and the move it cannot
   * make (a member joining, an outsider leaving) keep it as it is.
   */
  private static boolean played(MingaModel m, Producer p, boolean ruleMoves, double move) {
    double rule = ruleMoves ? move : Decision.STAY;
    return m.players.choose(m.step, Decision.MEMBERSHIP, p.id, rule) == move;
  }

  /** Whether a producer with a reason to switch acts on it this year (inertia). */
  private static boolean acts(MingaModel m, Producer p, ProducerConfig pc) {
    return m.chance(StreamName.MEMBERSHIP, p.id, 1, pc.switchProbability());
  }

  /** Whether a household can join cooperative {@code cooperative}: active, not a seasonal group. */
  static boolean joinable(MingaModel m, int cooperative) {
    if (cooperative < 0) {
      return false;
    }
    Cooperative c = m.cooperatives.get(cooperative);
    return c.isActive() && !c.isSeasonal();
  }

  /** Non-members' mean income per ha among the neighbours (last observed) and the producer. */
  private static double nonMemberIncome(NeighbourIncomes observed, Producer p) {
    double others = observed.nonMemberMean();
    double own = p.income12() / p.area();
    return Double.isNaN(others) ? own : (others + own) / 2;
  }

  private static void payFee(MingaModel m, Producer p) {
    double fee = Math.min(p.cash(), m.sc.cooperatives().fee());
    m.ledger.transfer(p, m.cooperatives.get(p.cooperative()), fee, Ledger.Reason.FEE);
  }

  static void join(MingaModel m, Producer p, Cooperative c, boolean count) {
    c.roster().admit(p.id);
    p.joinCooperative(c.index(), m.sc.producers().leaveTrust() + 0.2);
    if (count) {
      m.book.joins.add(1);
      payFee(m, p);
    }
  }

  /** A member leaves (or is expelled): its pending remainders stay with the cooperative. */
  static void leave(MingaModel m, Producer p) {
    Cooperative c = m.cooperatives.get(p.cooperative());
    c.roster().release(p.id);
    leaveKeepingList(m, c, p);
  }

  /** All of leaving but the removal from the member list ({@link MemberListPruning} does it). */
  static void leaveKeepingList(MingaModel m, Cooperative c, Producer p) {
    c.roster().memberLeft();
    p.leaveCooperative();
    m.book.leaves.add(1);
  }
}
