package org.minga.model;

import ec.util.MersenneTwisterFast;
import org.minga.scenario.CooperativeConfig;
import org.minga.scenario.FirmConfig;
import org.minga.scenario.ProducerConfig;
import org.minga.scenario.ProducerTable;
import org.minga.scenario.Scenario;
import org.minga.scenario.TerritoryConfig;

/**
 * Builds the initial world from the scenario: producers placed on the territory (uniform,
 * clustered around villages, or read from a table), their social network, intermediaries and
 * cooperatives at village centres, initial memberships, and firms that are there from the start.
 */
final class WorldBuilder {
  private WorldBuilder() {}

  static void build(MingaModel m) {
    Scenario sc = m.sc;
    MersenneTwisterFast rng = m.random;
    double[][] villages = villages(sc.territory(), rng);
    placeProducers(m, villages);
    double area = 0;
    double output = 0;
    double taEffect = sc.policies().technicalAssistance().yieldEffect();
    for (Producer p : m.producers) {
      area += p.area;
      output += p.expectedYearlyOutput(taEffect);
    }
    m.meanArea = m.producers.length == 0 ? 1 : area / m.producers.length;
    m.meanOutput = m.producers.length == 0 ? 0 : output / m.producers.length;
    TerritoryConfig t = sc.territory();
    m.producerIndex = new SpatialIndex(m.xs, m.ys, t.widthKm(), t.heightKm(),
        Math.max(0.5, t.neighbourRadiusKm()));
    m.network = SocialNetwork.build(m.xs, m.ys, t.widthKm(), t.heightKm(), t.neighbours(),
        t.neighbourRadiusKm(), t.rewire(), rng);
    for (int i = 0; i < sc.intermediaries().count(); i++) {
      double[] at = villages[i % villages.length];
      IntermediaryEntryExit.open(m, jitter(at[0], t.widthKm(), rng),
          jitter(at[1], t.heightKm(), rng), false);
    }
    for (int i = 0; i < sc.cooperatives().count(); i++) {
      double[] at = villages[i % villages.length];
      Cooperative c = CooperativeFormation.open(m, at[0], at[1], false);
      CooperativeConfig cc = sc.cooperatives();
      c.maturity = 1;
      c.reserve = cc.initialReserve();
      m.ledger.in(Ledger.Account.ENTRY_CAPITAL, cc.initialReserve());
      c.certified = rng.nextDouble() < cc.certification().share();
      c.hasBuyerContract = rng.nextDouble() < cc.buyerContract().share();
    }
    Reach.updateIntermediaries(m);
    Reach.updateCooperatives(m);
    enrolInitialMembers(m);
    for (Cooperative c : m.cooperatives) {
      BuyerContracts.commit(m, c);
    }
    TechnicalAssistance.updateBuyerQuality(m);
    m.firms = new TractorFirm[sc.firms().size()];
    for (int i = 0; i < m.firms.length; i++) {
      m.firms[i] = new TractorFirm(i, sc.firms().get(i));
    }
    for (TractorFirm f : m.firms) {
      FirmConfig fc = f.config;
      if (fc.entryRule() == FirmConfig.EntryRule.ALWAYS && fc.entryYear() == 0) {
        FirmEntry.enter(m, f);
      }
    }
    m.order = new int[m.producers.length];
    for (int i = 0; i < m.order.length; i++) {
      m.order[i] = i;
    }
  }

  private static double jitter(double v, double limit, MersenneTwisterFast rng) {
    return Math.min(limit, Math.max(0, v + (rng.nextDouble() - 0.5)));
  }

  /** Village centres: the clusters producers gather around (also used to place buyers). */
  private static double[][] villages(TerritoryConfig t, MersenneTwisterFast rng) {
    int n = Math.max(1, t.clusters());
    double[][] v = new double[n][];
    for (int i = 0; i < n; i++) {
      v[i] = new double[] {rng.nextDouble() * t.widthKm(), rng.nextDouble() * t.heightKm()};
    }
    return v;
  }

  private static void placeProducers(MingaModel m, double[][] villages) {
    Scenario sc = m.sc;
    ProducerConfig pc = sc.producers();
    ProducerTable table = m.inputs.producerTable();
    TerritoryConfig t = sc.territory();
    int n = table != null ? table.size() : pc.count();
    MersenneTwisterFast rng = m.random;
    m.producers = new Producer[n];
    m.xs = new double[n];
    m.ys = new double[n];
    for (int i = 0; i < n; i++) {
      Producer p = new Producer(i);
      if (table != null) {
        p.x = table.xKm()[i];
        p.y = table.yKm()[i];
      } else if (t.layout() == TerritoryConfig.Layout.CLUSTERED) {
        double[] v = villages[rng.nextInt(villages.length)];
        p.x = clamp(v[0] + rng.nextGaussian() * t.clusterSpreadKm(), t.widthKm());
        p.y = clamp(v[1] + rng.nextGaussian() * t.clusterSpreadKm(), t.heightKm());
      } else {
        p.x = rng.nextDouble() * t.widthKm();
        p.y = rng.nextDouble() * t.heightKm();
      }
      p.area = column(table == null ? null : table.areaHa(), i, pc.areaHa(), rng);
      p.yieldPerHa = column(table == null ? null : table.yieldPerHa(), i, pc.yieldPerHa(), rng);
      p.quality = column(table == null ? null : table.quality(), i, pc.quality(), rng);
      p.capability = Sampler.draw(pc.capability(), rng);
      p.cash = column(table == null ? null : table.cash(), i, pc.cash(), rng);
      p.subsistence = Sampler.draw(pc.subsistencePerMonth(), rng);
      p.offFarmIncome = column(table == null ? null : table.offFarmIncome(), i,
          pc.offFarmIncomePerMonth(), rng);
      p.patience = Sampler.draw(pc.patience(), rng);
      p.trust = Sampler.draw(pc.trust(), rng);
      p.informed = rng.nextDouble() < pc.informedShare();
      p.innovator = rng.nextDouble() < pc.innovatorShare();
      p.programmeDraw = (float) rng.nextDouble();
      m.ledger.in(Ledger.Account.ENTRY_CAPITAL, p.cash);
      m.producers[i] = p;
      m.xs[i] = p.x;
      m.ys[i] = p.y;
    }
  }

  private static double column(double[] values, int i, org.minga.scenario.Dist d,
      MersenneTwisterFast rng) {
    return values != null ? values[i] : Sampler.draw(d, rng);
  }

  private static double clamp(double v, double limit) {
    return Math.min(limit, Math.max(0, v));
  }

  /** At the start, a share of the producers within reach of a cooperative are its members. */
  private static void enrolInitialMembers(MingaModel m) {
    double share = m.sc.producers().initialMemberShare();
    for (Producer p : m.producers) {
      if (p.nearestCooperative >= 0 && m.random.nextDouble() < share) {
        Membership.join(m, p, m.cooperatives.get(p.nearestCooperative), false);
      }
    }
  }
}
