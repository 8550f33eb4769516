package org.minga.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.model.Channel;
import org.minga.model.Cooperative;
import org.minga.model.MingaModel;
import org.minga.model.ModelFixture;
import org.minga.model.ModelProbe;
import org.minga.model.Producer;
import org.minga.model.RandomScenarios;

/**
 * The metric definitions of docs/model.md 10 on controlled models: shares, membership rate, Gini,
 * poverty rate, export access, retention; which columns may be NA (and only when their definition
 * has nothing to measure); and the tracked sample.
 */
class StepMetricsTest {
  /** Every channel is used within two years: intermediaries, fairs, cooperatives, a firm. */
  private static final String ALL_CHANNELS =
      """
      years: 2
      producers: {count: 400}
      intermediaries: {count: 4}
      cooperatives: {count: 3}
      commodity: {local_market: {enabled: true}}
      firms:
        - {entry_rule: always, target_producers: 80}
      """;

  @TempDir Path dir;

  private static int col(String name) {
    return Metrics.index(name);
  }

  /** Runs the model to its horizon, calling {@code check} with the model and each row. */
  private static void eachStep(MingaModel m, StepCheck check) {
    MetricsRecorder.attach(m).addObserver((step, values, tracked) -> check.at(m, step, values));
    while (m.stepOnce()) {
      // observed by the recorder
    }
  }

  private interface StepCheck {
    void at(MingaModel m, int step, double[] v);
  }

  /** One row computed now, from the model's current state. */
  private static double[] rowNow(MingaModel m) {
    double[] v = new double[Metrics.ALL.size()];
    new StepMetrics(m).compute(v);
    return v;
  }

  @Test
  void channelSharesSumToOneWhenAnythingWasSoldAndAreZeroBefore() {
    double[] maxShare = new double[Channel.COUNT];
    int[] sellingSteps = {0};
    eachStep(
        ModelFixture.start(ALL_CHANNELS),
        (m, step, v) -> {
          double sum = 0;
          double volume = 0;
          for (Channel c : Channel.ALL) {
            double s = v[col("share_" + c.label())];
            assertTrue(s >= 0 && s <= 1, c + " share " + s + " at step " + step);
            sum += s;
            volume += m.book().volume12(c);
            maxShare[c.ordinal()] = Math.max(maxShare[c.ordinal()], s);
          }
          if (volume > 0) {
            sellingSteps[0]++;
            assertEquals(1, sum, 1e-12, "shares at step " + step);
          } else {
            assertEquals(0, sum, 0.0, "nothing sold yet at step " + step);
          }
        });
    // Harvest months 5-8 (steps 4-7): nothing sold in steps 0-3, then the trailing window holds
    // sales through the end of the two years.
    assertEquals(24 - 4, sellingSteps[0]);
    for (Channel c : Channel.ALL) {
      assertTrue(maxShare[c.ordinal()] > 0.01, c + " was used: " + maxShare[c.ordinal()]);
    }
  }

  @Test
  void membershipRateIsMembersOverActiveProducers() {
    double[] seen = {1, 0};
    eachStep(
        ModelFixture.start(
            ALL_CHANNELS,
            "years=3",
            "producers.leave_farming_years=1",
            "producers.cash=0",
            "producers.off_farm_income_per_month=0"),
        (m, step, v) -> {
          int active = 0;
          int members = 0;
          for (Producer p : m.producers()) {
            active += p.isActive() ? 1 : 0;
            members += p.isActive() && p.isMember() ? 1 : 0;
          }
          assertEquals(active, v[col("active_producers")], 0.0);
          assertEquals((double) members / active, v[col("membership_rate")], 1e-15, "step " + step);
          seen[0] = Math.min(seen[0], (double) active / m.producerCount());
          seen[1] = Math.max(seen[1], v[col("membership_rate")]);
        });
    // The denominator is active producers, not all: some households left farming here (no cash
    // and no off-farm income), so the two differ and the test can tell them apart.
    assertTrue(seen[0] < 1, "some producers left farming: active share " + seen[0]);
    assertTrue(seen[1] > 0.2, "membership rate reached " + seen[1]);
  }

