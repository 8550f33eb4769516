package org.minga.model;

import org.minga.model.random.StreamName;
import org.minga.scenario.CooperativeConfig;

/**
 * docs/model.md 7.4: a member diverting committed volume is side-selling. At the end of a season
 * its delivery record is checked (after its last harvest month, while remainders are still pending;
 * for a commodity harvested all year, at the assembly): with the cooperative's detection
 * probability a member who delivered under 80% of its commitment is caught, loses its pending
 * remainders and may be expelled. Members who fall short also lose access to services next season.
 */
final class SideSelling {
  private SideSelling() {}

  /** Share of committed volume a member sells elsewhere, by logit on the gain net of sanction. */
  static double share(
      MingaModel m, Producer p, Cooperative c, double coopValue, double alternativeValue) {
    if (alternativeValue <= 0) {
      return 0;
    }
    CooperativeConfig cc = m.sc.cooperatives();
    double sanction =
        cc.detectionProbability()
            * (c.expectedRemainder()
                + cc.expulsionProbability() * m.sc.producers().loyaltyWeight() * m.prices.world);
    return ChannelChoice.logistic(m, p, alternativeValue - sanction - coopValue);
  }

  /**
   * Season-end check of every member's record: called in the settlement of a season's last harvest
   * month, or at the assembly for a commodity harvested every month.
   */
  static void endOfSeason(MingaModel m) {
    CooperativeConfig cc = m.sc.cooperatives();
    for (Producer p : m.producers) {
      if (p.committedThisSeason() <= 0) {
        continue;
      }
      double record = p.closeDeliverySeason();
      if (p.isMember()
          && record < 0.8
          && m.chance(StreamName.SIDE_SELLING, p.id, 0, cc.detectionProbability())) {
        p.forfeitRemainders();
        if (m.chance(StreamName.SIDE_SELLING, p.id, 1, cc.expulsionProbability())) {
          Membership.leave(m, p);
        }
      }
    }
  }
}
