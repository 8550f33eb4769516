package org.minga.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.minga.metrics.Metrics;
import org.minga.scenario.Scenario;

/**
 * The five charts of a run (cohesion, income, prices, channels, structure), fed one step at a
 * time, with events marked on every time axis. The headless export and the live window both use
 * this class: the export feeds it from a run or from CSV files, the window from the model, on the
 * event dispatch thread. Not thread-safe: use it from one thread.
 */
public final class MingaCharts {
  private final ChartStyle style;
  private final double povertyLine;
  /** Calendar year of step 0 (0 when unknown: the axis counts years from the start). */
  private final int startYear;
  private final List<TimeChart> charts;
  private final List<StepRow> rows = new ArrayList<>();
  private final List<ChartEvent> events = new ArrayList<>();
  private final int activeFirms = Metrics.index("active_firms");
  private final Map<Integer, TextTitle> eventKeys = new java.util.HashMap<>();
  private boolean keyOnCharts = true;
  private String eventKey = "";

  /**
   * @param style fonts and line widths
   * @param povertyLine poverty line, USD/year (NaN: not drawn)
   */
  public MingaCharts(ChartStyle style, double povertyLine) {
    this(style, povertyLine, 0);
  }

  /**
   * @param style fonts and line widths
   * @param povertyLine poverty line, USD/year (NaN: not drawn)
   * @param startYear calendar year of step 0, for the time axes (0: years from the start)
   */
  public MingaCharts(ChartStyle style, double povertyLine, int startYear) {
    this.style = style;
    this.povertyLine = povertyLine;
    this.startYear = startYear;
    this.charts = List.of(cohesion(style), new IncomeChart(style, povertyLine), prices(style),
        new ChannelsChart(style), structure(style));
    for (TimeChart c : charts) {
      c.useYears(startYear);
    }
  }

  /** Charts for {@code scenario}: its poverty line, start year and scheduled events. */
  public static MingaCharts forScenario(ChartStyle style, Scenario scenario) {
    MingaCharts c = new MingaCharts(style, 12 * scenario.producers().povertyLinePerMonth(),
        scenario.startYear());
    c.addEvents(ScenarioEvents.of(scenario));
    return c;
  }

  /** The same data and events drawn in another style (e.g. presentation mode). */
  public MingaCharts restyled(ChartStyle newStyle) {
    MingaCharts c = new MingaCharts(newStyle, povertyLine, startYear);
    c.keyOnCharts = keyOnCharts;
    c.addEvents(events);
    c.appendAll(rows);
    return c;
  }

  /**
   * Whether each chart carries the event key as a subtitle (files: yes; the window shows the key
   * once, beside the charts, and turns this off).
   */
  public void setKeyOnCharts(boolean on) {
    keyOnCharts = on;
    redrawEvents();
  }

  /** The event key, e.g. "E1 (month 24): +2 intermediaries; ...", or "" before any event. */
  public String eventKey() {
    return eventKey;
  }

  public ChartStyle style() {
    return style;
  }

  /** Every step charted so far, in order (read only). */
  public List<StepRow> rows() {
    return Collections.unmodifiableList(rows);
  }

  /** The charts, in file order. */
  public List<TimeChart> charts() {
    return charts;
  }

  /** The chart named {@code name} (cohesion, income, prices, channels, structure). */
  public TimeChart chart(String name) {
    return charts.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no chart named " + name));
  }

  /** The names of the charts, in order. */
  public static List<String> names() {
    return List.of("cohesion", "income", "prices", "channels", "structure");
  }

  /** Steps appended so far. */
  public int steps() {
    return rows.size();
  }

  /** The events marked so far, by step. */
  public List<ChartEvent> events() {
    return Collections.unmodifiableList(events);
  }

  /** Appends one step. */
  public void append(StepRow row) {
    appendAll(List.of(row));
  }

  /**
   * Appends several steps with one redraw at the end rather than one per point: the live window
   * hands over every step that arrived since its last repaint.
   */
  public void appendAll(List<StepRow> batch) {
    if (batch.isEmpty()) {
      return;
    }
    charts.forEach(c -> c.chart().setNotify(false));
    try {
      for (StepRow row : batch) {
        detectFirmChanges(row);
        rows.add(row);
        for (TimeChart c : charts) {
          c.append(row);
        }
      }
      redrawEvents(); // events up to the new last step become visible
    } finally {
      charts.forEach(c -> c.chart().setNotify(true));
    }
  }

  /** Marks events on every chart (e.g. a crash injected from the window). */
  public void addEvents(List<ChartEvent> more) {
    events.addAll(more);
    events.sort(java.util.Comparator.comparingInt(ChartEvent::step));
    redrawEvents();
  }

  /** Firms enter when they find it profitable: read entries and exits off active_firms. */
  private void detectFirmChanges(StepRow row) {
    if (rows.isEmpty()) {
      return;
    }
    double before = rows.get(rows.size() - 1).value(activeFirms);
    double now = row.value(activeFirms);
    ChartEvent e = now > before ? new ChartEvent(row.step(), "firm enters")
        : now < before ? new ChartEvent(row.step(), "firm exits") : null;
    // Restyled copies replay rows over events that already hold this one.
    if (e != null && !events.contains(e)) {
      addEvents(List.of(e));
    }
  }

