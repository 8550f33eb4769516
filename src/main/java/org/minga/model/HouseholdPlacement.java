package org.minga.model;

import org.minga.model.random.RandomStream;
import org.minga.model.random.StreamName;
import org.minga.scenario.ProducerConfig;
import org.minga.scenario.ProducerTable;
import org.minga.scenario.Scenario;
import org.minga.scenario.TerritoryConfig;

/**
 * Places the households at the start (part of {@link WorldBuilder}): each producer on the territory
 * (uniform, clustered around villages, or read from a table) with its attributes drawn from the
 * scenario's distributions or read from the table, its starting cash, and its village cluster.
 *
 * <p>Each producer's position and each of its attributes come from its own sub-stream, keyed by the
 * producer's id and the attribute: adding producers, or changing how one attribute is distributed,
 * leaves every other draw unchanged.
 */
final class HouseholdPlacement {
  private HouseholdPlacement() {}

  /** Places the producers around the village centres and assigns each its village cluster. */
  static void place(MingaModel m, double[][] villages) {
    placeProducers(m, villages);
    assignRegions(m, villages);
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
      m.records.placeInRegion(p.id, nearest);
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
    Producer[] producers = new Producer[n];
    HouseholdRecords records = new HouseholdRecords(n);
    double[] xs = new double[n];
    double[] ys = new double[n];
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
      records.rememberStartingTrust(p.id, p.trust());
      producers[i] = p;
      xs[i] = p.x();
      ys[i] = p.y();
    }
    m.settle(producers, records, xs, ys);
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
}
