package org.minga.gui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.minga.model.Channel;
import org.minga.model.Cooperative;
import org.minga.model.HouseholdPanel;
import org.minga.model.MingaModel;
import org.minga.model.Producer;

/**
 * One run of a participatory session as the big screen and the debrief read it: each household's
 * farm, cash and membership at the start; after every month, each household's income over the
 * last 12 months, the median of all, and each cooperative's reserve and members; and what each
 * household sold through each channel during the players' months. Kept for the live run and for
 * the run with the model's rules in place of the players. Reads the model between steps only;
 * any thread (synchronized).
 */
final class SessionHistory {
  /** Households compared with each played one. */
  static final int COMPARABLE = 5;
  private static final int SIDE_SOLD = Channel.COUNT;

  /** The players' months: sales are summed over these. */
  private final int months;
  private double[] area = new double[0];
  private double[] startCash = new double[0];
  private boolean[] startMember = new boolean[0];
  private boolean[] startActive = new boolean[0];
  private final List<float[]> incomes = new ArrayList<>();
  private final List<Double> medians = new ArrayList<>();
  private final List<double[]> reserves = new ArrayList<>();
  private final List<int[]> members = new ArrayList<>();
  /** Units sold by household and channel (and side-sold, last) over the players' months. */
  private double[][] sold = new double[0][];

  SessionHistory(int months) {
    this.months = months;
  }

  /** Reads the households of {@code m}, started and not yet stepped. */
  synchronized void start(MingaModel m) {
    int n = m.producerCount();
    area = new double[n];
    startCash = new double[n];
    startMember = new boolean[n];
    startActive = new boolean[n];
    sold = new double[n][Channel.COUNT + 1];
    for (int i = 0; i < n; i++) {
      Producer p = m.producer(i);
      area[i] = p.area();
      startCash[i] = p.cash();
      startMember[i] = p.isMember();
      startActive[i] = p.isActive();
    }
  }

  /**
   * Records the month {@code m} has just run ({@code medianIncome}: the median income of all
   * households that month, from the metrics); sums the calendar year's sales (the model's
   * households panel, cleared each January) at each December and at the players' last month.
   */
  synchronized void record(MingaModel m, double medianIncome) {
    int n = m.producerCount();
    float[] income = new float[n];
    for (int i = 0; i < n; i++) {
      Producer p = m.producer(i);
      income[i] = p.isActive() ? (float) p.income12() : Float.NaN;
    }
    incomes.add(income);
    medians.add(medianIncome);
    List<Cooperative> coops = m.cooperatives();
    double[] reserve = new double[coops.size()];
    int[] count = new int[coops.size()];
    for (int c = 0; c < coops.size(); c++) {
      Cooperative co = coops.get(c);
      reserve[c] = co.isActive() ? co.reserve() : Double.NaN;
      count[c] = co.isActive() ? co.memberCount() : 0;
    }
    reserves.add(reserve);
    members.add(count);
    int step = m.completedSteps() - 1;
    HouseholdPanel panel = m.householdPanel();
    if (panel != null && step < months
        && (MingaModel.monthOf(step) == 12 || step == months - 1)) {
      for (int i = 0; i < n; i++) {
        for (Channel c : Channel.ALL) {
          sold[i][c.ordinal()] += panel.volume(i, c);
        }
        sold[i][SIDE_SOLD] += panel.sideSold(i);
      }
    }
  }

  /** Months recorded. */
  synchronized int steps() {
    return incomes.size();
  }

  synchronized int households() {
    return area.length;
  }

  /** Household {@code id}'s income over the 12 months to {@code step} (NaN: left farming). */
  synchronized double income(int step, int id) {
    return incomes.get(step)[id];
  }

  /** The mean income of {@code ids} at {@code step} (those still farming; NaN: none). */
  synchronized double meanIncome(int step, int[] ids) {
    double sum = 0;
    int k = 0;
    for (int id : ids) {
      float v = incomes.get(step)[id];
      if (!Float.isNaN(v)) {
        sum += v;
        k++;
      }
    }
    return k == 0 ? Double.NaN : sum / k;
  }

  /** The median income of all households at {@code step}. */
  synchronized double medianIncome(int step) {
    return medians.get(step);
  }

  /** Cooperative {@code c}'s reserve after {@code step} (NaN: not formed yet, or dissolved). */
  synchronized double reserve(int step, int c) {
    double[] r = reserves.get(step);
    return c < r.length ? r[c] : Double.NaN;
  }

  /** Cooperative {@code c}'s members after {@code step}. */
  synchronized int members(int step, int c) {
    int[] r = members.get(step);
    return c < r.length ? r[c] : 0;
  }

  synchronized double area(int id) {
    return area[id];
  }

  synchronized double startCash(int id) {
    return startCash[id];
  }

  /** Units {@code ids} sold through {@code c} over the players' months (so far). */
  synchronized double sold(int[] ids, Channel c) {
    double sum = 0;
    for (int id : ids) {
      sum += sold[id][c.ordinal()];
    }
    return sum;
  }

  /** Units of their committed volume {@code ids} sold elsewhere over the players' months. */
  synchronized double sideSold(int[] ids) {
    double sum = 0;
    for (int id : ids) {
      sum += sold[id][SIDE_SOLD];
    }
    return sum;
  }

  /** Units {@code ids} sold through any channel over the players' months. */
  synchronized double marketed(int[] ids) {
    double sum = 0;
    for (int id : ids) {
      for (Channel c : Channel.ALL) {
        sum += sold[id][c.ordinal()];
      }
    }
    return sum;
  }

  /**
   * The {@value #COMPARABLE} households most like {@code id} at the start: active then, not in
   * {@code played}, with its membership where enough share it, nearest by farm size and starting
   * cash, each measured by its rank among all households (so hectares and dollars weigh alike).
   */
  synchronized int[] comparables(int id, BitSet played) {
    int n = area.length;
    double[] areaRank = ranks(area);
    double[] cashRank = ranks(startCash);
    int sameStatus = 0;
    for (int i = 0; i < n; i++) {
      if (i != id && startActive[i] && !played.get(i) && startMember[i] == startMember[id]) {
        sameStatus++;
      }
    }
    boolean byStatus = sameStatus >= COMPARABLE;
    List<double[]> candidates = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i == id || !startActive[i] || played.get(i)
          || (byStatus && startMember[i] != startMember[id])) {
        continue;
      }
      double da = areaRank[i] - areaRank[id];
      double dc = cashRank[i] - cashRank[id];
      candidates.add(new double[] {da * da + dc * dc, i});
    }
    candidates.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0])
        : Double.compare(a[1], b[1]));
    int k = Math.min(COMPARABLE, candidates.size());
    int[] out = new int[k];
    for (int j = 0; j < k; j++) {
      out[j] = (int) candidates.get(j)[1];
    }
    return out;
  }

  /** Each value's rank among all, from 0 to 1 (ties in id order). */
  private static double[] ranks(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> values[a] != values[b] ? Double.compare(values[a], values[b])
        : Integer.compare(a, b));
    double[] rank = new double[values.length];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = order.length > 1 ? (double) r / (order.length - 1) : 0;
    }
    return rank;
  }
}
