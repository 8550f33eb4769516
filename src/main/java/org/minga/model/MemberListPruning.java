package org.minga.model;

/**
 * Leavers of one pass over all producers, taken off their cooperatives' member lists together
 * at the end of the pass. A member list keeps joining order (sums over members follow it), so
 * removing one id shifts the rest of the list; a large cooperative losing many members in a
 * year made that quadratic. Filtering each affected list once gives the same lists, provided
 * nothing reads the lists during the pass and no producer leaves and rejoins within it.
 */
final class MemberListPruning {
  private final boolean[] left;
  private final boolean[] affected;

  /** Starts a pass, reusing the model's per-producer flags (cleared here): no per-agent allocation. */
  MemberListPruning(MingaModel m) {
    left = m.leftThisPass;
    java.util.Arrays.fill(left, false);
    affected = new boolean[m.cooperatives.size()];
  }

  /** The member leaves its cooperative now; its id goes from the list at {@link #apply}. */
  void leave(MingaModel m, Producer p) {
    Cooperative c = m.cooperatives.get(p.cooperative());
    left[p.id] = true;
    affected[c.index] = true;
    Membership.leaveKeepingList(m, c, p);
  }

  /** Removes the leavers from the member lists of their cooperatives, keeping the order. */
  void apply(MingaModel m) {
    for (int k = 0; k < affected.length; k++) {
      if (!affected[k]) {
        continue;
      }
      m.cooperatives.get(k).members.removeFlagged(left);
    }
  }
}
