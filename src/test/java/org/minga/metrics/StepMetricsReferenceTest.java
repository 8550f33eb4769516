package org.minga.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minga.model.Cooperative;
import org.minga.model.MingaModel;
import org.minga.model.ModelFixture;
import org.minga.model.Producer;

/**
 * The registry's household statistics are computed together in one pass over producers (in
 * production the hand-fused {@link FusedHouseholdPass}: branch-free sums under group masks, a radix
 * sort, a median selection, a dense copy of trust). Here each metric's reporter is evaluated again
 * on its own, the plain way (one loop over producers per statistic, group membership tested parent
 * by parent, a comparison sort, each cooperative member's producer object read in place, a list of
 * past values), and every column of the production row must agree bit for bit at every step of a
 * run with members, contract farmers, exits and enough producers for the radix path. Then each
 * metric is evaluated alone by the generic pass, planned for it only.
 */
class StepMetricsReferenceTest {
  private static final String MIXED =
      """
      years: 3
      producers: {count: 1500, leave_farming_years: 1}
      intermediaries: {count: 6}
      cooperatives: {count: 4}
      commodity: {local_market: {enabled: true}}
      firms:
        - {entry_rule: always, target_producers: 300}
      """;

  @Test
  void everyColumnEqualsItsReporterEvaluatedAloneThePlainWayBitForBit() {
    MingaModel m = ModelFixture.start(MIXED);
    PlainEvaluation plain = new PlainEvaluation();
    int[] seen = new int[4]; // steps, with contract farmers, with members, with exits
    MetricsRecorder.attach(m)
        .addObserver(
            (step, v, tracked) -> {
              double[] expected = plain.row(m);
              for (int i = 0; i < expected.length; i++) {
                assertEquals(
                    Double.doubleToLongBits(expected[i]),
                    Double.doubleToLongBits(v[i]),
                    Metrics.ALL.get(i).name()
                        + " at step "
                        + step
                        + ": "
                        + expected[i]
                        + " vs "
                        + v[i]);
              }
              seen[0]++;
              seen[1] += v[Metrics.index("contracted_producers")] > 0 ? 1 : 0;
              seen[2] += v[Metrics.index("membership_rate")] > 0 ? 1 : 0;
              seen[3] += v[Metrics.index("active_producers")] < m.producerCount() ? 1 : 0;
            });
    while (m.stepOnce()) {
      // checked by the observer
    }
    assertEquals(36, seen[0]);
    // The run exercises every group and the radix path (more than its threshold active).
    assertTrue(seen[1] > 0 && seen[2] > 0 && seen[3] > 0, Arrays.toString(seen));
    assertTrue(m.producerCount() > DoubleSort.RADIX_THRESHOLD);
  }

  @Test
  void aMetricEvaluatedAloneEqualsItsColumnInTheFullRow() {
    // Alone, in registry-only mode, a statistic gets a generic pass planned for it only (a median
    // alone is selected rather than sorted, a group tested without its siblings); the full row is
    // the production one (the fused pass): the value must not depend on either.
    MingaModel m = ModelFixture.start(MIXED, "years=2");
    List<StepMetrics> alone = new ArrayList<>();
    for (Metric metric : Metrics.ALL) {
      alone.add(new StepMetrics(m, List.of(metric), false));
    }
    int[] steps = {0};
    double[] one = new double[1];
    MetricsRecorder.attach(m)
        .addObserver(
            (step, v, tracked) -> {
              for (int i = 0; i < alone.size(); i++) {
                alone.get(i).compute(one);
                assertEquals(
                    Double.doubleToLongBits(v[i]),
                    Double.doubleToLongBits(one[0]),
                    Metrics.ALL.get(i).name() + " at step " + step);
              }
              steps[0]++;
            });
    while (m.stepOnce()) {
      // checked by the observer
    }
    assertEquals(24, steps[0]);
  }

  /**
   * Each reporter evaluated from its definition alone, with nothing shared between metrics. Call
   * {@link #row} once a step from step 0 on (statistics of months ago keep a history).
   */
  private static final class PlainEvaluation {
    private final Map<HouseholdStat, Map<Integer, Double>> history = new HashMap<>();

    double[] row(MingaModel m) {
      double[] v = new double[Metrics.ALL.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = value(Metrics.ALL.get(i).reporter(), m);
      }
      return v;
    }

    private double value(Reporter r, MingaModel m) {
      if (r instanceof Reporter.OfModel f) {
        return f.value().applyAsDouble(m);
      }
      if (r instanceof Reporter.WithHouseholds w) {
        return w.formula().apply(m, value(w.stat(), m));
      }
      if (r instanceof HouseholdStat.Count s) {
        return count(m, s.group());
      }
      if (r instanceof HouseholdStat.Share s) {
        int part = count(m, s.part());
        int whole = count(m, s.whole());
        return whole == 0 ? s.whenEmpty() : (double) part / whole;
      }
      if (r instanceof HouseholdStat.Mean s) {
        double[] x = values(m, s.value(), s.group());
        double sum = 0;
        for (double xi : x) {
          sum += xi;
        }
        return x.length == 0 ? s.whenEmpty() : sum / x.length;
      }
      if (r instanceof HouseholdStat.Quantile s) {
        return quantile(sorted(values(m, s.value(), s.group())), s.q());
      }
      if (r instanceof HouseholdStat.Gini s) {
        return gini(sorted(values(m, s.value(), s.group())));
      }
      if (r instanceof HouseholdStat.Ratio s) {
        return value(s.numerator(), m) / value(s.denominator(), m);
      }
      if (r instanceof HouseholdStat.MemberMean s) {
        double sum = 0;
        int n = 0;
        for (Cooperative c : m.cooperatives()) {
          if (c.isActive()) {
            for (int id : c.members()) {
              sum += s.value().of(m.producer(id));
              n++;
            }
          }
        }
        return n > 0 ? sum / n : Double.NaN;
      }
      if (r instanceof HouseholdStat.MonthsAgo s) {
        Map<Integer, Double> past = history.computeIfAbsent(s, k -> new HashMap<>());
        int step = m.currentStep();
        past.put(step, value(s.stat(), m));
        return past.get(step >= s.months() ? step - s.months() : 0);
      }
      throw new AssertionError("no plain evaluation for " + r);
    }

    private static int count(MingaModel m, HouseholdGroup g) {
      int n = 0;
      for (Producer p : m.producers()) {
        if (g.contains(p, m)) {
          n++;
        }
      }
      return n;
    }

    /** {@code v} of every household in {@code g}, in id order. */
    private static double[] values(MingaModel m, HouseholdValue v, HouseholdGroup g) {
      double[] x = new double[m.producerCount()];
      int n = 0;
      for (Producer p : m.producers()) {
        if (g.contains(p, m)) {
          x[n++] = v.of(p);
        }
      }
      return Arrays.copyOf(x, n);
    }

    private static double[] sorted(double[] x) {
      double[] s = x.clone();
      Arrays.sort(s);
      return s;
    }

    private static double quantile(double[] sorted, double q) {
      int n = sorted.length;
      if (n == 0) {
        return Double.NaN;
      }
      double pos = q * (n - 1);
      int lo = (int) Math.floor(pos);
      int hi = Math.min(n - 1, lo + 1);
      return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double gini(double[] sorted) {
      int n = sorted.length;
      double total = 0;
      double weighted = 0;
      for (int i = 0; i < n; i++) {
        double x = Math.max(0, sorted[i]);
        total += x;
        weighted += (2.0 * (i + 1) - n - 1) * x;
      }
      return n == 0 || total <= 0 ? Double.NaN : weighted / (n * total);
    }
  }
}
