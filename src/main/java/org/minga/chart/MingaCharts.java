package org.minga.chart;

import static org.minga.chart.LineChart.extra;
import static org.minga.chart.LineChart.line;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.minga.metrics.Metrics;
import org.minga.scenario.Scenario;

/**
 * The five charts of a run (cohesion, income, prices, channels, structure), fed one step at a
 * time, with events marked on every time axis. The headless export and the live window both use
 * this class: the export feeds it from a run or from CSV files, the window from the model, on the
 * event dispatch thread. Not thread-safe: use it from one thread.
 *
 * <p>By default each chart draws its essential set, at most three lines on one axis, which a
 * room can read from the back; {@code allSeries} draws every line, with right-hand axes. The
 * window can also show a counterfactual run (faded lines) and events announced ahead (pending).
 */
public final class MingaCharts {
  private final ChartStyle style;
  private final double povertyLine;
  /** Calendar year of step 0 (0 when unknown: the axis counts years from the start). */
  private final int startYear;
  private final boolean allSeries;
  private final List<TimeChart> charts;
  private final List<StepRow> rows = new ArrayList<>();
  private final EventMarkers markers;
  private final int activeFirms = Metrics.index("active_firms");
  private Counterfactual counterfactual; // null when none
  private boolean counterfactualVisible = true;

  /**
   * The essential set of lines.
   *
   * @param style fonts and line widths
   * @param povertyLine poverty line, USD/year (NaN: not drawn)
   */
  public MingaCharts(ChartStyle style, double povertyLine) {
    this(style, povertyLine, 0);
  }

  /**
   * The essential set of lines.
   *
   * @param style fonts and line widths
   * @param povertyLine poverty line, USD/year (NaN: not drawn)
   * @param startYear calendar year of step 0, for the time axes (0: years from the start)
   */
  public MingaCharts(ChartStyle style, double povertyLine, int startYear) {
    this(style, povertyLine, startYear, false);
  }

  /**
   * @param style fonts and line widths
   * @param povertyLine poverty line, USD/year (NaN: not drawn)
   * @param startYear calendar year of step 0, for the time axes (0: years from the start)
   * @param allSeries every line with its own axes (true), or the essential set (false)
   */
  public MingaCharts(ChartStyle style, double povertyLine, int startYear, boolean allSeries) {
    this.style = style;
    this.povertyLine = povertyLine;
    this.startYear = startYear;
    this.allSeries = allSeries;
    this.markers = new EventMarkers(style);
    this.charts = List.of(cohesion(style, allSeries),
        new IncomeChart(style, povertyLine, allSeries), prices(style, allSeries),
        new ChannelsChart(style), structure(style, allSeries));
    for (TimeChart c : charts) {
      c.useYears(startYear);
    }
  }

  /** Charts (the essential set) for {@code scenario}: its poverty line, start year and events. */
  public static MingaCharts forScenario(ChartStyle style, Scenario scenario) {
    return forScenario(style, scenario, false);
  }

  /** Charts for {@code scenario}; {@code allSeries}: every line rather than the essential set. */
  public static MingaCharts forScenario(ChartStyle style, Scenario scenario, boolean allSeries) {
    MingaCharts c = new MingaCharts(style, 12 * scenario.producers().povertyLinePerMonth(),
        scenario.startYear(), allSeries);
    c.addEvents(ScenarioEvents.of(scenario));
    return c;
  }

  /**
   * The same data, events, pending events and counterfactual drawn in another style (e.g.
   * presentation mode).
   */
  public MingaCharts restyled(ChartStyle newStyle) {
    return copy(newStyle, allSeries);
  }

  /** The same data, events and counterfactual with every line ({@code all}) or the short set. */
  public MingaCharts withAllSeries(boolean all) {
    return copy(style, all);
  }

  /** Whether every line is drawn (rather than the essential set). */
  public boolean allSeries() {
    return allSeries;
  }

  private MingaCharts copy(ChartStyle newStyle, boolean all) {
    MingaCharts c = new MingaCharts(newStyle, povertyLine, startYear, all);
    c.markers.setKeyOnCharts(markers.keyOnCharts());
    c.addEvents(markers.ordinary());
    c.addPendingEvents(markers.pending());
    c.appendAll(rows);
    if (counterfactual != null) {
      c.setCounterfactual(counterfactual.rows(), counterfactual.fromStep(),
          counterfactual.label(), counterfactual.legend());
    }
    c.setCounterfactualVisible(counterfactualVisible);
    return c;
  }

  /**
   * Whether each chart carries the event key as a subtitle (files: yes; the window shows the key
   * once, beside the charts, and turns this off).
   */
  public void setKeyOnCharts(boolean on) {
    markers.setKeyOnCharts(on);
    redrawEvents();
  }

