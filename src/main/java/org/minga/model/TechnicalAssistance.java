package org.minga.model;

import org.minga.model.Policies.Lever;
import org.minga.scenario.CooperativeConfig;
import org.minga.scenario.PolicyConfig;

/**
 * docs/model.md 7.2 and 7.10: capability rises with technical assistance from the cooperative
 * (scaled by its maturity), a public programme (for the producers it covers) and a tractor firm
 * ([HacerPeru-nd, “EVIDENCIA”]); quality moves toward 1 with assistance or certification and decays
 * slowly without.
 */
final class TechnicalAssistance {
  /** Yearly move of quality toward 1 when assisted, and decay without. Assumptions. */
  static final double QUALITY_GAIN = 0.1;

  static final double QUALITY_DECAY = 0.03;

  private TechnicalAssistance() {}

  static void yearly(MingaModel m) {
    CooperativeConfig.ServicesConfig sv = m.sc.cooperatives().services();
    PolicyConfig.TechnicalAssistance ta = m.sc.policies().technicalAssistance();
    boolean publicTa = m.policies.inForce(Lever.TECHNICAL_ASSISTANCE);
    for (Producer p : m.producers) {
      if (!p.isActive()) {
        continue;
      }
      double gain = 0;
      boolean certified = false;
      if (p.isMember()) {
        Cooperative c = m.cooperatives.get(p.cooperative());
        gain += sv.technicalAssistance() ? sv.assistanceGain() * c.maturity() : 0;
        certified = c.isCertified();
      }
      if (publicTa && p.programmeDraw() < ta.coverage()) {
        gain += ta.gain();
        // Paid to the extension service, outside the simulated economy.
        m.book.publicSpending.add(ta.costPerProducer());
      }
      if (p.isContracted()) {
        gain += m.firms[p.firm()].config().assistanceGain();
        certified = true;
      }
      p.gainCapability(Math.min(1, gain));
      if (gain > 0 || certified) {
        p.improveQuality(QUALITY_GAIN);
      } else {
        p.loseQuality(QUALITY_DECAY);
      }
    }
    updateBuyerQuality(m);
  }

  /** Cooperatives and firms sell at the mean quality of their producers. */
  static void updateBuyerQuality(MingaModel m) {
    for (Cooperative c : m.cooperatives) {
      c.setQuality(meanQuality(m, c.roster().list()));
    }
    for (TractorFirm f : m.firms) {
      f.setQuality(meanQuality(m, f.contracted()));
    }
  }

  private static double meanQuality(MingaModel m, IntList ids) {
    if (ids.size() == 0) {
      return 0.5;
    }
    double s = 0;
    for (int k = 0; k < ids.size(); k++) {
      s += m.producers[ids.get(k)].quality();
    }
    return s / ids.size();
  }
}
