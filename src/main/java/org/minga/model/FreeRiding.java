package org.minga.model;

/**
 * MODEL.md 5.5, free riding: some groups form only to obtain support or credit (seed
 * 000:912-924); when the support ends they weaken (donor dependence, seed 002:556-558). When a
 * promotion programme ends, members of free-rider groups lose most of their trust, so they leave
 * at the next assembly and the group dissolves; other groups that are not viable lose their
 * grant income and run down their reserves.
 */
final class FreeRiding {
  /** Trust a free rider keeps when the support it came for ends. Assumption. */
  static final double TRUST_KEPT = 0.3;

  private FreeRiding() {}

  static void supportEnded(MingaModel m) {
    for (Cooperative c : m.cooperatives) {
      if (!c.active || !c.freeRider) {
        continue;
      }
      for (int k = 0; k < c.members.size(); k++) {
        Producer p = m.producers[c.members.get(k)];
        p.trust *= TRUST_KEPT;
      }
    }
  }
}
