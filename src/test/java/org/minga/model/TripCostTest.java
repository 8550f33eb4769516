package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Farm size and channel choice: taking a lot to a collection point or fair costs a fixed effort per
 * lot (producers.trip_cost), so per unit it weighs most on small farms, which then deliver less to
 * their cooperative and sell more at the farm gate (Fafchamps and Hill 2005).
 */
class TripCostTest {
  private static final String COFFEE =
      """
      territory: {width_km: 30, height_km: 30, clusters: 6}
      prices: {process: constant}
      producers:
        area_ha: {dist: lognormal, mean: 3, sd: 2.5, min: 0.2, max: 20}
        initial_member_share: 1
      cooperatives: {count: 3, reach_km: 40, formation: {enabled: false}}
      """;

  @Test
  void theTripCostPerUnitFallsWithTheLot() {
    MingaModel m = ModelFixture.start(COFFEE, "producers.count=10", "producers.trip_cost=12");
    assertEquals(3, ChannelValues.tripCostPerUnit(m, 4), 1e-12);
    assertEquals(0.3, ChannelValues.tripCostPerUnit(m, 40), 1e-12);
  }

  /** Members' volume delivered to their cooperative through July, by id. */
  private static double[] delivered(String... sets) {
    MingaModel m = ModelFixture.start(COFFEE, sets);
    ModelFixture.run(m, 7); // May, June and July harvests; the season closes in August
    double[] d = new double[m.producers.length];
    for (Producer p : m.producers) {
      d[p.id] = p.isMember() ? p.deliveredThisSeason() : Double.NaN;
    }
    return d;
  }

  @Test
  void aTripCostCutsSmallFarmsDeliveriesMoreThanLargeFarms() {
    // Same seed, same households: with a 60 USD trip the smallest third of members deliver a
    // smaller fraction of what they delivered without it than the largest third do.
    String[] base = {"producers.count=600", "years=1"};
    double[] free = delivered(base);
    double[] costly = delivered(base[0], base[1], "producers.trip_cost=60");
    MingaModel m = ModelFixture.start(COFFEE, base);
    List<Producer> members = new ArrayList<>();
    for (Producer p : m.producers) {
      if (!Double.isNaN(free[p.id]) && !Double.isNaN(costly[p.id]) && free[p.id] > 0) {
        members.add(p);
      }
    }
    members.sort(Comparator.comparingDouble(p -> p.area()));
    int third = members.size() / 3;
    assertTrue(third > 50, "members compared: " + members.size());
    double small = ratio(members.subList(0, third), free, costly);
    double large = ratio(members.subList(members.size() - third, members.size()), free, costly);
    assertTrue(small < 1 && large <= 1, "small " + small + ", large " + large);
    assertTrue(small < large - 0.02, "small farms keep " + small + ", large " + large);
  }

  private static double ratio(List<Producer> group, double[] free, double[] costly) {
    double a = 0;
    double b = 0;
    for (Producer p : group) {
      a += free[p.id];
      b += costly[p.id];
    }
    return b / a;
  }
}
