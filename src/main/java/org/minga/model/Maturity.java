package org.minga.model;

import org.minga.model.Policies.Lever;
import org.minga.model.random.StreamName;
import org.minga.scenario.CooperativeConfig;

/**
 * docs/model.md 7.8, maturity: associative enterprises took about six years to reach sustained
 * growth ([RedEAmerica-nd, “Proceso de aprendizaje organizacional”]). A young cooperative's
 * services (purchase discount, assistance) and its bargaining (buyer premium) scale with a maturity
 * that ramps from its initial share to 1 over the maturity years. Certification support, when in
 * force, certifies cooperatives here too.
 */
final class Maturity {
  private Maturity() {}

  static void yearly(MingaModel m) {
    CooperativeConfig cc = m.sc.cooperatives();
    double perYear = cc.maturityYears() <= 0 ? 1 : (1 - cc.initialMaturity()) / cc.maturityYears();
    boolean support = m.policies.inForce(Lever.CERTIFICATION_SUPPORT);
    double pCert = m.sc.policies().certificationSupport().probability();
    for (Cooperative c : m.cooperatives) {
      if (!c.isActive()) {
        continue;
      }
      c.life().mature(perYear);
      if (support && !c.isCertified() && m.chance(StreamName.CERTIFICATION, c.index, 0, pCert)) {
        c.certify();
      }
    }
  }
}
