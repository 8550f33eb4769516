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
 */
final class ChartsWindow {
  private final JFrame frame = new JFrame("Minga charts");
  private final JPanel content = new JPanel(new BorderLayout());
  /** The sixth cell: the event key, once for all five charts. */
  private final JTextArea key = new JTextArea();
  private MingaCharts charts;

  ChartsWindow(MingaCharts charts) {
    frame.getContentPane().add(content, BorderLayout.CENTER);
    frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
    show(charts);
  }

  JFrame frame() {
    return frame;
  }

  MingaCharts charts() {
    return charts;
  }

  /**
   * Replaces the charts (a new run, or the same data in another style). The standard layout is a
   * grid of all five plus the event key; presentation mode shows two at a time, side by side at
   * full height, on three tabs, so that type stays large enough to read from the back.
   */
  void show(MingaCharts newCharts) {
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
    charts.appendAll(batch);
    updateKey();
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
      show(charts.restyled(style));
    }
  }

  /** Writes the current charts as PNG files in {@code dir}. */
  List<Path> exportPng(Path dir) throws IOException {
    return ChartExport.writePngs(charts, dir);
  }
}
