package org.minga.play;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.minga.model.Cooperative;
import org.minga.model.MingaModel;
import org.minga.model.Producer;

/**
 * Which households and which board the players get, chosen without randomness: households spread
 * over farm sizes (one from each of n equal strata by area) and, within those, over cash positions
 * (the k-th stratum's pick sits at a different cash rank each time, by the golden ratio), so the
 * room sees small and large, poor and better-off farms.
 */
public final class Seating {
  private static final double GOLDEN = 0.6180339887498949;

  private Seating() {}

  /**
   * {@code n} active households of the started model, spread as above, in order of area.
   *
   * @throws IllegalArgumentException when fewer than {@code n} households are active
   */
  public static int[] households(MingaModel m, int n) {
    List<Producer> active = new ArrayList<>();
    for (Producer p : m.producers()) {
      if (p.isActive()) {
        active.add(p);
      }
    }
    if (n > active.size()) {
      throw new IllegalArgumentException(
          n + " players but only " + active.size() + " active households");
    }
    active.sort(Comparator.comparingDouble(Producer::area).thenComparingInt(Producer::id));
    int[] seats = new int[n];
    for (int k = 0; k < n; k++) {
      List<Producer> stratum =
          new ArrayList<>(active.subList(k * active.size() / n, (k + 1) * active.size() / n));
      stratum.sort(Comparator.comparingDouble(Producer::cash).thenComparingInt(Producer::id));
      double rank = (k + 1) * GOLDEN % 1;
      seats[k] = stratum.get((int) (rank * stratum.size())).id();
    }
    return seats;
  }

  /** The board to play: the active cooperative with the most members (-1: none). */
  public static int board(MingaModel m) {
    int best = -1;
    for (Cooperative c : m.cooperatives()) {
      if (c.isActive()
          && (best < 0 || c.memberCount() > m.cooperatives().get(best).memberCount())) {
        best = c.index();
      }
    }
    return best;
  }
}