  @Test
  void giniIsZeroForEqualIncomesAndKnownForKnownIncomes() {
    MingaModel m = ModelFixture.start("years: 1\nproducers: {count: 200}\n");
    int n = m.producerCount();
    for (int i = 0; i < n; i++) {
      ModelProbe.setIncome12(m, i, 1234.5);
    }
    assertEquals(0, rowNow(m)[col("gini")], 1e-12, "equal incomes");
    // One household has everything: Gini (n - 1) / n.
    for (int i = 0; i < n; i++) {
      ModelProbe.setIncome12(m, i, i == 17 ? 5000 : 0);
    }
    assertEquals((n - 1.0) / n, rowNow(m)[col("gini")], 1e-12, "one has all");
    // Half lose money, half earn 1000: negatives count as zero, so Gini is that of half 0,
    // half 1000, which is 0.5.
    for (int i = 0; i < n; i++) {
      ModelProbe.setIncome12(m, i, i % 2 == 0 ? -700 : 1000);
    }
    assertEquals(0.5, rowNow(m)[col("gini")], 1e-12, "negatives as zero");
    // Nobody earns anything: Gini undefined (NA), not 0 or a division by zero.
    for (int i = 0; i < n; i++) {
      ModelProbe.setIncome12(m, i, 0);
    }
    assertTrue(Double.isNaN(rowNow(m)[col("gini")]));
  }

  @Test
  void identicalProducersHaveGiniZeroAtEveryStep() {
    // Every attribute constant and one channel (fairs; no buyer, no cooperative, no credit): every
    // household gets the same price for the same output, so incomes are identical.
    String yaml =
        """
        years: 2
        producers:
          count: 150
          area_ha: 2
          yield_per_ha: 15
          quality: 0.5
          capability: 0.3
          cash: 400
          subsistence_per_month: 100
          off_farm_income_per_month: 60
          patience: 0.97
          trust: 0.7
          informed_share: 1
          innovator_share: 0
        intermediaries: {count: 0, max_count: 0}
        cooperatives: {count: 0, formation: {enabled: false}}
        commodity: {local_market: {enabled: true}}
        """;
    int[] checked = {0};
    eachStep(
        ModelFixture.start(yaml),
        (m, step, v) -> {
          assertEquals(0, v[col("gini")], 1e-12, "step " + step);
          assertEquals(v[col("income_p10")], v[col("income_p90")], 1e-9);
          checked[0]++;
        });
    assertEquals(24, checked[0]);
  }

  @Test
  void povertyRateIsTheShareBelowTheLineAndRisesWithTheLine() {
    MingaModel m = ModelFixture.start("years: 1\nproducers: {count: 100}\n");
    for (int i = 0; i < 100; i++) {
      ModelProbe.setIncome12(m, i, i < 30 ? 12 * 80 : i < 70 ? 12 * 150 : 12 * 400);
    }
    // Default line 120 a month: the 30 households at 80 a month are poor.
    assertEquals(0.30, rowNow(m)[col("poverty_rate")], 1e-12);
    MingaModel higher =
        ModelFixture.start(
            "years: 1\nproducers: {count: 100}\n", "producers.poverty_line_per_month=200");
    MingaModel lower =
        ModelFixture.start(
            "years: 1\nproducers: {count: 100}\n", "producers.poverty_line_per_month=50");
    for (int i = 0; i < 100; i++) {
      double y = i < 30 ? 12 * 80 : i < 70 ? 12 * 150 : 12 * 400;
      ModelProbe.setIncome12(higher, i, y);
      ModelProbe.setIncome12(lower, i, y);
    }
    assertEquals(0.70, rowNow(higher)[col("poverty_rate")], 1e-12);
    assertEquals(0.0, rowNow(lower)[col("poverty_rate")], 1e-12);
  }

