package org.minga.gui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.Timer;
import org.jfree.chart.ChartPanel;
import org.minga.chart.ChartEvent;
import org.minga.chart.ChartExport;
import org.minga.chart.ChartStyle;
import org.minga.chart.MingaCharts;
import org.minga.chart.StepRow;
import org.minga.chart.TimeChart;

/**
 * The live charts inside the workshop window, the same definitions the headless export draws.
 * Every method runs on the event dispatch thread; rows arrive there through {@link ChartFeed}.
 *
 * <p>Layout follows the space: where there is room (a 1920x1080 screen) all five charts and the
 * event key in a grid; otherwise tabs of two charts; in presentation mode one chart per tab, so
 * type stays large enough to read from the back of the room.
 *
 * <p>Redraws are capped at {@value #REDRAW_MS} ms apart: rows arriving in between wait and go in
 * with the next redraw, so a fast model (or 10,000 producers) does not keep the event dispatch
 * thread drawing charts. A single step (paused, stepping) is drawn at once.
 */
final class ChartsPanel {
  /** Shortest time between two chart redraws, ms (four per second). */
  static final int REDRAW_MS = 250;
  /** Smallest size, pixels, at which all charts are shown at once. */
  static final int GRID_WIDTH = 800;
  static final int GRID_HEIGHT = 700;
  private static final String[] PAIR_TITLES = {"Cohesion & income", "Prices & channels",
      "Structure & events"};
  private static final String[] CHART_TITLES = {"Cohesion", "Income", "Prices", "Channels",
      "Structure", "Events"};

  private final JPanel content = new JPanel(new BorderLayout());
  /** The event key, once for all charts. */
  private final JTextArea key = new JTextArea();
  private MingaCharts charts;
  private final List<StepRow> pending = new ArrayList<>();
  private final Timer redraw = new Timer(REDRAW_MS, e -> flush());
  private long lastFlush;
  /** The layout shown: grid, pairs or singles. */
  private Layout layout;
  /** The run without the last change, whole (the charts show it up to the current month). */
  private List<StepRow> counterfactualRows;
  /** A chart of the window's own beside the run's (a session's room), or null. */
  private Component extra;
  private String extraTitle;

  /** How the charts are laid out. */
  enum Layout { GRID, PAIRS, SINGLES }

  ChartsPanel(MingaCharts charts) {
    redraw.setRepeats(false);
    key.setEditable(false);
    key.setLineWrap(true);
    key.setWrapStyleWord(true);
    key.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    content.addComponentListener(new ComponentAdapter() {
      @Override
      public void componentResized(ComponentEvent e) {
        if (layoutFor() != layout) {
          lay();
        }
      }
    });
    show(charts);
  }

  JPanel component() {
    return content;
  }

  /** The charts, with every row received so far. */
  MingaCharts charts() {
    flush();
    return charts;
  }

  Layout layout() {
    return layout;
  }

  /**
   * Adds {@code chart} beside the run's charts: in the grid it shares the event key's cell
   * (above the key), in tabs it gets a tab named {@code title}.
   */
  void extra(String title, Component chart) {
    extra = chart;
    extraTitle = title;
    lay();
  }

