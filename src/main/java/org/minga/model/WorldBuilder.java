package org.minga.model;

import org.minga.model.random.RandomStream;
import org.minga.model.random.StreamName;
import org.minga.scenario.CooperativeConfig;
import org.minga.scenario.FirmConfig;
import org.minga.scenario.Scenario;
import org.minga.scenario.TerritoryConfig;

/**
 * Builds the initial world from the scenario: producers placed on the territory ({@link
 * HouseholdPlacement}), their social network, intermediaries and cooperatives at village centres,
 * initial memberships, and firms that are there from the start.
 */
final class WorldBuilder {
  private WorldBuilder() {}

  static void build(MingaModel m) {
    Scenario sc = m.sc;
    double[][] villages = villages(sc.territory(), m.streams.sequence(StreamName.TERRITORY));
    HouseholdPlacement.place(m, villages);
    double area = 0;
    double output = 0;
    double taEffect = sc.policies().technicalAssistance().yieldEffect();
    for (Producer p : m.producers) {
      area += p.area();
      output += p.expectedYearlyOutput(taEffect);
    }
    m.recordStartingMeans(
        m.producers.length == 0 ? 1 : area / m.producers.length,
        m.producers.length == 0 ? 0 : output / m.producers.length);
    TerritoryConfig t = sc.territory();
    m.connect(
        new SpatialIndex(
            m.xs, m.ys, t.widthKm(), t.heightKm(), Math.max(0.5, t.neighbourRadiusKm())),
        SocialNetwork.build(
            m.xs,
            m.ys,
            t.widthKm(),
            t.heightKm(),
            t.neighbours(),
            t.neighbourRadiusKm(),
            t.rewire(),
            m.streams));
    for (int i = 0; i < sc.intermediaries().count(); i++) {
      double[] at = villages[i % villages.length];
      RandomStream rng = m.streams.sequence(StreamName.INTERMEDIARY_PLACEMENT, i);
      IntermediaryEntryExit.open(
          m, jitter(at[0], t.widthKm(), rng), jitter(at[1], t.heightKm(), rng), false);
    }
    for (int i = 0; i < sc.cooperatives().count(); i++) {
      double[] at = villages[i % villages.length];
      Cooperative c = CooperativeFormation.open(m, at[0], at[1], false);
      CooperativeConfig cc = sc.cooperatives();
      c.life().setMaturity(1);
      m.ledger.transfer(Ledger.Account.ENTRY_CAPITAL, c, cc.initialReserve(), Ledger.Reason.ENTRY);
      if (CooperativeFormation.attribute(m, c.index(), CooperativeFormation.Attribute.CERTIFIED)
          .chance(cc.certification().share())) {
        c.certify();
      }
      if (CooperativeFormation.attribute(
              m, c.index(), CooperativeFormation.Attribute.BUYER_CONTRACT)
          .chance(cc.buyerContract().share())) {
        c.buyerContract().sign();
      }
    }
    Reach.updateIntermediaries(m);
    Reach.updateCooperatives(m);
    enrolInitialMembers(m);
    for (Cooperative c : m.cooperatives) {
      BuyerContracts.commit(m, c);
    }
    TechnicalAssistance.updateBuyerQuality(m);
    TractorFirm[] firms = new TractorFirm[sc.firms().size()];
    for (int i = 0; i < firms.length; i++) {
      firms[i] = new TractorFirm(i, sc.firms().get(i));
    }
    m.listFirms(firms);
    for (TractorFirm f : m.firms) {
      FirmConfig fc = f.config();
      if (fc.entryRule() == FirmConfig.EntryRule.ALWAYS && fc.entryYear() == 0) {
        FirmEntry.enter(m, f);
      }
    }
  }

  private static double jitter(double v, double limit, RandomStream rng) {
    return Math.min(limit, Math.max(0, v + (rng.nextDouble() - 0.5)));
  }

  /** Village centres: the clusters producers gather around (also used to place buyers). */
  private static double[][] villages(TerritoryConfig t, RandomStream rng) {
    int n = Math.max(1, t.clusters());
    double[][] v = new double[n][];
    for (int i = 0; i < n; i++) {
      v[i] = new double[] {rng.nextDouble() * t.widthKm(), rng.nextDouble() * t.heightKm()};
    }
    return v;
  }

  /** At the start, a share of the producers within reach of a cooperative are its members. */
  private static void enrolInitialMembers(MingaModel m) {
    double share = m.sc.producers().initialMemberShare();
    for (Producer p : m.producers) {
      if (p.nearestCooperative() >= 0
          && m.uniform(StreamName.INITIAL_MEMBERSHIP, p.id, 0) < share) {
        Membership.join(m, p, m.cooperatives.get(p.nearestCooperative()), false);
      }
    }
  }
}
