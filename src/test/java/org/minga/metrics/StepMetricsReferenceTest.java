package org.minga.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minga.model.Cooperative;
import org.minga.model.MarketBook;
import org.minga.model.MingaModel;
import org.minga.model.ModelFixture;
import org.minga.model.Producer;

/**
 * The per-producer columns are computed in one fused pass with a radix sort, branch-free group
 * sums and a dense copy of trust; outputs must stay bit-identical to the plain definitions. Here
 * a plain implementation (a comparison sort, one getter call per use, branches, trust read from
 * each member) is checked against every step of a run with members, contract farmers, exits
 * and enough producers for the radix path.
 */
class StepMetricsReferenceTest {
  private static final String MIXED = """
      years: 3
      producers: {count: 1500, leave_farming_years: 1}
      intermediaries: {count: 6}
      cooperatives: {count: 4}
      commodity: {local_market: {enabled: true}}
      firms:
        - {entry_rule: always, target_producers: 300}
      """;

  @Test
  void perProducerColumnsEqualThePlainDefinitionsBitForBit() {
    MingaModel m = ModelFixture.start(MIXED);
    int[] seen = new int[4]; // steps, with contract farmers, with members, with exits
    MetricsRecorder.attach(m).addObserver((step, v, tracked) -> {
      Map<String, Double> expected = plain(m, step);
      for (Map.Entry<String, Double> e : expected.entrySet()) {
        assertEquals(Double.doubleToLongBits(e.getValue()),
            Double.doubleToLongBits(v[Metrics.index(e.getKey())]),
            e.getKey() + " at step " + step + ": " + e.getValue() + " vs "
                + v[Metrics.index(e.getKey())]);
      }
      seen[0]++;
      seen[1] += expected.get("contracted_producers") > 0 ? 1 : 0;
      seen[2] += expected.get("membership_rate") > 0 ? 1 : 0;
      seen[3] += expected.get("active_producers") < m.producerCount() ? 1 : 0;
    });
    while (m.stepOnce()) {
      // checked by the observer
    }
    assertEquals(36, seen[0]);
    // The run exercises every group and the radix path (more than its threshold active).
    assertTrue(seen[1] > 0 && seen[2] > 0 && seen[3] > 0, Arrays.toString(seen));
    assertTrue(m.producerCount() > DoubleSort.RADIX_THRESHOLD);
  }