  @Test
  void povertyRateMovesWithTheLineAlongARun() {
    // Same seed, only the poverty line differs: the line does not act on the model, so the
    // runs are identical and the rate can only be higher under the higher line.
    List<double[]> low =
        rows(ModelFixture.start(ALL_CHANNELS, "producers.poverty_line_per_month=60"));
    List<double[]> high =
        rows(ModelFixture.start(ALL_CHANNELS, "producers.poverty_line_per_month=240"));
    int strictly = 0;
    for (int s = 0; s < low.size(); s++) {
      assertEquals(low.get(s)[col("income_mean")], high.get(s)[col("income_mean")], 0.0);
      double a = low.get(s)[col("poverty_rate")];
      double b = high.get(s)[col("poverty_rate")];
      assertTrue(b >= a, "step " + s + ": " + a + " vs " + b);
      strictly += b > a ? 1 : 0;
    }
    assertTrue(strictly > 12, "higher line gives more poverty at " + strictly + " steps");
  }

  private static List<double[]> rows(MingaModel m) {
    List<double[]> rows = new ArrayList<>();
    eachStep(m, (model, step, v) -> rows.add(v.clone()));
    return rows;
  }

  @Test
  void exportAccessShareCountsContractFarmers() {
    // No cooperative: only contracts reach an exporter. The firm enters at the start, so by
    // the end of the first harvest (step 7) every contracted producer has delivered.
    String noCoops = "cooperatives.count=0";
    String noFormation = "cooperatives.formation.enabled=false";
    int[] afterHarvest = {0};
    eachStep(
        ModelFixture.start(ALL_CHANNELS, noCoops, noFormation),
        (m, step, v) -> {
          int active = (int) v[col("active_producers")];
          int exporting = 0;
          for (Producer p : m.producers()) {
            exporting += p.isActive() && p.lastExportStep() >= step - 11 ? 1 : 0;
          }
          assertEquals((double) exporting / active, v[col("export_access_share")], 1e-15);
          if (step >= 7 && step < 12) {
            afterHarvest[0]++;
            assertTrue(v[col("contracted_producers")] > 40);
            assertTrue(
                v[col("export_access_share")] * active >= v[col("contracted_producers")],
                "every contract farmer counts at step " + step);
          }
        });
    assertEquals(5, afterHarvest[0]);
    // The same world without the firm: nobody reaches an exporter.
    double[] max = {0};
    eachStep(
        ModelFixture.start(ALL_CHANNELS, noCoops, noFormation, "firms=[]"),
        (m, step, v) -> max[0] = Math.max(max[0], v[col("export_access_share")]));
    assertEquals(0, max[0], 0.0);
  }

