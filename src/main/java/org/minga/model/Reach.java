package org.minga.model;

/**
 * Who can reach whom: each producer's nearest active intermediary within reach (and how many
 * compete for it) and nearest active cooperative. Recomputed only when buyers enter, exit, form
 * or dissolve, so the monthly loop reads stored indices.
 */
final class Reach {
  private Reach() {}

  static void updateIntermediaries(MingaModel m) {
    double reach = m.sc.intermediaries().reachKm();
    double r2 = reach * reach;
    for (Producer p : m.producers) {
      int best = -1;
      double bestD = Double.MAX_VALUE;
      int count = 0;
      for (Intermediary i : m.intermediaries) {
        if (!i.active) {
          continue;
        }
        double d2 = dist2(p.x, p.y, i.x, i.y);
        if (d2 <= r2) {
          count++;
          if (d2 < bestD) {
            bestD = d2;
            best = i.index;
          }
        }
      }
      p.nearestIntermediary = best;
      p.intermediariesInReach = count;
    }
    for (Intermediary i : m.intermediaries) {
      int n = 0;
      for (Intermediary j : m.intermediaries) {
        if (j.active && dist2(i.x, i.y, j.x, j.y) <= r2) {
          n++;
        }
      }
      i.competitors = Math.max(1, n);
    }
  }

  static void updateCooperatives(MingaModel m) {
    double reach = m.sc.cooperatives().reachKm();
    double r2 = reach * reach;
    for (Producer p : m.producers) {
      int best = -1;
      double bestD = Double.MAX_VALUE;
      for (Cooperative c : m.cooperatives) {
        if (!c.active) {
          continue;
        }
        double d2 = dist2(p.x, p.y, c.x, c.y);
        if (d2 <= r2 && d2 < bestD) {
          bestD = d2;
          best = c.index;
        }
      }
      p.nearestCooperative = best;
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
}
