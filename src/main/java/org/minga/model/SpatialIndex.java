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

  /** Receives a point found by a query and its squared distance. */
  interface PointVisitor {
    void visit(int index, double distanceSquared);
  }
}