  @Test
  void exportAccessShareCountsMembersOnlyOfExportingCooperatives() {
    // Cooperatives reach an exporter through a buyer contract or certified export. Without
    // either (and without firms) members' output stays domestic.
    String[] base = {"firms=[]", "cooperatives.formation.enabled=false"};
    double domestic =
        maxOver(
            ModelFixture.start(
                ALL_CHANNELS,
                concat(
                    base,
                    "cooperatives.certification.share=0",
                    "cooperatives.buyer_contract.share=0")),
            "export_access_share");
    double exporting =
        maxOver(
            ModelFixture.start(
                ALL_CHANNELS,
                concat(
                    base,
                    "cooperatives.certification.share=1",
                    "cooperatives.buyer_contract.share=0")),
            "export_access_share");
    assertEquals(0, domestic, 0.0);
    assertTrue(exporting > 0.1, "members of certified cooperatives export: " + exporting);
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static double maxOver(MingaModel m, String metric) {
    double[] max = {Double.NEGATIVE_INFINITY};
    eachStep(m, (model, step, v) -> max[0] = Math.max(max[0], v[col(metric)]));
    return max[0];
  }

  @Test
  void retentionIsOneMinusLeaversOverMembersTwelveMonthsAgo() {
    // Enough churn for leavers to matter: opaque, badly governed cooperatives lose trust.
    List<Integer> members = new ArrayList<>();
    int[] checked = {0};
    eachStep(
        ModelFixture.start(
            ALL_CHANNELS,
            "years=4",
            "firms=[]",
            "cooperatives.transparency=0.1",
            "cooperatives.governance=0.2",
            "producers.switch_probability=1"),
        (m, step, v) -> {
          int count = 0;
          for (Producer p : m.producers()) {
            count += p.isActive() && p.isMember() ? 1 : 0;
          }
          members.add(count);
          if (step >= 12) {
            int before = members.get(step - 12);
            double expected = Math.max(0, 1 - v[col("leaves")] / before);
            assertEquals(expected, v[col("retention")], 1e-12, "step " + step);
            checked[0] += v[col("leaves")] > 0 ? 1 : 0;
          }
        });
    assertTrue(checked[0] > 12, "steps with leavers in the window: " + checked[0]);
  }

  /** When a column may be NA: its definition has nothing to measure. */
  private static Map<String, Predicate<MingaModel>> naAllowedWhen() {
    return Map.ofEntries(
        Map.entry("price_intermediary", m -> m.book().volume12(Channel.INTERMEDIARY) == 0),
        Map.entry("price_cooperative", m -> m.book().volume12(Channel.COOPERATIVE) == 0),
        Map.entry("price_contract", m -> m.book().volume12(Channel.CONTRACT) == 0),
        Map.entry("price_local_market", m -> m.book().volume12(Channel.LOCAL_MARKET) == 0),
        Map.entry("mean_margin", m -> m.intermediaries().stream().noneMatch(i -> i.isActive())),
        Map.entry("delivery_share", m -> m.book().memberOutput12() == 0),
        Map.entry("side_selling_share", m -> m.book().committed12() == 0),
        // Nobody was a member 12 months ago (checked exactly in the retention test).
        Map.entry("retention", m -> true),
        Map.entry("cohesion", m -> activeMembers(m) == 0),
        Map.entry("mean_reserve", m -> m.cooperatives().stream().noneMatch(c -> c.isActive())),
        Map.entry("min_reserve", m -> m.cooperatives().stream().noneMatch(c -> c.isActive())),
        Map.entry("median_cash_months", StepMetricsTest::noneActive),
        Map.entry("mean_trust", m -> activeMembers(m) == 0),
        Map.entry(
            "gini", m -> m.producers().stream().noneMatch(p -> p.isActive() && p.income12() > 0)),
        Map.entry("income_members", m -> activeMembers(m) == 0),
        Map.entry(
            "income_contract",
            m ->
                m.producers().stream()
                    .noneMatch(p -> p.isActive() && !p.isMember() && p.isContracted())),
        Map.entry(
            "income_independent",
            m ->
                m.producers().stream()
                    .noneMatch(p -> p.isActive() && !p.isMember() && !p.isContracted())),
        Map.entry("input_cost_members", m -> activeMembers(m) == 0),
        Map.entry(
            "input_cost_others",
            m -> m.producers().stream().noneMatch(p -> p.isActive() && !p.isMember())),
        Map.entry(
            "contracted_area_ratio",
            m -> m.producers().stream().noneMatch(p -> p.isActive() && p.isContracted())),
        Map.entry("income_mean", StepMetricsTest::noneActive),
        Map.entry("income_median", StepMetricsTest::noneActive),
        Map.entry("income_p10", StepMetricsTest::noneActive),
        Map.entry("income_p25", StepMetricsTest::noneActive),
        Map.entry("income_p75", StepMetricsTest::noneActive),
        Map.entry("income_p90", StepMetricsTest::noneActive),
        Map.entry("poverty_rate", StepMetricsTest::noneActive));
  }

  private static long activeMembers(MingaModel m) {
    long n = 0;
    for (Cooperative c : m.cooperatives()) {
      n += c.isActive() ? c.memberCount() : 0;
    }
    return n;
  }

  private static boolean noneActive(MingaModel m) {
    return m.producers().stream().noneMatch(Producer::isActive);
  }

  /** Columns that are shares or rates: in [0, 1] whenever defined. */
  private static final List<String> UNIT_INTERVAL =
      List.of(
          "share_intermediary",
          "share_cooperative",
          "share_contract",
          "share_local_market",
          "membership_rate",
          "delivery_share",
          "side_selling_share",
          "retention",
          "cohesion",
          "mean_trust",
          "gini",
          "poverty_rate",
          "export_access_share",
          "indebted_share");

  @Test
  void everyColumnIsFiniteOrNaOnlyWhereItsDefinitionHasNothingToMeasure() {
    Map<String, Predicate<MingaModel>> na = naAllowedWhen();
    for (String name : na.keySet()) {
      col(name); // every listed column exists
    }
    int[] naSeen = {0};
    RandomScenarios gen = new RandomScenarios(5, dir);
    for (int i = 0; i < 6; i++) {
      String yaml = gen.next(i);
      try {
        eachStep(
            ModelFixture.start(yaml),
            (m, step, v) -> {
              for (int c = 0; c < v.length; c++) {
                String name = Metrics.ALL.get(c).name();
                if (Double.isNaN(v[c])) {
                  naSeen[0]++;
                  assertTrue(
                      na.containsKey(name) && na.get(name).test(m),
                      name + " is NA at step " + step + " but has something to measure");
                } else {
                  assertTrue(Double.isFinite(v[c]), name + " = " + v[c] + " at step " + step);
                }
                if (UNIT_INTERVAL.contains(name) && !Double.isNaN(v[c])) {
                  assertTrue(v[c] >= 0 && v[c] <= 1 + 1e-12, name + " = " + v[c]);
                }
              }
            });
      } catch (AssertionError e) {
        throw new AssertionError(e.getMessage() + "\n--- scenario ---\n" + yaml, e);
      }
    }
    assertTrue(naSeen[0] > 0, "the scenarios had empty cases (NA) to check");
  }

  @Test
  void trackedHouseholdsAreSpreadEvenlyAndStayTheSame() {
    MingaModel m = ModelFixture.start("years: 2\nproducers: {count: 1000, tracked: 7}\n");
    MetricsRecorder r = MetricsRecorder.attach(m);
    int[] ids = r.trackedIds();
    assertArrayEquals(new int[] {0, 142, 285, 428, 571, 714, 857}, ids);
    for (int k = 1; k < ids.length; k++) {
      int gap = ids[k] - ids[k - 1];
      assertTrue(gap == 1000 / 7 || gap == 1000 / 7 + 1, "gap " + gap);
    }
    int[] steps = {0};
    r.addObserver(
        (step, values, tracked) -> {
          assertEquals(7, tracked.size());
          for (int i = 0; i < 7; i++) {
            assertEquals(ids[i], tracked.household(i), "step " + step);
            Producer p = m.producer(ids[i]);
            assertEquals(p.income12(), tracked.income12m(i), 0.0);
            assertEquals(p.cash(), tracked.cash(i), 0.0);
          }
          steps[0]++;
        });
    while (m.stepOnce()) {
      // observed
    }
    assertEquals(24, steps[0]);
    assertArrayEquals(ids, r.trackedIds(), "the ids do not change during the run");
  }

  @Test
  void trackingMoreHouseholdsThanExistTracksEveryoneAndZeroTracksNone() {
    MingaModel all = ModelFixture.start("years: 1\nproducers: {count: 30, tracked: 100}\n");
    int[] ids = MetricsRecorder.attach(all).trackedIds();
    assertEquals(30, ids.length);
    for (int i = 0; i < 30; i++) {
      assertEquals(i, ids[i]);
    }
    MingaModel none = ModelFixture.start("years: 1\nproducers: {count: 30, tracked: 0}\n");
    assertEquals(0, MetricsRecorder.attach(none).trackedIds().length);
    assertTrue(none.stepOnce(), "a run without tracked households steps normally");
  }
}
