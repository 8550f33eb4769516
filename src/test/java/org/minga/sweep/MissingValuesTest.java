package org.minga.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.metrics.Metrics;

/**
 * The tables of a sweep whose runs lack values: first crossings that did not happen (censored) and
 * metrics undefined in some runs. The sweep's runs are replaced by made-up summaries of the
 * design's own points, so every expected number follows from the construction.
 */
class MissingValuesTest {
  @TempDir Path dir;

  private static final MetricSummary COLLAPSE =
      new MetricSummary(
          "collapse",
          "membership_rate",
          Metrics.index("membership_rate"),
          MetricSummary.Stat.FIRST_CROSSING,
          0,
          Integer.MAX_VALUE,
          0.25,
          false,
          false);
  private static final MetricSummary COHESION =
      MetricSummary.of(
          "cohesion_mean", "cohesion", MetricSummary.Stat.MEAN, 120, Integer.MAX_VALUE);

  private static SweepSpec spec(
      SweepSpec.Design design,
      int replicates,
      List<SweepParameter> parameters,
      List<MetricSummary> metrics) {
    return new SweepSpec(
        Path.of("x.yaml"),
        "x",
        Path.of("s.yaml"),
        5,
        240,
        List.of(),
        parameters,
        design,
        replicates,
        metrics);
  }

  private static SweepParameter uniform(String key) {
    return new SweepParameter(key, List.of(), new SweepParameter.Shape("uniform", 0, 1, 0), false);
  }

  /** Writes the tables of {@code plan} for the summaries {@code run -> values}. */
  private void write(SweepPlan plan, BiFunction<Long, double[], double[]> summaries)
      throws IOException {
    List<String> rows = new ArrayList<>();
    for (long run = 0; run < plan.runs(); run++) {
      rows.add(RunRows.row(plan, run, summaries.apply(run, plan.unitPoint(plan.pointOf(run)))));
    }
    SweepOutputs.write(plan, rows, dir);
  }

  /**
   * sensitivity.csv of a design over inputs x1 and x2 summarised into the crossing COLLAPSE and a
   * final value m, for the summaries {@code run -> {collapse, m}}.
   */
  private List<Map<String, String>> sensitivity(
      SweepSpec.Design design, int replicates, BiFunction<Long, double[], double[]> summaries)
      throws IOException {
    write(
        new SweepPlan(
            spec(
                design,
                replicates,
                List.of(uniform("x1"), uniform("x2")),
                List.of(COLLAPSE, MetricSummary.of("m", "gini", MetricSummary.Stat.FINAL, 0, 0)))),
        summaries);
    return table("sensitivity.csv");
  }

