package org.minga.model;

import org.minga.model.random.StreamName;
/**
 * MODEL.md 5.4: a contract farmer diverting volume is in breach; when detected (see
 * {@link Exclusivity}) the firm terminates the contract and never contracts that producer again.
 */
final class ContractBreach {
  private ContractBreach() {}

  /** Share of its output a contract farmer diverts, by logit on the gain net of sanction. */
  static double divertedShare(MingaModel m, Producer p, TractorFirm f, double contractValue,
      double alternativeValue) {
    if (alternativeValue <= 0) {
      return 0;
    }
    double sanction = Exclusivity.monthlyDetection(m, f) * f.config.breachSanction()
        * m.worldPriceNow;
    return ChannelChoice.logistic(m, p, alternativeValue - sanction - contractValue);
  }

  /** After a month with diverted volume: detection ends the contract and blacklists. */
  static void maybeDetect(MingaModel m, Producer p, TractorFirm f, double divertedShare) {
    p.reliability = 0.8 * p.reliability + 0.2 * (1 - divertedShare);
    if (divertedShare > 0.01
        && m.chance(StreamName.CONTRACT_BREACH, p.id, 0, Exclusivity.monthlyDetection(m, f))) {
      FirmContracts.terminate(m, f, p);
      p.blacklisted = true;
    }
  }
}
