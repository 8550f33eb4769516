package org.minga.metrics;

import java.util.Arrays;
import org.minga.model.Channel;
import org.minga.model.Cooperative;
import org.minga.model.Intermediary;
import org.minga.model.MarketBook;
import org.minga.model.MingaModel;
import org.minga.model.Producer;
import org.minga.model.TractorFirm;
import org.minga.model.TrailingWindow;

/**
 * Computes one row of {@link Metrics#ALL} from the model's state (docs/model.md 10). One pass over
 * producers in id order for every per-producer sum, one sort for income quantiles and the Gini;
 * buffers are reused. In a large model producer objects are read from memory, not cache, so
 * nothing else here visits them.
 */
final class StepMetrics {
  private final MingaModel m;
  /**
   * Every producer's trust by id, copied in the producer pass: the mean-trust sum goes over
   * cooperative members in member-list order (which the output's bits depend on), and looking
   * each member up in this dense array is far cheaper than visiting its producer object again.
   */
  private double[] trustById = new double[0];
  private final DoubleSort sorter = new DoubleSort();
  /** Active producers' cash in months of needs, for its median. */
  private final MedianSelection cashMonths = new MedianSelection();
  /** Members at the end of each of the last 13 steps: 12 steps back is the window's start. */
  private final TrailingWindow memberCounts =
      new TrailingWindow(13, TrailingWindow.Summing.RESUMMED);

  StepMetrics(MingaModel m) {
    this.m = m;
  }

  void compute(double[] v) {
    int step = m.currentStep();
    MarketBook b = m.book();
    Row r = new Row(v);
    r.set("step", step);
    r.set("year", m.year());
    r.set("month", m.month());
    r.set("world_price", m.worldPrice());
    r.set("price_intermediary", b.price12(Channel.INTERMEDIARY));
    r.set("price_cooperative", b.price12(Channel.COOPERATIVE));
    r.set("price_contract", b.price12(Channel.CONTRACT));
    r.set("price_local_market", b.price12(Channel.LOCAL_MARKET));
    r.set("mean_margin", meanMargin());
    channelShares(r, b);
    producerMetrics(r, step);
    cooperativeMetrics(r, b, step);
    r.set("active_intermediaries", m.intermediaries().stream().filter(Intermediary::isActive)
        .count());
    r.set("public_spending", b.publicSpending12());
    r.set("active_firms", Arrays.stream(firms()).filter(TractorFirm::isActive).count());
    contractAndCreditEvents(r, b);
  }

  /** Event series of the book: trailing 12-month sums, and the open forward volume. */
  private static void contractAndCreditEvents(Row r, MarketBook b) {
    r.set("forward_open", b.forwardOpen());
    r.set("contract_shortfall", b.shortfall().sum());
    r.set("penalties_paid", b.penalties().sum());
    r.set("firm_breaches", b.firmBreaches().sum());
    r.set("firm_terminations", b.firmTerminations().sum());
    r.set("loan_defaults", b.loanDefaults().sum());
    r.set("write_offs", b.writeOffs().sum());
  }

  private TractorFirm[] firms() {
    return m.firms().toArray(new TractorFirm[0]);
  }

