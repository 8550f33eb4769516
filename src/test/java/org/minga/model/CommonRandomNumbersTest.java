package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.metrics.MetricsRecorder;

/**
 * Named random streams give common random numbers: a change to one part of a scenario leaves the
 * random numbers of every other part untouched. Each test changes one thing and checks what must
 * not move, bit for bit.
 */
class CommonRandomNumbersTest {
  /** Every agent kind, several levers, a yield shock and a price that draws every month. */
  private static final String RICH =
      """
      years: 4
      producers: {count: 400, tracked: 10}
      intermediaries: {count: 4}
      cooperatives: {count: 3}
      commodity: {local_market: {enabled: true}}
      prices: {process: regime_switching, sigma: 0.08}
      firms:
        - {entry_rule: always, target_producers: 60}
      policies:
        technical_assistance: {enabled: true, start: 20}
        public_credit: {enabled: true, start: 14, end: 30}
        price_floor: {enabled: true, start: 24}
      events:
        yield_shocks:
          - {at: 16, duration: 4, multiplier: 0.5, region_x: 20, region_y: 20, region_radius_km: 15}
      """;

  @TempDir Path dir;

  /** The world price and the yield-shock factor at three places, step by step. */
  private static double[][] priceAndWeather(String yaml, String... sets) {
    MingaModel m = ModelFixture.start(yaml, sets);
    double[][] rows = new double[m.totalSteps()][];
    for (int s = 0; s < rows.length; s++) {
      m.stepOnce();
      double[] row = new double[4];
      row[0] = m.worldPrice();
      for (int k = 0; k < 3; k++) {
        row[k + 1] = Production.yieldShock(m, Households.at(10 + 10 * k, 20));
      }
      rows[s] = row;
    }
    return rows;
  }

  @Test
  void worldPriceAndYieldShocksDoNotMoveWithAnythingOutsidePrices() {
    double[][] base = priceAndWeather(RICH);
    String[][] variants = {
      {"producers.count=520"},
      {"cooperatives.count=6"},
      {"intermediaries.count=9"},
      {"producers.rationality=3", "producers.social_weight=0.3"},
      {"cooperatives.advance_share=0.4", "cooperatives.detection_probability=0.9"},
      {"policies.technical_assistance.start=2"},
      {"policies.public_credit.enabled=false"},
      {"policies.price_floor.start=40"},
      {"territory.layout=uniform"},
    };
    for (String[] v : variants) {
      double[][] other = priceAndWeather(RICH, v);
      for (int s = 0; s < base.length; s++) {
        assertArrayEquals(base[s], other[s], 0.0, Arrays.toString(v) + " moved step " + s);
      }
    }
    // A change inside prices does move it (the comparison can fail).
    double[][] sigma = priceAndWeather(RICH, "prices.sigma=0.1");
    assertFalse(Arrays.equals(base[5], sigma[5]));
  }

  /** Every metric of every step, as the output files would hold them. */
  private static List<double[]> rows(String yaml, Consumer<MingaModel> beforeStep, String... sets) {
    MingaModel m = new MingaModel(ModelFixture.inputs(yaml, sets));
    m.start();
    MetricsRecorder rec = MetricsRecorder.attach(m);
    List<double[]> rows = new ArrayList<>();
    rec.addObserver((step, values, tracked) -> rows.add(values.clone()));
    do {
      beforeStep.accept(m);
    } while (m.stepOnce());
    return rows;
  }

  private static int firstDifference(List<double[]> a, List<double[]> b) {
    for (int s = 0; s < Math.min(a.size(), b.size()); s++) {
      if (!Arrays.equals(a.get(s), b.get(s))) {
        return s;
      }
    }
    return -1;
  }

