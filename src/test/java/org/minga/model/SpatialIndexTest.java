package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The grid index answers radius queries exactly as a brute-force scan would: the same points (each
 * once) with the same squared distances, for any cell size relative to the radius, queries near and
 * beyond the edges, and points on the territory's border.
 */
class SpatialIndexTest {

  /** Brute force: index to squared distance of every point within radius, sorted by index. */
  private static TreeMap<Integer, Double> bruteForce(
      double[] xs, double[] ys, double x, double y, double r) {
    TreeMap<Integer, Double> out = new TreeMap<>();
    for (int i = 0; i < xs.length; i++) {
      double dx = xs[i] - x;
      double dy = ys[i] - y;
      double d2 = dx * dx + dy * dy;
      if (d2 <= r * r) {
        out.put(i, d2);
      }
    }
    return out;
  }

  private static TreeMap<Integer, Double> query(SpatialIndex idx, double x, double y, double r) {
    TreeMap<Integer, Double> out = new TreeMap<>();
    idx.forEachWithin(
        x,
        y,
        r,
        (i, d2) -> {
          Double before = out.put(i, d2);
          assertEquals(null, before, "point " + i + " visited twice");
        });
    return out;
  }

  @Test
  void radiusQueriesEqualBruteForceOnRandomPoints() {
    Random rnd = new Random(7);
    int checkedNonEmpty = 0;
    for (int round = 0; round < 40; round++) {
      double w = 1 + rnd.nextDouble() * 80;
      double h = 1 + rnd.nextDouble() * 80;
      int n = rnd.nextInt(1500);
      double[] xs = new double[n];
      double[] ys = new double[n];
      for (int i = 0; i < n; i++) {
        // Some points exactly on the borders and corners of the territory.
        xs[i] = rnd.nextInt(20) == 0 ? (rnd.nextBoolean() ? 0 : w) : rnd.nextDouble() * w;
        ys[i] = rnd.nextInt(20) == 0 ? (rnd.nextBoolean() ? 0 : h) : rnd.nextDouble() * h;
      }
      // Cells from much smaller to much larger than the query radii.
      double cell = 0.05 + rnd.nextDouble() * 20;
      SpatialIndex idx = new SpatialIndex(xs, ys, w, h, cell);
      for (int q = 0; q < 50; q++) {
        // Queries inside, on and a little beyond the territory.
        double x = -5 + rnd.nextDouble() * (w + 10);
        double y = -5 + rnd.nextDouble() * (h + 10);
        double r = rnd.nextInt(10) == 0 ? 0 : rnd.nextDouble() * 25;
        TreeMap<Integer, Double> expected = bruteForce(xs, ys, x, y, r);
        assertEquals(
            expected,
            query(idx, x, y, r),
            "round " + round + " query (" + x + ", " + y + ") r " + r + " cell " + cell);
        checkedNonEmpty += expected.isEmpty() ? 0 : 1;
      }
    }
    assertTrue(checkedNonEmpty > 1000, "most queries found points: " + checkedNonEmpty);
  }

  @Test
  void queriesByIndexFindWhatQueriesByCellFind() {
    Random rnd = new Random(19);
    int checkedNonEmpty = 0;
    for (int round = 0; round < 40; round++) {
      double w = 1 + rnd.nextDouble() * 80;
      double h = 1 + rnd.nextDouble() * 80;
      int n = rnd.nextInt(1500);
      double[] xs = new double[n];
      double[] ys = new double[n];
      double cell = 0.05 + rnd.nextDouble() * 20;
      for (int i = 0; i < n; i++) {
        // Borders, exact cell boundaries and anywhere.
        int kind = rnd.nextInt(10);
        xs[i] =
            kind == 0
                ? (rnd.nextBoolean() ? 0 : w)
                : kind == 1
                    ? Math.min(w, cell * rnd.nextInt(1 + (int) (w / cell)))
                    : rnd.nextDouble() * w;
        ys[i] =
            kind == 0
                ? (rnd.nextBoolean() ? 0 : h)
                : kind == 1
                    ? Math.min(h, cell * rnd.nextInt(1 + (int) (h / cell)))
                    : rnd.nextDouble() * h;
      }
      SpatialIndex idx = new SpatialIndex(xs, ys, w, h, cell);
      for (int q = 0; q < 50; q++) {
        double x = -5 + rnd.nextDouble() * (w + 10);
        double y = -5 + rnd.nextDouble() * (h + 10);
        double r = rnd.nextInt(10) == 0 ? 0 : rnd.nextDouble() * 25;
        TreeMap<Integer, Double> byCell = query(idx, x, y, r);
        List<Integer> order = new ArrayList<>();
        TreeMap<Integer, Double> byIndex = new TreeMap<>();
        idx.forEachWithinByIndex(
            x,
            y,
            r,
            (i, d2) -> {
              order.add(i);
              byIndex.put(i, d2);
            });
        assertEquals(byCell, byIndex, "round " + round + " query (" + x + ", " + y + ") r " + r);
        assertEquals(new ArrayList<>(byIndex.keySet()), order, "visited in index order");
        checkedNonEmpty += byCell.isEmpty() ? 0 : 1;
      }
    }
    assertTrue(checkedNonEmpty > 1000, "most queries found points: " + checkedNonEmpty);
  }

