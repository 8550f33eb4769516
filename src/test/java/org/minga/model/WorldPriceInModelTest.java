package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minga.metrics.Metrics;
import org.minga.metrics.MetricsRecorder;

/**
 * docs/model.md 7.1 inside the running model: scheduled price shocks multiply the world price in
 * their months, and yield shocks limited to a region touch only producers inside it.
 */
class WorldPriceInModelTest {

  private static final String SHOCK =
      """
      prices:
        process: mean_reverting
        shocks:
          - {at: 3, duration: 4, multiplier: 0.5}
      """;

  @Test
  void aHalvingPriceShockHalvesTheWorldPriceInItsMonthsOnly() {
    // Same seed with and without the shock: the price process draws the same numbers, and the
    // shock is a multiplier on top (5.1), so world_price is exactly half in steps 3-6 and equal
    // elsewhere. Only the first year is compared: from the first yearly decisions on, random
    // draws depend on what producers earned, so the two runs may then use the stream apart.
    MingaModel plain =
        ModelFixture.start("prices: {process: mean_reverting}", "producers.count=200", "years=1");
    MingaModel shocked = ModelFixture.start(SHOCK, "producers.count=200", "years=1");
    MetricsRecorder rp = MetricsRecorder.attach(plain);
    MetricsRecorder rs = MetricsRecorder.attach(shocked);
    int col = Metrics.index("world_price");
    boolean moved = false;
    for (int s = 0; s < 12; s++) {
      ModelFixture.run(plain, 1);
      ModelFixture.run(shocked, 1);
      double a = rp.latest()[col];
      double b = rs.latest()[col];
      double expected = s >= 3 && s <= 6 ? 0.5 * a : a;
      assertEquals(expected, b, 1e-9 * a, "world_price at step " + s);
      assertEquals(plain.worldPrice(), rp.latest()[col], 0.0);
      moved |= Math.abs(a - plain.basePrice()) > 1e-6;
    }
    assertTrue(moved, "the mean-reverting process should move the price off its base");
  }

  @Test
  void aRegionalYieldShockLowersOutputOnlyInsideTheRegion() {
    // A drought (multiplier 0.3) centred at (20, 20) with radius 15 km over the harvest months:
    // output = area x yield x share x shock x (1 + TA x capability) (5.2), so producers inside
    // the circle harvest 0.3 of what the same producers harvest without the shock, and those
    // outside harvest exactly the same. Both models are built from the same seed, so they hold
    // the same producers.
    String shock =
        """
        territory: {layout: uniform, width_km: 60, height_km: 60}
        events:
          yield_shocks:
            - {at: 4, duration: 4, multiplier: 0.3,
               region_x: 20, region_y: 20, region_radius_km: 15}
        """;
    String plain = "territory: {layout: uniform, width_km: 60, height_km: 60}";
    MingaModel a = ModelFixture.start(plain, "producers.count=400", "years=1");
    MingaModel b = ModelFixture.start(shock, "producers.count=400", "years=1");
    double[] outA = harvestAt(a, 5);
    double[] outB = harvestAt(b, 5);
    int inside = 0;
    int outside = 0;
    for (int i = 0; i < outA.length; i++) {
      Producer p = b.producers[i];
      assertEquals(a.producers[i].x(), p.x(), 0.0);
      assertTrue(outA[i] > 0, "everyone harvests in May");
      boolean in = Reach.distance(p.x(), p.y(), 20, 20) <= 15;
      if (in) {
        inside++;
        assertEquals(0.3 * outA[i], outB[i], 1e-9 * outA[i], "producer " + i + " inside");
      } else {
        outside++;
        assertEquals(outA[i], outB[i], 0.0, "producer " + i + " outside");
      }
    }
    // A uniform layout puts about pi 15^2 / 60^2 = 20% of producers inside.
    assertTrue(inside > 40 && outside > 200, inside + " inside, " + outside + " outside");
  }

  /** Each producer's output in calendar month {@code month} of the first year. */
  static double[] harvestAt(MingaModel m, int month) {
    m.step = month - 1;
    for (Producer p : m.producers) {
      p.spoilStock(1); // nothing left in store
    }
    Production.harvest(m);
    double[] out = new double[m.producers.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = m.producers[i].stock();
    }
    return out;
  }
}