  @Test
  void aRunIsIdenticalUpToTheStepWhereALeverOrEventFirstDiffers() {
    List<double[]> base = rows(RICH, m -> {});
    // Each variant's lever or event first differs from the base at the given step: every output
    // column must be identical before it, and something must differ at or after it (a lever may
    // show only at the next harvest or assembly; a run that never differs would show nothing).
    Object[][] cases = {
      {20, new String[] {"policies.technical_assistance.start=30"}},
      {14, new String[] {"policies.public_credit.start=19"}},
      {24, new String[] {"policies.price_floor.start=36"}},
      {16, new String[] {"events.yield_shocks[0].at=28"}},
    };
    int differing = 0;
    for (Object[] c : cases) {
      int first = (Integer) c[0];
      String[] sets = (String[]) c[1];
      int diff = firstDifference(base, rows(RICH, m -> {}, sets));
      assertTrue(diff == -1 || diff >= first, Arrays.toString(sets) + " differs at " + diff);
      differing += diff >= 0 ? 1 : 0;
    }
    // A lever nobody uses in this world (public credit when nobody is short) changes nothing.
    assertTrue(differing >= 3, "only " + differing + " variants changed anything");
    // An injected crash before step 22 shows from step 22 on.
    List<double[]> crashed =
        rows(
            RICH,
            m -> {
              if (m.completedSteps() == 22) {
                m.injectPriceShock(6, 0.5);
              }
            });
    assertEquals(22, firstDifference(base, crashed), "the price moves at once");
  }

  /**
   * Initial position and drawn attributes of each producer, exactly. Initial membership is left
   * out: whether a household starts in a cooperative is drawn from its own key, but a firm present
   * from the start then picks among all households, so membership can change with them.
   */
  private static double[] attributes(Producer p) {
    return new double[] {
      p.x(),
      p.y(),
      p.area(),
      p.yieldPerHa(),
      p.quality(),
      p.capability(),
      p.cash(),
      p.subsistencePerMonth(),
      p.offFarmIncome(),
      p.patience(),
      p.trust(),
      p.isInformed() ? 1 : 0,
      p.isInnovator() ? 1 : 0,
      p.programmeDraw()
    };
  }

  private static void assertFirstProducersIdentical(String yaml, String small, String large) {
    MingaModel a = ModelFixture.start(yaml, small);
    MingaModel b = ModelFixture.start(yaml, large);
    assertFalse(a.producerCount() == b.producerCount());
    for (int i = 0; i < a.producerCount(); i++) {
      assertArrayEquals(
          attributes(a.producers[i]),
          attributes(b.producers[i]),
          0.0,
          "producer " + i + " with " + large);
    }
  }

  @Test
  void theFirstProducersKeepTheirPlacesAndAttributesWhenMoreAreAdded() throws IOException {
    assertFirstProducersIdentical(
        RICH + "territory: {layout: uniform}\n", "producers.count=300", "producers.count=380");
    // Clustered: village centres come from the territory stream (their number is a scenario
    // key, not the population), each producer's village and offset from its own sub-stream.
    assertFirstProducersIdentical(
        RICH + "territory: {layout: clustered, clusters: 8}\n",
        "producers.count=300",
        "producers.count=380");
    // A table: the first rows are the same households; drawn attributes come from their ids.
    Path small = table("small.csv", 300);
    Path large = table("large.csv", 380);
    String csv = RICH + "territory: {layout: csv, file: %s}\n";
    MingaModel a = ModelFixture.start(csv.formatted(small.toAbsolutePath()));
    MingaModel b = ModelFixture.start(csv.formatted(large.toAbsolutePath()));
    assertEquals(380, b.producerCount());
    for (int i = 0; i < a.producerCount(); i++) {
      assertArrayEquals(
          attributes(a.producers[i]), attributes(b.producers[i]), 0.0, "table producer " + i);
    }
  }

  private Path table(String name, int rows) throws IOException {
    StringBuilder s = new StringBuilder("x_km,y_km,area_ha\n");
    for (int i = 0; i < rows; i++) {
      s.append((i * 7) % 40)
          .append('.')
          .append(i % 10)
          .append(',')
          .append((i * 13) % 40)
          .append(",")
          .append(1 + i % 5)
          .append('\n');
    }
    return Files.writeString(dir.resolve(name), s.toString());
  }

  @Test
  void changingOneAttributesDistributionLeavesTheOthersAlone() {
    MingaModel a = ModelFixture.start(RICH);
    MingaModel b =
        ModelFixture.start(
            RICH, "producers.area_ha={dist: lognormal, mean: 6, sd: 4, min: 0.5, max: 40}");
    int moved = 0;
    for (int i = 0; i < a.producerCount(); i++) {
      double[] x = attributes(a.producers[i]);
      double[] y = attributes(b.producers[i]);
      moved += x[2] != y[2] ? 1 : 0;
      x[2] = 0;
      y[2] = 0;
      assertArrayEquals(x, y, 0.0, "producer " + i);
    }
    assertEquals(a.producerCount(), moved, "every area changed");
  }
}
