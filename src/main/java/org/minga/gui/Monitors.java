package org.minga.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.minga.chart.StepRow;
import org.minga.metrics.Metrics;

/**
 * The numbers a room follows, large, in one row (NetLogo's monitors): world price, median household
 * income, cooperatives active, membership and cohesion, as of the last month run. Event dispatch
 * thread only.
 */
final class Monitors {
  /** One monitor: its title, the metric it shows and how the value is written. */
  private record Monitor(String title, int column, DoubleFunction<String> format) {}

  private static final List<Monitor> SHOWN =
      List.of(
          new Monitor(
              "World price, USD",
              Metrics.index("world_price"),
              v -> String.format(Locale.ROOT, "%.2f", v)),
          new Monitor(
              "Median income, USD",
              Metrics.index("income_median"),
              v -> String.format(Locale.ROOT, "%,.0f", v)),
          new Monitor(
              "Co-ops active",
              Metrics.index("active_cooperatives"),
              v -> String.format(Locale.ROOT, "%.0f", v)),
          new Monitor("Members", Metrics.index("membership_rate"), Shown::percent),
          new Monitor("Cohesion", Metrics.index("cohesion"), Shown::score));

  private final JPanel panel = new JPanel(new GridLayout(1, 0, 6, 0));
  private final JLabel[] values = new JLabel[SHOWN.size()];
  private final JLabel[] titles = new JLabel[SHOWN.size()];

  Monitors() {
    for (int i = 0; i < SHOWN.size(); i++) {
      titles[i] = new JLabel(SHOWN.get(i).title(), SwingConstants.CENTER);
      values[i] = new JLabel("–", SwingConstants.CENTER);
      JPanel cell = new JPanel(new GridLayout(2, 1));
      // The metric's own definition (docs/outputs.md), e.g. income over the last 12 months.
      cell.setToolTipText(Metrics.ALL.get(SHOWN.get(i).column()).description());
      cell.setBackground(Color.WHITE);
      cell.setBorder(
          BorderFactory.createCompoundBorder(
              BorderFactory.createLineBorder(new Color(190, 190, 190)),
              BorderFactory.createEmptyBorder(2, 6, 2, 6)));
      cell.add(titles[i]);
      cell.add(values[i]);
      panel.add(cell);
      titles[i].setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
      values[i].setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
    }
  }

  JPanel panel() {
    return panel;
  }

  /** Shows the values of {@code row}, the last month run. */
  void show(StepRow row) {
    for (int i = 0; i < SHOWN.size(); i++) {
      double v = row.value(SHOWN.get(i).column());
      values[i].setText(Double.isNaN(v) ? "n/a" : SHOWN.get(i).format().apply(v));
    }
  }

  /** Before the first month. */
  void clear() {
    for (JLabel v : values) {
      v.setText("–");
    }
  }

  /** The text of the monitor titled {@code title} (tests). */
  String value(String title) {
    for (int i = 0; i < SHOWN.size(); i++) {
      if (SHOWN.get(i).title().equals(title)) {
        return values[i].getText();
      }
    }
    throw new IllegalArgumentException("no monitor " + title);
  }
}