  private double meanMargin() {
    double s = 0;
    int n = 0;
    for (Intermediary i : m.intermediaries()) {
      if (i.isActive()) {
        s += i.margin();
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  private void channelShares(Row r, MarketBook b) {
    double total = 0;
    for (Channel c : Channel.ALL) {
      total += b.volume12(c);
    }
    for (Channel c : Channel.ALL) {
      r.set("share_" + c.label(), total > 0 ? b.volume12(c) / total : 0);
    }
  }

  private void producerMetrics(Row r, int step) {
    int n = m.producerCount();
    if (trustById.length < n) {
      trustById = new double[n];
    }
    DoubleSort sorter = this.sorter;
    sorter.reset(n);
    MedianSelection cashMonths = this.cashMonths;
    cashMonths.reset(n);
    double[] trustById = this.trustById;
    double poverty = 12 * m.scenario().producers().povertyLinePerMonth();
    int exportSince = step - 11;
    int active = 0;
    int poor = 0;
    int members = 0;
    int contracted = 0;
    int contractGroup = 0; // contracted and not a member (members never are, but count apart)
    int exporting = 0;
    int indebted = 0;
    int blacklisted = 0;
    double sum = 0;
    double debt = 0;
    double area = 0;
    double contractedArea = 0;
    double incomeMembers = 0;
    double incomeContract = 0;
    double incomeIndependent = 0;
    double inputMembers = 0;
    double inputOthers = 0;
    for (int i = 0; i < n; i++) {
      Producer p = m.producer(i);
      trustById[i] = p.trust();
      blacklisted += p.isBlacklisted() ? 1 : 0;
      if (!p.isActive()) {
        continue;
      }
      double y = p.income12();
      double a = p.area();
      sorter.add(y);
      cashMonths.add(p.cash() / p.subsistencePerMonth());
      active++;
      sum += y;
      debt += p.debt();
      area += a;
      poor += y < poverty ? 1 : 0;
      indebted += p.isIndebtedToIntermediary() ? 1 : 0;
      exporting += p.lastExportStep() >= exportSince ? 1 : 0;
      double inputPerHa = p.inputCostPerHa12();
      // About half the producers are members, in no order by id: a branch on membership would
      // be mispredicted often, so each group sum takes the value or +0.0 under a bit mask.
      // cooperative() is an index or -1: its sign bit is set exactly for non-members.
      long member = ~(long) (p.cooperative() >> 31); // all ones for a member, else zero
      long other = ~member;
      members -= (int) member;
      incomeMembers += onlyIf(member, y);
      inputMembers += onlyIf(member, inputPerHa);
      inputOthers += onlyIf(other, inputPerHa);
      if (p.isContracted()) { // few producers: this branch is well predicted
        contracted++;
        contractedArea += a;
        contractGroup -= (int) other;
        incomeContract += onlyIf(other, y);
      } else {
        incomeIndependent += onlyIf(other, y);
      }
    }
    sorter.sort();
    r.set("income_mean", active == 0 ? Double.NaN : sum / active);
    r.set("income_median", quantile(sorter, active, 0.5));
    r.set("income_p10", quantile(sorter, active, 0.1));
    r.set("income_p25", quantile(sorter, active, 0.25));
    r.set("income_p75", quantile(sorter, active, 0.75));
    r.set("income_p90", quantile(sorter, active, 0.9));
    r.set("median_cash_months", cashMonths.median());
    r.set("blacklisted_producers", blacklisted);
    r.set("gini", gini(active));
    r.set("poverty_rate", active == 0 ? Double.NaN : (double) poor / active);
    r.set("income_members", mean(incomeMembers, members));
    r.set("income_contract", mean(incomeContract, contractGroup));
    r.set("income_independent", mean(incomeIndependent, active - members - contractGroup));
    r.set("input_cost_members", mean(inputMembers, members));
    r.set("input_cost_others", mean(inputOthers, active - members));
    r.set("active_producers", active);
    r.set("contracted_producers", contracted);
    r.set("contracted_area_ratio", contracted == 0 || active == 0 ? Double.NaN
        : (contractedArea / contracted) / (area / active));
    r.set("export_access_share", active == 0 ? 0 : (double) exporting / active);
    r.set("mean_debt", active == 0 ? 0 : debt / active);
    r.set("indebted_share", active == 0 ? 0 : (double) indebted / active);
    r.set("membership_rate", active == 0 ? 0 : (double) members / active);
    memberCounts.close(step, members);
  }

  private void cooperativeMetrics(Row r, MarketBook b, int step) {
    r.set("delivery_share", b.memberOutput12() > 0
        ? Math.min(1, b.memberDelivered12() / b.memberOutput12()) : Double.NaN);
    r.set("side_selling_share", b.committed12() > 0
        ? Math.min(1, b.sideSold12() / b.committed12()) : Double.NaN);
    // 12 steps back, or step 0's count in the first year.
    double before = memberCounts.monthsBack(Math.min(step, 12));
    r.set("retention", before > 0 ? Math.max(0, 1 - b.leaves12() / before) : Double.NaN);
    r.set("joins", b.joins12());
    r.set("leaves", b.leaves12());
    int active = 0;
    double weighted = 0;
    int weight = 0;
    double reserve = 0;
    double minReserve = Double.POSITIVE_INFINITY;
    double trust = 0;
    int trusting = 0;
    for (Cooperative c : m.cooperatives()) {
      if (!c.isActive()) {
        continue;
      }
      active++;
      reserve += c.reserve();
      minReserve = Math.min(minReserve, c.reserve());
      int size = c.memberCount();
      weighted += size * c.deliveryShare12() * c.retention12(step);
      weight += size;
      for (int k = 0; k < size; k++) {
        trust += trustById[c.memberAt(k)];
        trusting++;
      }
    }
    r.set("cohesion", weight > 0 ? weighted / weight : Double.NaN);
    r.set("active_cooperatives", active);
    r.set("cooperatives_dissolved", b.cooperativesDissolved());
    r.set("cooperatives_formed", b.cooperativesFormed());
    r.set("cooperatives_dissolved_this_month", b.dissolved().lastMonth());
    r.set("cooperatives_formed_this_month", b.formed().lastMonth());
    r.set("mean_reserve", active > 0 ? reserve / active : Double.NaN);
    r.set("min_reserve", active > 0 ? minReserve : Double.NaN);
    r.set("mean_trust", trusting > 0 ? trust / trusting : Double.NaN);
  }

  private static double quantile(DoubleSort sorted, int n, double q) {
    if (n == 0) {
      return Double.NaN;
    }
    double pos = q * (n - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(n - 1, lo + 1);
    double low = sorted.get(lo);
    return low + (pos - lo) * (sorted.get(hi) - low);
  }

  /** Gini of the sorted incomes, negatives counted as zero. */
  private double gini(int n) {
    double total = 0;
    double weighted = 0;
    // The weight of the i-th income (0-based), 2(i + 1) - n - 1: whole numbers, exact in a
    // double, so stepping it by 2 gives the same bits as computing it each time.
    double w = 1.0 - n;
    for (int i = 0; i < n; i++) {
      double x = Math.max(0, sorter.get(i));
      total += x;
      weighted += w * x;
      w += 2;
    }
    return n == 0 || total <= 0 ? Double.NaN : weighted / (n * total);
  }

  /**
   * {@code v} where {@code mask} is all ones, +0.0 where it is zero. Adding +0.0 to a sum that
   * started at +0.0 leaves it bit-identical (such a sum is never -0.0, and x + 0.0 is x), so
   * adding this for every producer gives exactly the sum over the masked-in ones.
   */
  private static double onlyIf(long mask, double v) {
    return Double.longBitsToDouble(Double.doubleToRawLongBits(v) & mask);
  }

  private static double mean(double sum, int n) {
    return n == 0 ? Double.NaN : sum / n;
  }

  /** Writes values into the row by metric name (a linear lookup over ~50 names). */
  private static final class Row {
    private final double[] v;

    Row(double[] v) {
      this.v = v;
    }

    void set(String name, double value) {
      v[Metrics.index(name)] = value;
    }
  }
}
