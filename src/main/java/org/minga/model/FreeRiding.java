package org.minga.model;

import org.minga.model.Policies.Lever;

/**
 * docs/model.md 7.7, free riding: some groups form only to obtain support or credit
 * ([MunozViana-nd, ch. 3 “Asociatividad de los pequeños productores”]); when the support ends they
 * weaken (donor dependence, [RedEAmerica-nd, “Recursos: acceso a los recursos financieros y no
 * financieros…”, “Temas críticos”]). When a promotion programme ends, members of free-rider groups
 * lose most of their trust at once, and at every assembly while no promotion is in force their
 * trust is held below the leaving threshold (remainders paid since the end cannot restore it), so
 * they leave (with the usual inertia) and the group empties and dissolves; other groups that are
 * not viable lose their grant income and run down their reserves.
 */
final class FreeRiding {
  /** Trust a free rider keeps when the support it came for ends. Assumption. */
  static final double TRUST_KEPT = 0.3;

  private FreeRiding() {}

  /** When the programme ends: free riders keep only {@link #TRUST_KEPT} of their trust. */
  static void supportEnded(MingaModel m) {
    for (Cooperative c : m.cooperatives) {
      if (!c.isActive() || !c.isFreeRider()) {
        continue;
      }
      for (int k = 0; k < c.memberCount(); k++) {
        Producer p = m.producers[c.memberAt(k)];
        p.keepTrustShare(TRUST_KEPT);
      }
    }
  }

  /**
   * At each assembly (after the yearly trust update, before membership decisions) while no
   * promotion is in force: members of free-rider groups trust at most {@link #TRUST_KEPT} x the
   * leaving threshold.
   */
  static void atAssembly(MingaModel m) {
    if (m.policies.inForce(Lever.PROMOTION)) {
      return;
    }
    double ceiling = TRUST_KEPT * m.sc.producers().leaveTrust();
    for (Cooperative c : m.cooperatives) {
      if (!c.isActive() || !c.isFreeRider()) {
        continue;
      }
      for (int k = 0; k < c.memberCount(); k++) {
        Producer p = m.producers[c.memberAt(k)];
        p.capTrust(ceiling);
      }
    }
  }
}
