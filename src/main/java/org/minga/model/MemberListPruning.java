package org.minga.model;

import java.util.Arrays;

/**
 * Leavers of one pass over all producers, taken off their cooperatives' member lists together at
 * the end of the pass. A member list keeps joining order (sums over members follow it), so removing
 * one id shifts the rest of the list; a large cooperative losing many members in a year made that
 * quadratic. Filtering each affected list once gives the same lists, provided nothing reads the
 * lists during the pass and no producer leaves and rejoins within it. One per model, made at the
 * start; the flags mean something only between {@link #begin} and {@link #apply}.
 */
final class MemberListPruning {
  /** Who left in the pass under way, by producer id. */
  private final boolean[] left;

  /** Which cooperatives lost a member in the pass under way, by index (grown as they open). */
  private boolean[] affected = new boolean[0];

  MemberListPruning(int producers) {
    left = new boolean[producers];
  }

  /** Starts a pass: clears the flags (allocating only when cooperatives opened); returns this. */
  MemberListPruning begin(MingaModel m) {
    Arrays.fill(left, false);
    if (affected.length < m.cooperatives.size()) {
      affected = new boolean[m.cooperatives.size()];
    } else {
      Arrays.fill(affected, false);
    }
    return this;
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
      m.cooperatives.get(k).roster().releaseFlagged(left);
    }
  }
}
