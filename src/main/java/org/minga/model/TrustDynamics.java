package org.minga.model;

import org.minga.model.random.StreamName;
import org.minga.scenario.CooperativeConfig;

/**
 * docs/model.md 7.7: trust in the cooperative rises when it pays what it promised and delivers
 * services, and falls with short payment, mismanagement events and opaque accounts (lack of
 * transparency is the most common trigger of crises, [RedEAmerica-nd, “Transparencia (cuentas y no
 * cuentos)”]).
 */
final class TrustDynamics {
  /** How fast trust moves toward what a payment signals. Assumption: a few payments to learn. */
  static final double LEARNING = 0.25;

  /** Yearly erosion of trust for fully opaque accounts. Assumption. */
  static final double OPACITY_EROSION = 0.12;

  /** Yearly pull of trust toward 1 from services delivered, at full maturity. Assumption. */
  static final double SERVICES_TRUST = 0.1;

  /** Trust lost by every member in a mismanagement event. Assumption. */
  static final double MISMANAGEMENT_SHOCK = 0.3;

  private TrustDynamics() {}

  private static boolean offersServices(CooperativeConfig cc) {
    CooperativeConfig.ServicesConfig s = cc.services();
    return s.collectivePurchase() || s.technicalAssistance() || s.credit();
  }

  /** What a remainder payment signals: the share of the promised remainder paid (0 to 1). */
  static double paymentSignal(double promised, double realised) {
    return promised <= 1e-9 ? 1 : Math.min(1, Math.max(0, realised / promised));
  }

  /** After a remainder: a member who delivered in that batch compares paid with promised. */
  static void afterRemainder(Producer p, double signal) {
    p.moveTrustToward(signal, LEARNING);
  }

  /**
   * Yearly: services delivered (collective purchase, assistance, credit) build trust in proportion
   * to the cooperative's maturity; opacity erodes it; a mismanagement event hits trust and
   * reserves; free riders whose support has ended lose it ({@link FreeRiding}).
   */
  static void yearly(MingaModel m) {
    CooperativeConfig cc = m.sc.cooperatives();
    for (Cooperative c : m.cooperatives) {
      if (!c.isActive()) {
        continue;
      }
      double erosion = OPACITY_EROSION * (1 - c.transparency());
      double services = offersServices(cc) ? SERVICES_TRUST * c.maturity() : 0;
      boolean mismanaged =
          m.chance(StreamName.TRUST, c.index, 0, cc.mismanagementRate() * (1 - c.governance()));
      if (mismanaged) {
        double loss = Math.max(0, c.reserve()) * cc.mismanagementLoss();
        m.ledger.transfer(c, Ledger.Account.MISMANAGEMENT, loss, Ledger.Reason.MISMANAGEMENT);
      }
      for (int k = 0; k < c.memberCount(); k++) {
        Producer p = m.producers[c.memberAt(k)];
        p.moveTrustToward(1, services);
        p.erodeTrust(erosion, mismanaged ? MISMANAGEMENT_SHOCK : 0);
      }
    }
    FreeRiding.atAssembly(m);
    recoverOutside(m);
  }

  /** Trust a collapse costs its members: unpaid remainders and lost shares. Assumption. */
  static final double COLLAPSE_SHOCK = 0.3;

  /** Members of a cooperative that dissolves insolvent lose trust in cooperatives. */
  static void afterCollapse(Producer p) {
    p.loseTrust(COLLAPSE_SHOCK);
  }

  /**
   * Yearly: producers outside any cooperative drift back toward the trust they started with ({@code
   * formation.trust_recovery} of the gap a year): the memory of a collapse fades.
   */
  private static void recoverOutside(MingaModel m) {
    double rate = m.sc.cooperatives().formation().trustRecovery();
    for (Producer p : m.producers) {
      if (!p.isMember()) {
        p.moveTrustToward(m.records.trustAtStart(p.id), rate);
      }
    }
  }
}