  @Test
  void nearestEqualsBruteForceForAnyCellSize() {
    Random rnd = new Random(11);
    for (int round = 0; round < 30; round++) {
      double w = 1 + rnd.nextDouble() * 60;
      double h = 1 + rnd.nextDouble() * 60;
      int n = 2 + rnd.nextInt(600);
      double[] xs = new double[n];
      double[] ys = new double[n];
      for (int i = 0; i < n; i++) {
        // Some on the borders, some on a coarse lattice (ties), the rest anywhere.
        int kind = rnd.nextInt(10);
        xs[i] =
            kind == 0
                ? (rnd.nextBoolean() ? 0 : w)
                : kind == 1 ? Math.floor(rnd.nextDouble() * w) : rnd.nextDouble() * w;
        ys[i] =
            kind == 0
                ? (rnd.nextBoolean() ? 0 : h)
                : kind == 1 ? Math.floor(rnd.nextDouble() * h) : rnd.nextDouble() * h;
      }
      double cell = 0.01 + rnd.nextDouble() * 15;
      SpatialIndex idx = new SpatialIndex(xs, ys, w, h, cell);
      int k = rnd.nextInt(12);
      double radius = rnd.nextInt(8) == 0 ? 0 : rnd.nextDouble() * 30;
      int[] ids = new int[Math.max(1, k)];
      double[] d2s = new double[Math.max(1, k)];
      for (int i = 0; i < n; i++) {
        int found = idx.nearest(i, k, radius, ids, d2s);
        // Brute force: others within radius by distance, ties by index, first k.
        final int self = i;
        int[] expected =
            java.util.stream.IntStream.range(0, n)
                .filter(j -> j != self)
                .filter(j -> dist2(xs, ys, self, j) <= radius * radius)
                .boxed()
                .sorted(
                    java.util.Comparator.comparingDouble((Integer j) -> dist2(xs, ys, self, j))
                        .thenComparingInt(j -> j))
                .limit(k)
                .mapToInt(Integer::intValue)
                .toArray();
        assertEquals(expected.length, found, "round " + round + " point " + i);
        for (int j = 0; j < found; j++) {
          assertEquals(
              expected[j],
              ids[j],
              "round "
                  + round
                  + " point "
                  + i
                  + " rank "
                  + j
                  + " (k "
                  + k
                  + ", radius "
                  + radius
                  + ", cell "
                  + cell
                  + ")");
          assertEquals(dist2(xs, ys, i, ids[j]), d2s[j], 0.0);
        }
      }
    }
  }

  private static double dist2(double[] xs, double[] ys, int i, int j) {
    double dx = xs[j] - xs[i];
    double dy = ys[j] - ys[i];
    return dx * dx + dy * dy;
  }

  @Test
  void aQueryAtAPointFindsThePointItselfAndCoincidentPoints() {
    double[] xs = {3, 3, 3.0000001, 9};
    double[] ys = {4, 4, 4, 9};
    SpatialIndex idx = new SpatialIndex(xs, ys, 10, 10, 1);
    assertEquals(List.of(0, 1), new ArrayList<>(query(idx, 3, 4, 0).keySet()));
    assertEquals(List.of(0, 1, 2), new ArrayList<>(query(idx, 3, 4, 1e-6).keySet()));
  }

  @Test
  void aWholeTerritoryRadiusReturnsEveryPoint() {
    Random rnd = new Random(3);
    double[] xs = new double[500];
    double[] ys = new double[500];
    for (int i = 0; i < 500; i++) {
      xs[i] = rnd.nextDouble() * 60;
      ys[i] = rnd.nextDouble() * 60;
    }
    SpatialIndex idx = new SpatialIndex(xs, ys, 60, 60, 2.5);
    assertEquals(500, query(idx, 30, 30, 60 * Math.sqrt(2) / 2 + 1e-9).size());
  }

  @Test
  void visitingOrderIsDeterministic() {
    Random rnd = new Random(5);
    double[] xs = new double[800];
    double[] ys = new double[800];
    for (int i = 0; i < 800; i++) {
      xs[i] = rnd.nextDouble() * 40;
      ys[i] = rnd.nextDouble() * 40;
    }
    List<Integer> a = new ArrayList<>();
    List<Integer> b = new ArrayList<>();
    new SpatialIndex(xs, ys, 40, 40, 3).forEachWithin(20, 20, 8, (i, d2) -> a.add(i));
    new SpatialIndex(xs, ys, 40, 40, 3).forEachWithin(20, 20, 8, (i, d2) -> b.add(i));
    assertTrue(a.size() > 50);
    assertEquals(a, b);
  }
}