  /**
   * The event key, e.g. "E1 (month 24): +2 intermediaries; ...", or "" before any event; an
   * event announced ahead of the data ends in "(pending)".
   */
  public String eventKey() {
    return markers.key();
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

  /** The events marked so far (pending ones included), by step. */
  public List<ChartEvent> events() {
    return markers.events();
  }

  /** Appends one step. */
  public void append(StepRow row) {
    appendAll(List.of(row));
  }

  /**
   * Appends several steps with one redraw at the end rather than one per point: the live window
   * hands over every step that arrived since its last repaint. The counterfactual's faded lines
   * grow with them.
   */
  public void appendAll(List<StepRow> batch) {
    if (batch.isEmpty()) {
      return;
    }
    quietly(() -> {
      for (StepRow row : batch) {
        detectFirmChanges(row);
        rows.add(row);
        for (TimeChart c : charts) {
          c.append(row);
        }
        drawCounterfactual(row.step());
      }
      redrawEvents(); // events up to the new last step become visible
    });
  }

  /**
   * Marks events on every chart once their step is charted (scheduled events, or events of the
   * step just run): a run does not announce what is still to come.
   */
  public void addEvents(List<ChartEvent> more) {
    markers.add(more, false);
    redrawEvents();
  }

  /**
   * Marks events made while paused, which take effect at a step not charted yet (the next step,
   * the next harvest): drawn at once as pending, the time axes stretched to show them; once
   * their step is charted they look like any other event.
   */
  public void addPendingEvents(List<ChartEvent> more) {
    markers.add(more, true);
    redrawEvents();
  }

  // ---- counterfactual --------------------------------------------------------------------------

  /**
   * Draws, on every chart, a faded copy of each line shown, taken from {@code alternative} (a
   * whole run from step 0 without the change, possibly longer than what is charted), from step
   * {@code fromStep - 1} (the last point both runs share) up to the last step charted, and
   * further as steps are appended. Replaces any earlier counterfactual.
   *
   * @param label what the alternative lacks, for the legend ("faded: without LABEL")
   */
  public void setCounterfactual(List<StepRow> alternative, int fromStep, String label) {
    setCounterfactual(alternative, fromStep, label, "faded: without " + label);
  }

  /**
   * As {@link #setCounterfactual(List, int, String)}, with the legend entry written out (e.g.
   * "faded: the model's rules in place of the players").
   */
  public void setCounterfactual(List<StepRow> alternative, int fromStep, String label,
      String legend) {
    counterfactual = new Counterfactual(alternative, fromStep, label, legend);
    quietly(() -> {
      charts.forEach(TimeChart::clearCounterfactual);
      rows.forEach(r -> drawCounterfactual(r.step()));
      showCounterfactual();
    });
  }

  /** Removes the faded lines. */
  public void clearCounterfactual() {
    counterfactual = null;
    quietly(() -> {
      charts.forEach(TimeChart::clearCounterfactual);
      showCounterfactual();
    });
  }

  /** Shows or hides the faded lines (kept, and kept growing, while hidden). */
  public void setCounterfactualVisible(boolean on) {
    counterfactualVisible = on;
    showCounterfactual();
  }

  public boolean hasCounterfactual() {
    return counterfactual != null;
  }

  /** What the counterfactual run is without, or "" when there is none. */
  public String counterfactualLabel() {
    return counterfactual == null ? "" : counterfactual.label();
  }

  private void drawCounterfactual(int step) {
    StepRow other = counterfactual == null ? null : counterfactual.at(step);
    if (other != null) {
      charts.forEach(c -> c.appendCounterfactual(other));
    }
  }

  private void showCounterfactual() {
    String legend = counterfactual == null ? "" : counterfactual.legend();
    charts.forEach(c -> c.showCounterfactual(legend,
        counterfactual != null && counterfactualVisible));
  }

  // ---- events ----------------------------------------------------------------------------------

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
    if (e != null && !markers.contains(e)) {
      addEvents(List.of(e));
    }
  }

  private void redrawEvents() {
    int first = rows.isEmpty() ? 0 : rows.get(0).step();
    int last = rows.isEmpty() ? -1 : rows.get(rows.size() - 1).step();
    markers.redraw(charts, first, last);
  }

  /** Runs {@code change} with chart notifications off: one redraw after, not one per point. */
  private void quietly(Runnable change) {
    charts.forEach(c -> c.chart().setNotify(false));
    try {
      change.run();
    } finally {
      charts.forEach(c -> c.chart().setNotify(true));
    }
  }

  // ---- the line charts: the essential lines first, so they keep their colours in both sets ---

  private static LineChart cohesion(ChartStyle style, boolean all) {
    return new LineChart(style, "cohesion", "Cooperative cohesion", List.of(
        new LineChart.AxisGroup("Share or index (0-1)", List.of(
            line("membership_rate", "Membership rate"),
            line("delivery_share", "Delivery share (12 mo)"),
            line("cohesion", "Cohesion index"),
            extra("retention", "Retention (12 mo)"))),
        new LineChart.AxisGroup("Cooperatives (count)", List.of(
            extra("active_cooperatives", "Active cooperatives (right axis)")))), all);
  }

  private static LineChart prices(ChartStyle style, boolean all) {
    return new LineChart(style, "prices", "Prices", List.of(
        new LineChart.AxisGroup("Price (USD/unit)", List.of(
            line("world_price", "World price"),
            line("price_intermediary", "Intermediaries (12-mo mean)"),
            line("price_cooperative", "Cooperatives (12-mo mean)"),
            extra("price_contract", "Firm contracts (12-mo mean)"),
            extra("price_local_market", "Local market (12-mo mean)")))), all);
  }

  private static LineChart structure(ChartStyle style, boolean all) {
    return new LineChart(style, "structure", "Market structure", List.of(
        new LineChart.AxisGroup("Producers (count)", List.of(
            line("active_producers", "Active producers"),
            line("contracted_producers", "Contracted producers"))),
        new LineChart.AxisGroup("Traders, firms (count)", List.of(
            extra("active_intermediaries", "Intermediaries (right)"),
            extra("active_firms", "Firms (right)"))),
        new LineChart.AxisGroup("Mean debt (USD)", List.of(
            extra("mean_debt", "Mean debt (far right)")))), all);
  }
}
