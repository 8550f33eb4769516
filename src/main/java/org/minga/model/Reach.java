package org.minga.model;

import java.util.List;

/**
 * Who can reach whom: each producer's nearest active intermediary within reach (and how many
 * compete for it) and nearest active cooperative. Recomputed only when buyers enter, exit, form or
 * dissolve, so the monthly loop reads stored indices. Ties in distance go to the buyer with the
 * lowest index. Producers' positions are read from the model's dense coordinate arrays and buyers'
 * from arrays of the active ones (in index order), so a full update streams through memory instead
 * of chasing a pointer per producer and buyer.
 */
final class Reach {
  private Reach() {}

  static void updateIntermediaries(MingaModel m) {
    double reach = m.sc.intermediaries().reachKm();
    double r2 = reach * reach;
    ActiveBuyers active = ActiveBuyers.intermediaries(m.intermediaries);
    for (int id = 0; id < m.producers.length; id++) {
      double x = m.xs[id];
      double y = m.ys[id];
      int best = -1;
      double bestD = Double.MAX_VALUE;
      int count = 0;
      for (int k = 0; k < active.n; k++) {
        double d2 = dist2(x, y, active.x[k], active.y[k]);
        if (d2 <= r2) {
          count++;
          if (d2 < bestD) {
            bestD = d2;
            best = active.index[k];
          }
        }
      }
      m.producers[id].locateIntermediaries(best, count);
    }
    updateCompetitors(m, r2);
  }

  /**
   * After {@code added} opened, with every other intermediary unchanged since the last update: the
   * same result as {@link #updateIntermediaries}, since the newcomer has the highest index (it wins
   * only by being strictly nearer) and only producers within its reach change.
   */
  static void intermediaryOpened(MingaModel m, Intermediary added) {
    double reach = m.sc.intermediaries().reachKm();
    double r2 = reach * reach;
    for (int id = 0; id < m.producers.length; id++) {
      double d2 = dist2(m.xs[id], m.ys[id], added.x(), added.y());
      if (d2 <= r2) {
        Producer p = m.producers[id];
        double bestD = Double.MAX_VALUE;
        if (p.nearestIntermediary() >= 0) {
          Intermediary near = m.intermediaries.get(p.nearestIntermediary());
          bestD = dist2(p.x(), p.y(), near.x(), near.y());
        }
        p.intermediaryOpenedInReach(added.index(), d2 < bestD);
      }
    }
    updateCompetitors(m, r2);
  }

  /**
   * After {@code closed} closed, with every other intermediary unchanged since the last update: the
   * same result as {@link #updateIntermediaries}. Only producers within its reach change: one
   * competitor fewer, and a new nearest for those whose nearest it was (found by the full rule:
   * nearest active within reach, ties to the lowest index).
   */
  static void intermediaryClosed(MingaModel m, Intermediary closed) {
    double reach = m.sc.intermediaries().reachKm();
    double r2 = reach * reach;
    ActiveBuyers active = null;
    for (int id = 0; id < m.producers.length; id++) {
      if (dist2(m.xs[id], m.ys[id], closed.x(), closed.y()) > r2) {
        continue;
      }
      Producer p = m.producers[id];
      int next = p.nearestIntermediary();
      if (next == closed.index()) {
        active = active != null ? active : ActiveBuyers.intermediaries(m.intermediaries);
        next = nearest(active, m.xs[id], m.ys[id], r2);
      }
      p.intermediaryClosedInReach(next);
    }
    updateCompetitors(m, r2);
  }

  /** Index of the nearest of {@code active} within reach of (x, y), ties to the lowest; -1. */
  private static int nearest(ActiveBuyers active, double x, double y, double r2) {
    int best = -1;
    double bestD = Double.MAX_VALUE;
    for (int k = 0; k < active.n; k++) {
      double d2 = dist2(x, y, active.x[k], active.y[k]);
      if (d2 <= r2 && d2 < bestD) {
        bestD = d2;
        best = active.index[k];
      }
    }
    return best;
  }

  private static void updateCompetitors(MingaModel m, double r2) {
    for (Intermediary i : m.intermediaries) {
      int n = 0;
      for (Intermediary j : m.intermediaries) {
        if (j.isActive() && dist2(i.x(), i.y(), j.x(), j.y()) <= r2) {
          n++;
        }
      }
      i.setCompetitors(Math.max(1, n));
    }
  }

  static void updateCooperatives(MingaModel m) {
    double reach = m.sc.cooperatives().reachKm();
    double r2 = reach * reach;
    ActiveBuyers active = ActiveBuyers.cooperatives(m.cooperatives);
    for (int id = 0; id < m.producers.length; id++) {
      m.producers[id].locateCooperative(nearest(active, m.xs[id], m.ys[id], r2));
    }
  }

  static double dist2(double x1, double y1, double x2, double y2) {
    double dx = x1 - x2;
    double dy = y1 - y2;
    return dx * dx + dy * dy;
  }

  static double distance(double x1, double y1, double x2, double y2) {
    return Math.sqrt(dist2(x1, y1, x2, y2));
  }

  /** Positions and indices of the active buyers of one kind, in index order. */
  private static final class ActiveBuyers {
    final double[] x;
    final double[] y;
    final int[] index;
    int n;

    private ActiveBuyers(int capacity) {
      x = new double[capacity];
      y = new double[capacity];
      index = new int[capacity];
    }

    private void add(int i, double bx, double by) {
      x[n] = bx;
      y[n] = by;
      index[n++] = i;
    }

    static ActiveBuyers intermediaries(List<Intermediary> all) {
      ActiveBuyers a = new ActiveBuyers(all.size());
      for (Intermediary i : all) {
        if (i.isActive()) {
          a.add(i.index(), i.x(), i.y());
        }
      }
      return a;
    }

    static ActiveBuyers cooperatives(List<Cooperative> all) {
      ActiveBuyers a = new ActiveBuyers(all.size());
      for (Cooperative c : all) {
        if (c.isActive()) {
          a.add(c.index, c.x(), c.y());
        }
      }
      return a;
    }
  }
}
