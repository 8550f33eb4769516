package org.minga.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

/** The essential set (at most three lines on one axis) and the full set behind the toggle. */
class SeriesSetsTest {
  @Test
  void theEssentialSetDrawsAtMostThreeLinesOnOneAxisPerChart() {
    MingaCharts charts = new MingaCharts(ChartStyle.STANDARD, 1440);
    assertFalse(charts.allSeries());
    for (TimeChart c : charts.charts()) {
      for (XYPlot p : c.plots()) {
        assertEquals(1, p.getRangeAxisCount(), c.name() + ": one y-axis");
      }
      // The income chart's second plot holds one path per tracked household, on its own plot.
      XYPlot main = c.plots().get(0);
      assertTrue(lines(main).size() <= 3, c.name() + ": " + lines(main));
    }
    assertEquals(
        List.of("Membership rate", "Delivery share (12 mo)", "Cohesion index"),
        lines(charts.chart("cohesion").plots().get(0)));
    assertEquals(
        List.of("World price", "Intermediaries (12-mo mean)", "Cooperatives (12-mo mean)"),
        lines(charts.chart("prices").plots().get(0)));
    assertEquals(
        List.of("Active producers", "Contracted producers"),
        lines(charts.chart("structure").plots().get(0)));
    // One median line (the bands are its spread), the members' and independents' means.
    assertEquals(
        List.of("Median, p10-p90 band", "Mean, cooperative members", "Mean, independents"),
        lines(charts.chart("income").plots().get(0)));
    // The channels are one composition: the four stacked shares, no lines.
    assertEquals(
        List.of("Intermediaries", "Cooperatives", "Firm contracts", "Local market"),
        List.copyOf(charts.chart("channels").pointsPerSeries().keySet()));
  }

  @Test
  void theFullSetDrawsEveryLineWithItsAxes() {
    MingaCharts charts = new MingaCharts(ChartStyle.STANDARD, 1440, 0, true);
    assertTrue(charts.allSeries());
    assertEquals(
        List.of(
            "Membership rate",
            "Delivery share (12 mo)",
            "Cohesion index",
            "Retention (12 mo)",
            "Active cooperatives (right axis)"),
        lines(charts.chart("cohesion").plots().get(0)));
    assertEquals(2, charts.chart("cohesion").plots().get(0).getRangeAxisCount());
    assertEquals(5, lines(charts.chart("prices").plots().get(0)).size());
    assertEquals(
        List.of(
            "Active producers",
            "Contracted producers",
            "Intermediaries (right)",
            "Firms (right)",
            "Mean debt (far right)"),
        lines(charts.chart("structure").plots().get(0)));
    assertEquals(3, charts.chart("structure").plots().get(0).getRangeAxisCount());
    assertTrue(lines(charts.chart("income").plots().get(0)).contains("Mean, contract farmers"));
  }

  @Test
  void aLineKeepsItsColourInBothSets() {
    XYPlot essential = new MingaCharts(ChartStyle.STANDARD, 1440).chart("cohesion").plots().get(0);
    XYPlot full =
        new MingaCharts(ChartStyle.STANDARD, 1440, 0, true).chart("cohesion").plots().get(0);
    for (int s = 0; s < 3; s++) {
      assertEquals(
          essential.getRenderer(0).getSeriesPaint(s), full.getRenderer(0).getSeriesPaint(s));
    }
  }

  @Test
  void switchingSetsKeepsRowsEventsPendingAndCounterfactual() {
    MingaCharts essential = Rows.charted(30, false);
    essential.addEvents(List.of(new ChartEvent(10, "crash")));
    essential.addPendingEvents(List.of(new ChartEvent(33, "floor on")));
    essential.setCounterfactual(Rows.of(0, 48, 2), 10, "crash");
    for (MingaCharts copy :
        List.of(
            essential.withAllSeries(true),
            essential.withAllSeries(true).withAllSeries(false),
            essential.restyled(ChartStyle.PRESENTATION))) {
      assertEquals(30, copy.steps());
      assertEquals(essential.events(), copy.events());
      assertEquals(essential.eventKey(), copy.eventKey());
      assertTrue(copy.eventKey().contains("(pending)"), copy.eventKey());
      assertEquals("crash", copy.counterfactualLabel());
      Map<String, double[][]> before = essential.chart("prices").counterfactualPoints();
      Map<String, double[][]> after = copy.chart("prices").counterfactualPoints();
      for (String series : before.keySet()) {
        assertArrayEquals(before.get(series)[1], after.get(series)[1], series);
      }
      assertTrue(copy.chart("prices").chart().getXYPlot().getDomainAxis().getUpperBound() >= 33);
    }
    assertEquals(
        essential.chart("cohesion").pointsPerSeries(),
        essential.withAllSeries(true).withAllSeries(false).chart("cohesion").pointsPerSeries());
    assertFalse(essential.restyled(ChartStyle.PRESENTATION).allSeries());
    assertTrue(essential.withAllSeries(true).restyled(ChartStyle.PRESENTATION).allSeries());
  }

  /** The series drawn as visible lines on {@code plot}, in legend order. */
  static List<String> lines(XYPlot plot) {
    List<String> keys = new ArrayList<>();
    for (int d = 0; d < plot.getDatasetCount(); d++) {
      XYDataset ds = plot.getDataset(d);
      XYItemRenderer r = plot.getRenderer(d);
      if (ds == null || !(r instanceof XYLineAndShapeRenderer lr)) {
        continue;
      }
      for (int s = 0; s < ds.getSeriesCount(); s++) {
        if (lr.isSeriesVisible(s) && lr.getItemLineVisible(s, 0)) {
          keys.add(ds.getSeriesKey(s).toString());
        }
      }
    }
    return keys;
  }
}