  /** The per-producer columns as defined in docs/model.md 10, computed the plain way. */
  private static Map<String, Double> plain(MingaModel m, int step) {
    double poverty = 12 * m.scenario().producers().povertyLinePerMonth();
    double[] incomes = new double[m.producerCount()];
    double[] cashMonths = new double[m.producerCount()];
    int active = 0;
    int blacklisted = 0;
    int poor = 0;
    int members = 0;
    int contracted = 0;
    int exporting = 0;
    int indebted = 0;
    double sum = 0;
    double debt = 0;
    double area = 0;
    double contractedArea = 0;
    double[] groupIncome = new double[3];
    int[] groupCount = new int[3];
    double inputMembers = 0;
    double inputOthers = 0;
    for (Producer p : m.producers()) {
      if (p.isBlacklisted()) {
        blacklisted++;
      }
      if (!p.isActive()) {
        continue;
      }
      double y = p.income12();
      cashMonths[active] = p.cash() / p.subsistencePerMonth();
      incomes[active++] = y;
      sum += y;
      debt += p.debt();
      area += p.area();
      poor += y < poverty ? 1 : 0;
      indebted += p.isIndebtedToIntermediary() ? 1 : 0;
      exporting += p.lastExportStep() >= step - 11 ? 1 : 0;
      int g = p.isMember() ? 0 : p.isContracted() ? 1 : 2;
      groupIncome[g] += y;
      groupCount[g]++;
      if (p.isMember()) {
        members++;
        inputMembers += p.inputCostPerHa12();
      } else {
        inputOthers += p.inputCostPerHa12();
      }
      if (p.isContracted()) {
        contracted++;
        contractedArea += p.area();
      }
    }
    Arrays.sort(incomes, 0, active);
    Arrays.sort(cashMonths, 0, active);
    double trust = 0;
    int trusting = 0;
    int cooperatives = 0;
    double reserves = 0;
    double minReserve = Double.NaN;
    for (Cooperative c : m.cooperatives()) {
      if (c.isActive()) {
        cooperatives++;
        reserves += c.reserve();
        minReserve = cooperatives == 1 ? c.reserve() : Math.min(minReserve, c.reserve());
        for (int id : c.members()) {
          trust += m.producer(id).trust();
          trusting++;
        }
      }
    }
    Map<String, Double> v = new LinkedHashMap<>();
    v.put("income_mean", active == 0 ? Double.NaN : sum / active);
    v.put("income_median", quantile(incomes, active, 0.5));
    v.put("income_p10", quantile(incomes, active, 0.1));
    v.put("income_p25", quantile(incomes, active, 0.25));
    v.put("income_p75", quantile(incomes, active, 0.75));
    v.put("income_p90", quantile(incomes, active, 0.9));
    v.put("gini", gini(incomes, active));
    v.put("poverty_rate", active == 0 ? Double.NaN : (double) poor / active);
    v.put("income_members", mean(groupIncome[0], groupCount[0]));
    v.put("income_contract", mean(groupIncome[1], groupCount[1]));
    v.put("income_independent", mean(groupIncome[2], groupCount[2]));
    v.put("input_cost_members", mean(inputMembers, members));
    v.put("input_cost_others", mean(inputOthers, active - members));
    v.put("active_producers", (double) active);
    v.put("contracted_producers", (double) contracted);
    v.put("contracted_area_ratio", contracted == 0 || active == 0 ? Double.NaN
        : (contractedArea / contracted) / (area / active));
    v.put("export_access_share", active == 0 ? 0 : (double) exporting / active);
    v.put("mean_debt", active == 0 ? 0 : debt / active);
    v.put("indebted_share", active == 0 ? 0 : (double) indebted / active);
    v.put("membership_rate", active == 0 ? 0 : (double) members / active);
    v.put("mean_trust", trusting > 0 ? trust / trusting : Double.NaN);
    v.put("median_cash_months", quantile(cashMonths, active, 0.5));
    v.put("blacklisted_producers", (double) blacklisted);
    v.put("mean_reserve", cooperatives > 0 ? reserves / cooperatives : Double.NaN);
    v.put("min_reserve", minReserve);
    MarketBook b = m.book();
    v.put("cooperatives_formed_this_month", b.formed().lastMonth());
    v.put("cooperatives_dissolved_this_month", b.dissolved().lastMonth());
    v.put("forward_open", b.forwardOpen());
    v.put("contract_shortfall", b.shortfall().sum());
    v.put("penalties_paid", b.penalties().sum());
    v.put("firm_breaches", b.firmBreaches().sum());
    v.put("firm_terminations", b.firmTerminations().sum());
    v.put("loan_defaults", b.loanDefaults().sum());
    v.put("write_offs", b.writeOffs().sum());
    return v;
  }

  private static double quantile(double[] sorted, int n, double q) {
    if (n == 0) {
      return Double.NaN;
    }
    double pos = q * (n - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(n - 1, lo + 1);
    return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
  }

  private static double gini(double[] sorted, int n) {
    double total = 0;
    double weighted = 0;
    for (int i = 0; i < n; i++) {
      double x = Math.max(0, sorted[i]);
      total += x;
      weighted += (2.0 * (i + 1) - n - 1) * x;
    }
    return n == 0 || total <= 0 ? Double.NaN : weighted / (n * total);
  }

  private static double mean(double sum, int n) {
    return n == 0 ? Double.NaN : sum / n;
  }
}
