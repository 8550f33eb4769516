package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Producer placement (docs/model.md 5, step 2; territory.layout): uniform spreads producers over
 * the whole territory, clustered gathers them around villages, csv puts each producer exactly where
 * the table says and takes its attributes from the table when the columns are there.
 */
class TerritoryTest {
  private static final int N = 2000;

  @TempDir Path dir;

  private static MingaModel placed(String layout, String... sets) {
    String[] all = new String[sets.length + 3];
    all[0] = "territory.layout=" + layout;
    all[1] = "producers.count=" + N;
    all[2] = "years=1";
    System.arraycopy(sets, 0, all, 3, sets.length);
    return ModelFixture.start("territory: {width_km: 60, height_km: 40}\n", all);
  }

  /** Mean distance from each producer to its nearest other producer (brute force). */
  private static double meanNearestNeighbour(MingaModel m) {
    double sum = 0;
    for (int i = 0; i < m.producers.length; i++) {
      double best = Double.POSITIVE_INFINITY;
      for (int j = 0; j < m.producers.length; j++) {
        if (j != i) {
          double dx = m.producers[i].x() - m.producers[j].x();
          double dy = m.producers[i].y() - m.producers[j].y();
          best = Math.min(best, dx * dx + dy * dy);
        }
      }
      sum += Math.sqrt(best);
    }
    return sum / m.producers.length;
  }

  @Test
  void uniformLayoutSpreadsProducersOverTheWholeTerritory() {
    MingaModel m = placed("uniform");
    // 6 x 4 blocks of 10 x 10 km: each should hold about N/24 = 83 producers; the binomial sd
    // is about 9, so every block within 83 +- 45 (5 sd) and none empty.
    int[] blocks = new int[24];
    double minX = 60;
    double maxX = 0;
    double minY = 40;
    double maxY = 0;
    for (Producer p : m.producers) {
      assertTrue(p.x() >= 0 && p.x() <= 60 && p.y() >= 0 && p.y() <= 40, p.x() + "," + p.y());
      blocks[(int) Math.min(5, p.x() / 10) * 4 + (int) Math.min(3, p.y() / 10)]++;
      minX = Math.min(minX, p.x());
      maxX = Math.max(maxX, p.x());
      minY = Math.min(minY, p.y());
      maxY = Math.max(maxY, p.y());
    }
    for (int b = 0; b < blocks.length; b++) {
      assertEquals(N / 24.0, blocks[b], 45, "block " + b);
    }
    // Reaches the edges: with 2000 points the outermost is within about 60/2000 km of each.
    assertTrue(minX < 0.5 && maxX > 59.5 && minY < 0.5 && maxY > 39.5);
  }

  @Test
  void clusteredLayoutConcentratesProducersAroundVillages() {
    MingaModel uniform = placed("uniform");
    MingaModel clustered =
        placed("clustered", "territory.clusters=8", "territory.cluster_spread_km=2");
    double u = meanNearestNeighbour(uniform);
    double c = meanNearestNeighbour(clustered);
    // Uniform: about 0.5 / sqrt(density) = 0.5 x sqrt(2400 / 2000) = 0.55 km. Eight villages
    // with sd 2 km hold 250 producers in roughly 2 pi 2^2 = 25 km^2 each: about 0.5 x
    // sqrt(25 / 250) = 0.16 km, so clustered should be well under half of uniform.
    assertEquals(0.5 * Math.sqrt(60 * 40.0 / N), u, 0.08, "uniform nearest neighbour");
    assertTrue(c < 0.5 * u, "clustered " + c + " vs uniform " + u);
    // And the clustered producers occupy few blocks: most 10 x 10 km blocks are nearly empty.
    int[] blocks = new int[24];
    for (Producer p : clustered.producers) {
      blocks[(int) Math.min(5, p.x() / 10) * 4 + (int) Math.min(3, p.y() / 10)]++;
    }
    int nearlyEmpty = 0;
    for (int b : blocks) {
      nearlyEmpty += b < N / 24 / 4 ? 1 : 0;
    }
    assertTrue(nearlyEmpty >= 8, "nearly empty blocks: " + nearlyEmpty);
  }