  /** The rows of a CSV file as maps from column to cell. */
  private List<Map<String, String>> table(String file) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve(file));
    String[] header = lines.get(0).split(",", -1);
    List<Map<String, String>> out = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      assertEquals(header.length, cells.length, line);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], cells[i]);
      }
      out.add(row);
    }
    return out;
  }

  private static Map<String, String> row(List<Map<String, String>> rows, String... pairs) {
    return rows.stream()
        .filter(
            r -> {
              for (int i = 0; i < pairs.length; i += 2) {
                if (!r.get(pairs[i]).equals(pairs[i + 1])) {
                  return false;
                }
              }
              return true;
            })
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + List.of(pairs)));
  }

  private static double number(Map<String, String> row, String column) {
    return Double.parseDouble(row.get(column));
  }

  @Test
  void aFirstCrossingReportsTheShareThatCrossedAndStepsOnlyGivenCrossing() throws IOException {
    // Point 0: 2 of 5 runs cross, at steps 3 and 150: a t interval of [-857, 1010] steps.
    // Point 1: all 5 cross, at 30..70. Cohesion near 1 at point 0: its t interval passes 1.
    SweepPlan plan =
        new SweepPlan(
            spec(
                new SweepSpec.Design(DesignType.GRID, 0, 0, 0),
                5,
                List.of(new SweepParameter("a.x", List.of("low", "high"), null, false)),
                List.of(COHESION, COLLAPSE)));
    double[][] collapse = {{Double.NaN, 3, Double.NaN, Double.NaN, 150}, {30, 40, 50, 60, 70}};
    double[] cohesion = {1, 1, 0.9, 1, 0.6};
    write(
        plan,
        (run, u) ->
            new double[] {cohesion[(int) (run % 5)], collapse[(int) (run / 5)][(int) (run % 5)]});
    List<Map<String, String>> summary = table("summary.csv");
    assertEquals(2 * 3, summary.size(), "cohesion, collapse and collapse_crossed per point");

    Map<String, String> steps = row(summary, "point", "0", "metric", "collapse");
    assertEquals("5", steps.get("replicates"));
    assertEquals("2", steps.get("n"), "the step statistics rest on the 2 runs that crossed");
    assertEquals("crossed", steps.get("given"));
    assertEquals(76.5, number(steps, "mean"), 1e-9);
    assertEquals(0.0, number(steps, "ci_low"), "no negative step: the window opens at 0");
    assertEquals(239.0, number(steps, "ci_high"), "nor one past the last step");
    assertEquals("t_clipped", steps.get("interval"));

    Map<String, String> share = row(summary, "point", "0", "metric", "collapse_crossed");
    assertEquals("5", share.get("n"), "every run is an outcome: crossed or not");
    assertEquals(0.4, number(share, "mean"), 1e-12);
    assertTrue(number(share, "ci_low") > 0.05 && number(share, "ci_high") < 0.85, share.toString());
    assertEquals("wilson", share.get("interval"));
    assertEquals("", share.get("given"));

    Map<String, String> all = row(summary, "point", "1", "metric", "collapse_crossed");
    assertEquals(1.0, number(all, "mean"));
    assertEquals(1.0, number(all, "ci_high"));
    assertTrue(number(all, "ci_low") < 0.6, "5 of 5 does not prove certainty: " + all);
    Map<String, String> inside = row(summary, "point", "1", "metric", "collapse");
    assertEquals("t", inside.get("interval"), "an interval inside the window is not cut");
    assertTrue(number(inside, "ci_low") > 30 && number(inside, "ci_high") < 70, inside.toString());

    Map<String, String> share01 = row(summary, "point", "0", "metric", "cohesion_mean");
    assertEquals(1.0, number(share01, "ci_high"), "an index 0-1 stays at most 1");
    assertTrue(number(share01, "ci_low") < 0.9, share01.toString());
  }

  @Test
  void sensitivityRefusesACensoredCrossingAndUsesCompleteCasesOtherwise() throws IOException {
    // Two inputs, 1024 base samples, 2 replicates. The crossing happens only where x1 >= 0.5 (so
    // the crossing share depends on x1 alone), its step on x2. m = x1 + 2 x2 (first-order
    // indices 0.2 and 0.8) is missing in every 53rd run, independently of the inputs.
    int n = 1024;
    int[] censored = {0};
    int[] missing = {0};
    List<Map<String, String>> rows =
        sensitivity(
            new SweepSpec.Design(DesignType.SOBOL, n, 0, 0),
            2,
            (run, u) -> {
              double crossing = u[0] < 0.5 ? Double.NaN : 100 + 50 * u[1];
              double m = run % 53 == 0 ? Double.NaN : u[0] + 2 * u[1];
              censored[0] += Double.isNaN(crossing) ? 1 : 0;
              missing[0] += Double.isNaN(m) ? 1 : 0;
              return new double[] {crossing, m};
            });

    Map<String, String> refused =
        row(rows, "metric", "collapse", "parameter", "x1", "statistic", "first_order");
    assertEquals("NA", refused.get("value"), "no index from the runs that happened to cross");
    assertEquals(Integer.toString(censored[0]), refused.get("missing_runs"));
    assertTrue(censored[0] > 100, "about half the runs never cross: " + censored[0]);
    assertTrue(
        refused.get("note").startsWith("refused: runs that never crossed"), refused.get("note"));

    Map<String, String> share =
        row(rows, "metric", "collapse_crossed", "parameter", "x1", "statistic", "first_order");
    assertEquals("0", share.get("missing_runs"));
    assertEquals(Integer.toString(n), share.get("n"));
    assertEquals(1.0, number(share, "value"), 0.15, "crossing is decided by x1 alone");
    assertEquals(
        0.0,
        number(
            row(rows, "metric", "collapse_crossed", "parameter", "x2", "statistic", "total_order"),
            "value"),
        0.05);

    Map<String, String> partial =
        row(rows, "metric", "m", "parameter", "x2", "statistic", "first_order");
    assertEquals(Integer.toString(missing[0]), partial.get("missing_runs"));
    assertEquals("complete cases", partial.get("note"));
    int used = Integer.parseInt(partial.get("n"));
    assertTrue(
        used < n && used > n / 2, "base samples with an undefined point are left out: " + used);
    assertEquals(0.8, number(partial, "value"), 0.1, "missing at random: still unbiased");
  }

  @Test
  void morrisAppliesTheSameRule() throws IOException {
    // 40 trajectories of 2 inputs: 40 effects per input. m = 3 x1 is missing in every seventh
    // run; the crossing happens only where x1 >= 0.5.
    int r = 40;
    List<Map<String, String>> rows =
        sensitivity(
            new SweepSpec.Design(DesignType.MORRIS, r, 4, 0),
            1,
            (run, u) ->
                new double[] {u[0] < 0.5 ? Double.NaN : 100, run % 7 == 0 ? Double.NaN : 3 * u[0]});
    Map<String, String> refused =
        row(rows, "metric", "collapse", "parameter", "x1", "statistic", "mu_star");
    assertEquals("NA", refused.get("value"));
    assertTrue(refused.get("note").startsWith("refused"), refused.toString());
    Map<String, String> share =
        row(rows, "metric", "collapse_crossed", "parameter", "x2", "statistic", "mu_star");
    assertEquals(Integer.toString(r), share.get("n"), "every effect is defined");
    assertEquals(0.0, number(share, "value"), 1e-12, "x2 never decides the crossing");
    Map<String, String> partial = row(rows, "metric", "m", "parameter", "x1", "statistic", "mu");
    assertEquals("complete cases", partial.get("note"));
    assertTrue(Integer.parseInt(partial.get("n")) < r, partial.toString());
    assertEquals(3.0, number(partial, "value"), 1e-9, "the effects left are exact");
  }
}