  /**
   * One numbered marker per step with events on every time axis, and a key under each chart
   * ("E1 (month 24): +2 intermediaries; E2 ..."): numbers keep the plots readable when several
   * events share a month. Only events up to the last step charted are shown: a run cut short
   * (or a live run) does not announce what is still to come.
   */
  private void redrawEvents() {
    int lastStep = rows.isEmpty() ? -1 : rows.get(rows.size() - 1).step();
    Map<Integer, List<String>> byStep = new TreeMap<>();
    for (ChartEvent e : events) {
      if (e.step() > lastStep) {
        continue;
      }
      byStep.computeIfAbsent(e.step(), k -> new ArrayList<>()).add(e.label());
    }
    StringBuilder key = new StringBuilder();
    for (TimeChart c : charts) {
      for (XYPlot p : c.plots()) {
        p.clearDomainMarkers();
      }
    }
    int n = 0;
    // Labels of events close in time go one line lower each, so they never print over each
    // other ("E7E8E9"): a label takes about 1/30 of the axis width.
    double minGap = Math.max(1, (lastStep + 1) / 30.0);
    List<Integer> rowEnds = new ArrayList<>(); // step of the last label in each row
    for (Map.Entry<Integer, List<String>> e : byStep.entrySet()) {
      n++;
      String tag = "E" + n;
      int row = labelRow(rowEnds, e.getKey(), minGap);
      key.append(key.length() == 0 ? "Events: " : ";  ").append(tag).append(" (month ")
          .append(e.getKey()).append("): ").append(String.join(", ", e.getValue()));
      for (TimeChart c : charts) {
        List<XYPlot> plots = c.plots();
        for (int i = 0; i < plots.size(); i++) {
          plots.get(i).addDomainMarker(marker(e.getKey(), i == 0 ? tag : null, row),
              Layer.FOREGROUND);
        }
      }
    }
    eventKey = key.toString();
    for (int i = 0; i < charts.size(); i++) {
      TimeChart c = charts.get(i);
      TextTitle old = eventKeys.remove(i);
      if (old != null) {
        c.chart().removeSubtitle(old);
      }
      if (keyOnCharts && key.length() > 0) {
        TextTitle t = c.note(key.toString());
        c.chart().addSubtitle(t);
        eventKeys.put(i, t);
      }
    }
  }

  /** The first row whose last label is at least {@code minGap} steps before {@code step}. */
  static int labelRow(List<Integer> rowEnds, int step, double minGap) {
    for (int r = 0; r < rowEnds.size(); r++) {
      if (step - rowEnds.get(r) >= minGap) {
        rowEnds.set(r, step);
        return r;
      }
    }
    rowEnds.add(step);
    return rowEnds.size() - 1;
  }

  private ValueMarker marker(int step, String tag, int row) {
    ValueMarker m = new ValueMarker(step, Palette.GREY, new BasicStroke(
        Math.max(1f, style.lineWidth() / 2), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
        new float[] {4f, 4f}, 0f));
    if (tag != null) {
      m.setLabel(tag);
      m.setLabelFont(style.note());
      m.setLabelPaint(Palette.BLACK);
      m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      m.setLabelOffset(new RectangleInsets(
          3 + row * 1.2 * style.note().getSize2D(), 3, 3, 3));
    }
    return m;
  }

  // ---- the line charts -------------------------------------------------------------------------

  private static LineChart cohesion(ChartStyle style) {
    return new LineChart(style, "cohesion", "Cooperative cohesion", List.of(
        new LineChart.AxisGroup("Share or index (0-1)",
            List.of("membership_rate", "delivery_share", "retention", "cohesion"),
            List.of("Membership rate", "Delivery share (12 mo)", "Retention (12 mo)",
                "Cohesion index")),
        new LineChart.AxisGroup("Cooperatives (count)",
            List.of("active_cooperatives"), List.of("Active cooperatives (right axis)"))));
  }

  private static LineChart prices(ChartStyle style) {
    return new LineChart(style, "prices", "Prices", List.of(
        new LineChart.AxisGroup("Price (USD/unit)",
            List.of("world_price", "price_intermediary", "price_cooperative", "price_contract",
                "price_local_market"),
            List.of("World price", "Intermediaries (12-mo mean)", "Cooperatives (12-mo mean)",
                "Firm contracts (12-mo mean)", "Local market (12-mo mean)"))));
  }

  private static LineChart structure(ChartStyle style) {
    return new LineChart(style, "structure", "Market structure", List.of(
        new LineChart.AxisGroup("Producers (count)",
            List.of("active_producers", "contracted_producers"),
            List.of("Active producers", "Contracted producers")),
        new LineChart.AxisGroup("Traders, firms (count)",
            List.of("active_intermediaries", "active_firms"),
            List.of("Intermediaries (right)", "Firms (right)")),
        new LineChart.AxisGroup("Mean debt (USD)",
            List.of("mean_debt"), List.of("Mean debt (far right)"))));
  }
}