  @Test
  void moreSpreadMeansLessConcentration() {
    double tight =
        meanNearestNeighbour(
            placed("clustered", "territory.clusters=8", "territory.cluster_spread_km=1"));
    double loose =
        meanNearestNeighbour(
            placed("clustered", "territory.clusters=8", "territory.cluster_spread_km=4"));
    // Nearest-neighbour distance scales with the spread (density ~ 1/spread^2): 4x spread
    // gives roughly 4x the distance, less where clusters hit the edges or overlap.
    assertTrue(loose > 2 * tight, "tight " + tight + " loose " + loose);
  }

  @Test
  void csvLayoutPlacesProducersExactlyAndUsesTheTablesAttributes() throws IOException {
    Random rnd = new Random(1);
    int n = 321;
    double[][] rows = new double[n][];
    StringBuilder csv = new StringBuilder("x_km,y_km,area_ha,quality,cash,off_farm_income\n");
    for (int i = 0; i < n; i++) {
      rows[i] =
          new double[] {
            rnd.nextDouble() * 60,
            rnd.nextDouble() * 40,
            0.3 + rnd.nextDouble() * 6,
            rnd.nextDouble(),
            rnd.nextDouble() * 900,
            rnd.nextDouble() * 150
          };
      // Written with full precision so the file holds exactly these doubles.
      csv.append(
          String.format(
              Locale.ROOT,
              "%s,%s,%s,%s,%s,%s%n",
              (Object[])
                  java.util.Arrays.stream(rows[i])
                      .mapToObj(Double::toString)
                      .toArray(String[]::new)));
    }
    Path file = dir.resolve("farms.csv");
    Files.writeString(file, csv);
    MingaModel m =
        placed(
            "csv",
            "territory.file=" + file.toAbsolutePath(),
            "producers.yield_per_ha=17",
            "producers.subsistence_per_month=95");
    assertEquals(n, m.producerCount(), "one producer per row; producers.count is ignored");
    for (int i = 0; i < n; i++) {
      Producer p = m.producers[i];
      assertEquals(rows[i][0], p.x(), 0.0, "x of row " + i);
      assertEquals(rows[i][1], p.y(), 0.0, "y of row " + i);
      assertEquals(rows[i][2], p.area(), 0.0, "area of row " + i);
      assertEquals(rows[i][3], p.quality(), 0.0, "quality of row " + i);
      assertEquals(rows[i][4], p.cash(), 0.0, "cash of row " + i);
      assertEquals(rows[i][5], p.offFarmIncome(), 0.0, "off-farm income of row " + i);
      // Columns the table lacks come from the scenario's distributions.
      assertEquals(17, p.yieldPerHa(), 0.0);
      assertEquals(95, p.subsistencePerMonth(), 0.0);
    }
  }

  @Test
  void csvWithPositionsOnlyDrawsEveryOtherAttributeFromTheScenario() throws IOException {
    StringBuilder csv = new StringBuilder("x_km,y_km\n");
    for (int i = 0; i < 200; i++) {
      csv.append(i * 0.3).append(',').append(40 - i * 0.2).append('\n');
    }
    Path file = dir.resolve("positions.csv");
    Files.writeString(file, csv);
    MingaModel m =
        placed(
            "csv",
            "territory.file=" + file.toAbsolutePath(),
            "producers.area_ha={dist: uniform, min: 2, max: 3}",
            "producers.quality=0.42",
            "producers.cash=250");
    assertEquals(200, m.producerCount());
    for (int i = 0; i < 200; i++) {
      Producer p = m.producers[i];
      assertEquals(i * 0.3, p.x(), 0.0);
      assertEquals(40 - i * 0.2, p.y(), 0.0);
      assertTrue(p.area() >= 2 && p.area() <= 3);
      assertEquals(0.42, p.quality(), 0.0);
      assertEquals(250, p.cash(), 0.0);
    }
  }
}
