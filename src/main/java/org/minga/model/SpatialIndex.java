package org.minga.model;

/**
 * A uniform grid over the territory in compressed-row form: the points of each cell are stored
 * contiguously, so a radius query visits only nearby cells. Built once in O(n); never all-pairs.
 * Deterministic: points within a cell keep their index order.
 */
final class SpatialIndex {
  private final double cellSize;
  private final int cols;
  private final int rows;
  private final int[] cellStart;
  private final int[] cellItems;
  private final double[] xs;
  private final double[] ys;

  SpatialIndex(double[] xs, double[] ys, double width, double height, double cellSize) {
    this.xs = xs;
    this.ys = ys;
    this.cellSize = Math.max(cellSize, 1e-6);
    this.cols = Math.max(1, (int) Math.ceil(width / this.cellSize));
    this.rows = Math.max(1, (int) Math.ceil(height / this.cellSize));
    int n = xs.length;
    cellStart = new int[cols * rows + 1];
    int[] cellOf = new int[n];
    for (int i = 0; i < n; i++) {
      cellOf[i] = cell(xs[i], ys[i]);
      cellStart[cellOf[i] + 1]++;
    }
    for (int c = 0; c < cols * rows; c++) {
      cellStart[c + 1] += cellStart[c];
    }
    int[] fill = cellStart.clone();
    cellItems = new int[n];
    for (int i = 0; i < n; i++) {
      cellItems[fill[cellOf[i]]++] = i;
    }
  }

  private int cell(double x, double y) {
    int cx = Math.min(cols - 1, Math.max(0, (int) (x / cellSize)));
    int cy = Math.min(rows - 1, Math.max(0, (int) (y / cellSize)));
    return cy * cols + cx;
  }

  /** Calls {@code visitor} for every point within {@code radius} of (x, y), by cell order. */
  void forEachWithin(double x, double y, double radius, PointVisitor visitor) {
    int c0 = Math.max(0, (int) ((x - radius) / cellSize));
    int c1 = Math.min(cols - 1, (int) ((x + radius) / cellSize));
    int r0 = Math.max(0, (int) ((y - radius) / cellSize));
    int r1 = Math.min(rows - 1, (int) ((y + radius) / cellSize));
    double r2 = radius * radius;
    for (int r = r0; r <= r1; r++) {
      for (int c = c0; c <= c1; c++) {
        int cell = r * cols + c;
        for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
          int i = cellItems[k];
          double dx = xs[i] - x;
          double dy = ys[i] - y;
          double d2 = dx * dx + dy * dy;
          if (d2 <= r2) {
            visitor.visit(i, d2);
          }
        }
      }
    }
  }

  /**
   * The points {@link #forEachWithin} finds, visited in index order instead of cell order: the same
   * test on every point (its cell within the query's range of cells, its squared distance within
   * the radius) while scanning the coordinates sequentially. For a query covering much of the
   * territory whose visitor does not depend on the order, this keeps the caller's reads of
   * per-point data in memory order rather than scattered.
   */
  void forEachWithinByIndex(double x, double y, double radius, PointVisitor visitor) {
    int c0 = Math.max(0, (int) ((x - radius) / cellSize));
    int c1 = Math.min(cols - 1, (int) ((x + radius) / cellSize));
    int r0 = Math.max(0, (int) ((y - radius) / cellSize));
    int r1 = Math.min(rows - 1, (int) ((y + radius) / cellSize));
    double r2 = radius * radius;
    for (int i = 0; i < xs.length; i++) {
      double dx = xs[i] - x;
      double dy = ys[i] - y;
      double d2 = dx * dx + dy * dy;
      if (d2 <= r2) {
        int c = Math.min(cols - 1, Math.max(0, (int) (xs[i] / cellSize)));
        int r = Math.min(rows - 1, Math.max(0, (int) (ys[i] / cellSize)));
        if (c >= c0 && c <= c1 && r >= r0 && r <= r1) {
          visitor.visit(i, d2);
        }
      }
    }
  }

  /**
   * The up-to-k nearest points to point {@code self} within {@code radius}, nearest first (ties by
   * index order), written into ids; returns how many. Searches rings of cells outward and stops
   * once no closer point can lie beyond the ring, so the cost depends on local density and k, not
   * on the radius.
   */
  int nearest(int self, int k, double radius, int[] ids, double[] d2s) {
    if (k == 0) {
      return 0;
    }
    double x = xs[self];
    double y = ys[self];
    int cx = Math.min(cols - 1, Math.max(0, (int) (x / cellSize)));
    int cy = Math.min(rows - 1, Math.max(0, (int) (y / cellSize)));
    double r2max = radius * radius;
    int maxRing = (int) Math.ceil(radius / cellSize) + 1;
    int found = 0;
    for (int ring = 0; ring <= maxRing; ring++) {
      for (int r = cy - ring; r <= cy + ring; r++) {
        if (r < 0 || r >= rows) {
          continue;
        }
        boolean edgeRow = r == cy - ring || r == cy + ring;
        int step = edgeRow ? 1 : Math.max(1, 2 * ring);
        for (int c = cx - ring; c <= cx + ring; c += step) {
          if (c < 0 || c >= cols) {
            continue;
          }
          int cell = r * cols + c;
          for (int q = cellStart[cell]; q < cellStart[cell + 1]; q++) {
            int i = cellItems[q];
            if (i == self) {
              continue;
            }
            double dx = xs[i] - x;
            double dy = ys[i] - y;
            double d2 = dx * dx + dy * dy;
            if (d2 > r2max || (found == k && !closer(d2, i, d2s[k - 1], ids[k - 1]))) {
              continue;
            }
            int pos = found == k ? k - 1 : found++;
            while (pos > 0 && closer(d2, i, d2s[pos - 1], ids[pos - 1])) {
              d2s[pos] = d2s[pos - 1];
              ids[pos] = ids[pos - 1];
              pos--;
            }
            d2s[pos] = d2;
            ids[pos] = i;
          }
        }
      }
      double reach = ring * cellSize;
      if (found == k && d2s[k - 1] <= reach * reach) {
        break;
      }
    }
    return found;
  }

  private static boolean closer(double d2, int i, double otherD2, int other) {
    return d2 < otherD2 || (d2 == otherD2 && i < other);
  }

  /** Receives a point found by a query and its squared distance. */
  interface PointVisitor {
    void visit(int index, double distanceSquared);
  }
}
