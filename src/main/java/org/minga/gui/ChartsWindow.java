package org.minga.gui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.GridLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
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
 * The five live charts in one window, the same definitions the headless export draws. Every
 * method runs on the event dispatch thread; rows arrive there through {@link ChartFeed}.
 *
 * <p>Redraws are capped at {@value #REDRAW_MS} ms apart: rows arriving in between wait and go
 * in with the next redraw, so a fast model (or 10,000 producers) does not keep the event
 * dispatch thread drawing charts, and the window stays responsive. A single step (paused,
 * stepping) is drawn at once.
 */
final class ChartsWindow {
  /** Shortest time between two chart redraws, ms (four per second). */
  static final int REDRAW_MS = 250;

  private final JFrame frame = new JFrame("Minga charts");
  private final JPanel content = new JPanel(new BorderLayout());
  /** The storyboard's caption, large above the charts; hidden when there is none. */
  private final javax.swing.JLabel caption = new javax.swing.JLabel("");
  /** The sixth cell: the event key, once for all five charts. */
  private final JTextArea key = new JTextArea();
  private MingaCharts charts;
  private final List<StepRow> pending = new java.util.ArrayList<>();
  private final Timer redraw = new Timer(REDRAW_MS, e -> flush());
  private long lastFlush;

  ChartsWindow(MingaCharts charts) {
    redraw.setRepeats(false);
    frame.getContentPane().add(content, BorderLayout.CENTER);
    caption.setFont(caption.getFont().deriveFont(java.awt.Font.BOLD, 28f));
    caption.setBorder(javax.swing.BorderFactory.createEmptyBorder(8, 12, 8, 12));
    caption.setVisible(false);
    frame.getContentPane().add(caption, BorderLayout.NORTH);
    frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
    show(charts);
  }

  /** Shows {@code text} large above the charts (a storyboard caption) until the next one. */
  void caption(String text) {
    caption.setText(text);
    caption.setVisible(!text.isBlank());
    frame.revalidate();
  }

  String caption() {
    return caption.isVisible() ? caption.getText() : "";
  }

  JFrame frame() {
    return frame;
  }

  /** The charts, with every row received so far. */
  MingaCharts charts() {
    flush();
    return charts;
  }

  /**
   * Replaces the charts (a new run, or the same data in another style). The standard layout is a
   * grid of all five plus the event key; presentation mode shows two at a time, side by side at
   * full height, on three tabs, so that type stays large enough to read from the back.
   */
  void show(MingaCharts newCharts) {
    pending.clear(); // rows of the previous run, or already in the restyled copy
    redraw.stop();
    this.charts = newCharts;
    charts.setKeyOnCharts(false);
    key.setEditable(false);
    key.setLineWrap(true);
    key.setWrapStyleWord(true);
    key.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(charts.style().labelSize())));
    key.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
    updateKey();
    List<Component> cells = new java.util.ArrayList<>();
    for (TimeChart c : charts.charts()) {
      cells.add(panel(c));
    }
    cells.add(new JScrollPane(key));
    content.removeAll();
    if (charts.style() == ChartStyle.PRESENTATION) {
      JTabbedPane tabs = new JTabbedPane();
      tabs.setFont(key.getFont());
      String[] titles = {"Cohesion & income", "Prices & channels", "Structure & events"};
      for (int t = 0; t < titles.length; t++) {
        JPanel pair = new JPanel(new GridLayout(1, 2, 4, 4));
        pair.add(cells.get(2 * t));
        pair.add(cells.get(2 * t + 1));
        tabs.addTab(titles[t], pair);
      }
      content.add(tabs, BorderLayout.CENTER);
    } else {
      JPanel grid = new JPanel(new GridLayout(0, 2, 4, 4));
      cells.forEach(grid::add);
      content.add(grid, BorderLayout.CENTER);
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

  void mark(ChartEvent e) {
    charts.addEvents(List.of(e));
    updateKey();
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

  /** Writes the current charts as PNG files in {@code dir}. */
  List<Path> exportPng(Path dir) throws IOException {
    flush();
    return ChartExport.writePngs(charts, dir);
  }
}