  /** Replaces the charts (a new run, or the same data in another style or series set). */
  void show(MingaCharts newCharts) {
    pending.clear(); // rows of the previous run, or already in the restyled copy
    redraw.stop();
    this.charts = newCharts;
    charts.setKeyOnCharts(false);
    key.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(charts.style().labelSize())));
    updateKey();
    lay();
  }

  private Layout layoutFor() {
    if (charts.style() == ChartStyle.PRESENTATION) {
      return Layout.SINGLES;
    }
    boolean roomy = content.getWidth() >= GRID_WIDTH && content.getHeight() >= GRID_HEIGHT;
    return roomy ? Layout.GRID : Layout.PAIRS;
  }

  private void lay() {
    layout = layoutFor();
    List<Component> cells = new ArrayList<>();
    for (TimeChart c : charts.charts()) {
      cells.add(panel(c));
    }
    JScrollPane keyPane = new JScrollPane(key);
    if (extra != null && layout == Layout.GRID) {
      JPanel shared = new JPanel(new BorderLayout());
      shared.add(extra, BorderLayout.CENTER);
      keyPane.setPreferredSize(new java.awt.Dimension(100, 70));
      shared.add(keyPane, BorderLayout.SOUTH);
      cells.add(shared);
    } else {
      cells.add(keyPane);
    }
    content.removeAll();
    if (layout == Layout.GRID) {
      JPanel grid = new JPanel(new GridLayout(0, 2, 4, 4));
      cells.forEach(grid::add);
      content.add(grid, BorderLayout.CENTER);
    } else {
      // One row of tabs, scrolled if need be: wrapped rows push the charts down.
      JTabbedPane tabs = new JTabbedPane(JTabbedPane.TOP, JTabbedPane.SCROLL_TAB_LAYOUT);
      tabs.setFont(key.getFont().deriveFont(Math.max(13f, key.getFont().getSize2D() * 0.8f)));
      if (layout == Layout.SINGLES) {
        for (int i = 0; i < cells.size(); i++) {
          tabs.addTab(CHART_TITLES[i], cells.get(i));
        }
      } else {
        for (int t = 0; t < PAIR_TITLES.length; t++) {
          JPanel pair = new JPanel(new GridLayout(2, 1, 4, 4));
          pair.add(cells.get(2 * t));
          pair.add(cells.get(2 * t + 1));
          tabs.addTab(PAIR_TITLES[t], pair);
        }
      }
      if (extra != null) {
        tabs.insertTab(extraTitle, null, extra, null, layout == Layout.SINGLES
            ? cells.size() - 1 : 0);
      }
      content.add(tabs, BorderLayout.CENTER);
    }
    content.revalidate();
    content.repaint();
  }

  private static ChartPanel panel(TimeChart c) {
    ChartPanel panel = new ChartPanel(c.chart(), false, true, false, true, true);
    // Draw straight to the screen at any size rather than scaling a cached bitmap: text stays
    // sharp on a projector.
    panel.setMaximumDrawWidth(4000);
    panel.setMaximumDrawHeight(3000);
    panel.setMinimumDrawWidth(200);
    panel.setMinimumDrawHeight(150);
    return panel;
  }

  void append(List<StepRow> batch) {
    pending.addAll(batch);
    long sinceLast = (System.nanoTime() - lastFlush) / 1_000_000;
    if (sinceLast >= REDRAW_MS) {
      flush();
    } else if (!redraw.isRunning()) {
      redraw.setInitialDelay((int) (REDRAW_MS - sinceLast));
      redraw.restart();
    }
  }

  /** Adds the waiting rows to the charts: one redraw for all of them. */
  private void flush() {
    redraw.stop();
    lastFlush = System.nanoTime();
    if (!pending.isEmpty()) {
      charts.appendAll(List.copyOf(pending));
      pending.clear();
      updateKey();
    }
  }

  /**
   * Marks a change made from the window: drawn at once, as pending until the run reaches its
   * month (it may be ahead: the next month, or the next harvest).
   */
  void markPending(ChartEvent e) {
    flush();
    charts.addPendingEvents(List.of(e));
    updateKey();
  }

  /** Draws {@code rows}, the run without the last change, as faded lines from {@code from}. */
  void showCounterfactual(List<StepRow> rows, int from, String label) {
    showCounterfactual(rows, from, label, "faded: without " + label);
  }

  /** As above, with the legend of the faded lines written out. */
  void showCounterfactual(List<StepRow> rows, int from, String label, String legend) {
    flush();
    counterfactualRows = rows;
    charts.setCounterfactual(rows, from, label, legend);
  }

  void clearCounterfactual() {
    counterfactualRows = null;
    charts.clearCounterfactual();
  }

  /** The whole run behind the faded lines, or null when there are none. */
  List<StepRow> counterfactualRows() {
    return counterfactualRows;
  }

  void counterfactualVisible(boolean on) {
    charts.setCounterfactualVisible(on);
  }

  private void updateKey() {
    String text = charts.eventKey().isEmpty() ? "Events: none yet"
        : charts.eventKey().replace(";  ", "\n").replace("Events: ", "Events\n");
    if (!text.equals(key.getText())) {
      key.setText(text);
    }
  }

  /** Large fonts and thick lines for a projector, or back to the standard style. */
  void presentation(boolean on) {
    ChartStyle style = on ? ChartStyle.PRESENTATION : ChartStyle.STANDARD;
    if (charts.style() != style) {
      flush();
      show(charts.restyled(style));
    }
  }

  /** Every series of each chart, or at most three (the default). */
  void allSeries(boolean on) {
    if (charts.allSeries() != on) {
      flush();
      show(charts.withAllSeries(on));
    }
  }

  /** Writes the current charts as PNG files in {@code dir}. */
  List<Path> exportPng(Path dir) throws IOException {
    flush();
    return ChartExport.writePngs(charts, dir);
  }
}
