package org.minga.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.junit.jupiter.api.Test;

/**
 * The run without a facilitator's change, drawn faded from the last shared step to the last step
 * charted, growing with the charts and never ahead of them.
 */
class CounterfactualTest {
  /** The alternative run: every metric different from the charted one, 48 steps long. */
  private static final List<StepRow> OTHER = Rows.of(0, 48, 3);

  @Test
  void fadedLinesCopyTheOtherRunFromTheBranchToTheLastChartedStep() {
    MingaCharts charts = Rows.charted(30, false);
    assertFalse(charts.hasCounterfactual());
    assertEquals("", charts.counterfactualLabel());
    charts.setCounterfactual(OTHER, 20, "price crash");
    assertTrue(charts.hasCounterfactual());
    assertEquals("price crash", charts.counterfactualLabel());
    checkFaded(charts, "prices", "World price (faded)", 19, 29, r -> Rows.value(r, "world_price"));
    checkFaded(
        charts, "cohesion", "Cohesion index (faded)", 19, 29, r -> Rows.value(r, "cohesion"));
    checkFaded(
        charts,
        "income",
        "Median, p10-p90 band (faded)",
        19,
        29,
        r -> Rows.value(r, "income_median"));
    // Channels: where the other run's band edges are (0.3, 0.3 + 0.6, 0.3 + 0.6 + 0.9).
    checkFaded(charts, "channels", "Intermediaries edge (faded)", 19, 29, r -> 0.3);
    checkFaded(charts, "channels", "Cooperatives edge (faded)", 19, 29, r -> 0.3 + 0.6);
    checkFaded(charts, "channels", "Firm contracts edge (faded)", 19, 29, r -> 0.3 + 0.6 + 0.9);
    // One faded line per line shown: three on the essential prices chart.
    assertEquals(3, charts.chart("prices").counterfactualPoints().size());
    // The charted series themselves are untouched.
    charts.charts().forEach(c -> c.pointsPerSeries().forEach((s, n) -> assertEquals(30, n, s)));

    charts.appendAll(Rows.of(30, 40, 1));
    checkFaded(charts, "prices", "World price (faded)", 19, 39, r -> Rows.value(r, "world_price"));
  }

  @Test
  void fadedLinesStopAtTheEndOfTheShorterRun() {
    MingaCharts charts = Rows.charted(10, true);
    charts.setCounterfactual(OTHER.subList(0, 15), 0, "floor");
    checkFaded(
        charts,
        "structure",
        "Mean debt (far right) (faded)",
        0,
        9,
        r -> Rows.value(r, "mean_debt"));
    assertEquals(5, charts.chart("structure").counterfactualPoints().size());
    charts.appendAll(Rows.of(10, 20, 1));
    checkFaded(
        charts,
        "structure",
        "Mean debt (far right) (faded)",
        0,
        14,
        r -> Rows.value(r, "mean_debt"));
  }

  @Test
  void oneLegendEntryPerChartAndClearAndHideWork() {
    MingaCharts charts = Rows.charted(30, true);
    charts.setCounterfactual(OTHER, 20, "price crash");
    for (TimeChart c : charts.charts()) {
      assertTrue(c.counterfactualShown(), c.name());
      assertEquals(1, fadedLegend(c).size(), c.name());
      assertEquals("faded: without price crash", fadedLegend(c).get(0));
    }
    charts.setCounterfactualVisible(false);
    for (TimeChart c : charts.charts()) {
      assertFalse(c.counterfactualShown(), c.name());
      assertEquals(0, fadedLegend(c).size(), c.name());
      // Kept while hidden, and kept growing.
      assertFalse(c.counterfactualPoints().isEmpty(), c.name());
    }
    charts.appendAll(Rows.of(30, 31, 1));
    charts.setCounterfactualVisible(true);
    checkFaded(charts, "prices", "World price (faded)", 19, 30, r -> Rows.value(r, "world_price"));
    assertTrue(charts.chart("prices").counterfactualShown());

    charts.clearCounterfactual();
    assertFalse(charts.hasCounterfactual());
    for (TimeChart c : charts.charts()) {
      assertFalse(c.counterfactualShown(), c.name());
      assertEquals(0, fadedLegend(c).size(), c.name());
      c.counterfactualPoints().forEach((s, xy) -> assertEquals(0, xy[0].length, s));
    }
    charts.appendAll(Rows.of(31, 35, 1)); // nothing to extend
    charts
        .chart("prices")
        .counterfactualPoints()
        .forEach((s, xy) -> assertEquals(0, xy[0].length, s));
  }

  @Test
  void aNewCounterfactualReplacesTheOld() {
    MingaCharts charts = Rows.charted(30, false);
    charts.setCounterfactual(OTHER, 20, "crash");
    List<StepRow> third = Rows.of(0, 48, 5);
    charts.setCounterfactual(third, 25, "floor");
    assertEquals("floor", charts.counterfactualLabel());
    checkFaded(
        charts,
        "prices",
        "World price (faded)",
        24,
        29,
        r -> Rows.value(third.get(r.step()), "world_price"));
  }

  /** The faded series holds steps first..last with {@code expected} of the other run's rows. */
  private static void checkFaded(
      MingaCharts charts,
      String chart,
      String series,
      int first,
      int last,
      java.util.function.ToDoubleFunction<StepRow> expected) {
    double[][] xy = charts.chart(chart).counterfactualPoints().get(series);
    assertTrue(xy != null, chart + " has " + charts.chart(chart).counterfactualPoints().keySet());
    double[] steps = IntStream.rangeClosed(first, last).asDoubleStream().toArray();
    assertArrayEquals(steps, xy[0], chart + " " + series + " steps");
    double[] values =
        IntStream.rangeClosed(first, last)
            .mapToDouble(s -> expected.applyAsDouble(OTHER.get(s)))
            .toArray();
    assertArrayEquals(values, xy[1], 1e-12, chart + " " + series + " values");
  }

  private static List<String> fadedLegend(TimeChart c) {
    LegendItemCollection items = c.chart().getPlot().getLegendItems();
    List<String> faded = new ArrayList<>();
    for (int i = 0; i < items.getItemCount(); i++) {
      LegendItem item = items.get(i);
      if (item.getLabel().startsWith("faded")) {
        faded.add(item.getLabel());
      }
    }
    return faded;
  }
}
