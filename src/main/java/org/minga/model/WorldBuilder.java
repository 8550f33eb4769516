package org.minga.model;

import org.minga.model.random.RandomStream;
import org.minga.model.random.StreamName;
import org.minga.scenario.CooperativeConfig;
import org.minga.scenario.FirmConfig;
import org.minga.scenario.ProducerConfig;
import org.minga.scenario.ProducerTable;
import org.minga.scenario.Scenario;
import org.minga.scenario.TerritoryConfig;

/**
 * Builds the initial world from the scenario: producers placed on the territory (uniform, clustered
 * around villages, or read from a table), their social network, intermediaries and cooperatives at
 * village centres, initial memberships, and firms that are there from the start.
 *
 * <p>Each producer's position and each of its attributes come from its own sub-stream, keyed by the
 * producer's id and the attribute: adding producers, or changing how one attribute is distributed,
 * leaves every other draw unchanged.
 */
final class WorldBuilder {
  private WorldBuilder() {}

  static void build(MingaModel m) {
    Scenario sc = m.sc;
    double[][] villages = villages(sc.territory(), m.streams.sequence(StreamName.TERRITORY));
    placeProducers(m, villages);
    assignRegions(m, villages);
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
    m.listFirms(new TractorFirm[sc.firms().size()]);
    for (int i = 0; i < m.firms.length; i++) {
      m.firms[i] = new TractorFirm(i, sc.firms().get(i));
    }
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

  /**
   * Each producer's region: the index of the village centre nearest to it (the first on a tie),
   * whatever the layout, so households can be grouped by village cluster in the outputs.
   */
  private static void assignRegions(MingaModel m, double[][] villages) {
    for (Producer p : m.producers) {
      int nearest = 0;
      double best = Double.POSITIVE_INFINITY;
      for (int v = 0; v < villages.length; v++) {
        double dx = p.x() - villages[v][0];
        double dy = p.y() - villages[v][1];
        double d2 = dx * dx + dy * dy;
        if (d2 < best) {
          best = d2;
          nearest = v;
        }
      }
      m.records.region[p.id] = nearest;
    }
  }

  /**
   * Producer attributes, each drawn from the producer's own sub-stream for that attribute. The
   * numbers are part of the sub-stream's key: append new ones, never renumber.
   */
  private enum Attribute {
    POSITION,
    AREA,
    YIELD,
    QUALITY,
    CAPABILITY,
    CASH,
    SUBSISTENCE,
    OFF_FARM_INCOME,
    PATIENCE,
    TRUST,
    INFORMED,
    INNOVATOR,
    PROGRAMME
  }

  private static void placeProducers(MingaModel m, double[][] villages) {
    Scenario sc = m.sc;
    ProducerConfig pc = sc.producers();
    ProducerTable table = m.inputs.producerTable();
    TerritoryConfig t = sc.territory();
    int n = table != null ? table.size() : pc.count();
    m.settle(new Producer[n], new HouseholdRecords(n), new double[n], new double[n]);
    RandomStream rng = m.streams.sequence(StreamName.PRODUCER_ATTRIBUTES);
    for (int i = 0; i < n; i++) {
      double x;
      double y;
      if (table != null) {
        x = table.xKm()[i];
        y = table.yKm()[i];
      } else if (t.layout() == TerritoryConfig.Layout.CLUSTERED) {
        attribute(m, rng, i, Attribute.POSITION);
        double[] v = villages[rng.nextInt(villages.length)];
        x = clamp(v[0] + rng.nextGaussian() * t.clusterSpreadKm(), t.widthKm());
        y = clamp(v[1] + rng.nextGaussian() * t.clusterSpreadKm(), t.heightKm());
      } else {
        attribute(m, rng, i, Attribute.POSITION);
        x = rng.nextDouble() * t.widthKm();
        y = rng.nextDouble() * t.heightKm();
      }
      // Each attribute comes from its own sub-stream, so the order of the draws is free.
      double area =
          column(
              table == null ? null : table.areaHa(),
              i,
              pc.areaHa(),
              attribute(m, rng, i, Attribute.AREA));
      double yieldPerHa =
          column(
              table == null ? null : table.yieldPerHa(),
              i,
              pc.yieldPerHa(),
              attribute(m, rng, i, Attribute.YIELD));
      double quality =
          column(
              table == null ? null : table.quality(),
              i,
              pc.quality(),
              attribute(m, rng, i, Attribute.QUALITY));
      double capability = Sampler.draw(pc.capability(), attribute(m, rng, i, Attribute.CAPABILITY));
      double subsistence =
          Sampler.draw(pc.subsistencePerMonth(), attribute(m, rng, i, Attribute.SUBSISTENCE));
      double offFarmIncome =
          column(
              table == null ? null : table.offFarmIncome(),
              i,
              pc.offFarmIncomePerMonth(),
              attribute(m, rng, i, Attribute.OFF_FARM_INCOME));
      double patience = Sampler.draw(pc.patience(), attribute(m, rng, i, Attribute.PATIENCE));
      double trust = Sampler.draw(pc.trust(), attribute(m, rng, i, Attribute.TRUST));
      boolean informed = attribute(m, rng, i, Attribute.INFORMED).chance(pc.informedShare());
      boolean innovator = attribute(m, rng, i, Attribute.INNOVATOR).chance(pc.innovatorShare());
      float programmeDraw = (float) attribute(m, rng, i, Attribute.PROGRAMME).nextDouble();
      Producer p =
          new Producer(
              i,
              new Producer.Attributes(
                  x,
                  y,
                  area,
                  yieldPerHa,
                  quality,
                  capability,
                  subsistence,
                  offFarmIncome,
                  patience,
                  trust,
                  informed,
                  innovator,
                  programmeDraw));
      double cash =
          column(
              table == null ? null : table.cash(),
              i,
              pc.cash(),
              attribute(m, rng, i, Attribute.CASH));
      m.ledger.transfer(Ledger.Account.ENTRY_CAPITAL, p, cash, Ledger.Reason.ENTRY);
      m.records.trustAtStart[p.id] = p.trust();
      m.producers[i] = p;
      m.xs[i] = p.x();
      m.ys[i] = p.y();
    }
  }

  /** Points the reused stream at producer {@code id}'s sub-stream for one attribute. */
  private static RandomStream attribute(MingaModel m, RandomStream reused, int id, Attribute a) {
    return m.streams.moveTo(reused, StreamName.PRODUCER_ATTRIBUTES, ((long) id << 8) | a.ordinal());
  }

  private static double column(
      double[] values, int i, org.minga.scenario.Dist d, RandomStream rng) {
    return values != null ? values[i] : Sampler.draw(d, rng);
  }

  private static double clamp(double v, double limit) {
    return Math.min(limit, Math.max(0, v));
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
