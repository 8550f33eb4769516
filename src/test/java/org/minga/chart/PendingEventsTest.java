package org.minga.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;

/** Events made while paused are drawn at once, ahead of the data, marked pending. */
class PendingEventsTest {
  @Test
  void aPendingEventBeyondTheLastStepIsDrawnAndTheAxisReachesIt() {
    MingaCharts charts = Rows.charted(30, false);
    charts.addEvents(List.of(new ChartEvent(40, "scheduled")));
    charts.addPendingEvents(List.of(new ChartEvent(36, "price crash (injected)")));
    assertEquals("Events: E1 (month 36): price crash (injected) (pending)", charts.eventKey());
    for (TimeChart c : charts.charts()) {
      for (XYPlot p : c.plots()) {
        assertEquals(List.of(36.0), steps(p), c.name() + ": the pending event only");
        ValueAxis time = p.getDomainAxis();
        assertTrue(time.getUpperBound() >= 36, c.name() + " axis " + time.getRange());
        assertEquals(0, time.getLowerBound(), 1e-9, c.name());
      }
      assertEquals("E1 pending", label(c.plots().get(0)), c.name());
    }

    charts.appendAll(Rows.of(30, 37, 1)); // the run reaches it: an ordinary event now
    assertEquals("Events: E1 (month 36): price crash (injected)", charts.eventKey());
    for (TimeChart c : charts.charts()) {
      assertEquals("E1", label(c.plots().get(0)), c.name());
      assertTrue(c.chart().getXYPlot().getDomainAxis().isAutoRange(), c.name());
    }
    charts.appendAll(Rows.of(37, 41, 1));
    assertTrue(charts.eventKey().contains("E2 (month 40): scheduled"), charts.eventKey());
  }

  @Test
  void ordinaryEventsAheadOfTheDataStayHiddenAndTheAxisIsLeftAlone() {
    MingaCharts charts = Rows.charted(30, false);
    charts.addEvents(List.of(new ChartEvent(36, "price crash")));
    assertEquals("", charts.eventKey());
    for (TimeChart c : charts.charts()) {
      assertTrue(steps(c.plots().get(0)).isEmpty(), c.name());
      assertTrue(c.chart().getXYPlot().getDomainAxis().isAutoRange(), c.name());
    }
  }

  @Test
  void pendingEventsAreAmongTheEvents() {
    MingaCharts charts = new MingaCharts(ChartStyle.STANDARD, 1440);
    charts.addPendingEvents(List.of(new ChartEvent(1, "floor on (switched)")));
    assertEquals(List.of(new ChartEvent(1, "floor on (switched)")), charts.events());
    assertFalse(charts.eventKey().isEmpty());
  }

  private static List<Double> steps(XYPlot p) {
    Collection<?> markers = p.getDomainMarkers(Layer.FOREGROUND);
    return markers == null
        ? List.of()
        : markers.stream().map(m -> ((ValueMarker) m).getValue()).toList();
  }

  private static String label(XYPlot p) {
    Collection<?> markers = p.getDomainMarkers(Layer.FOREGROUND);
    return ((Marker) markers.iterator().next()).getLabel();
  }
}
