package org.minga.gui;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import javax.swing.JComponent;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.minga.chart.ChartStyle;
import org.minga.chart.Palette;

/**
 * The big screen's chart of the room: the income of the households the room plays (each, and
 * their mean) against the median of all households, with the faded mean of the same households
 * in the run with the model's rules in place of the players. Event dispatch thread.
 */
final class RoomIncomeChart {
  static final String TITLE = "Income: the room's households vs all households";
  static final String MEAN = "The room's households (mean)";
  static final String MEDIAN = "All households (median)";

  private final Participation play;
  private final int startYear;
  private final JFreeChart chart;
  private final ChartPanel panel;
  private ChartStyle style;
  private String shown = "";

  RoomIncomeChart(Participation play, int startYear, ChartStyle style) {
    this.play = play;
    this.startYear = startYear;
    this.style = style;
    this.chart = SessionCharts.chart(TITLE, "Income, last 12 months (USD/yr)", style);
    this.panel = new ChartPanel(chart, false, true, false, true, true);
    panel.setMaximumDrawWidth(4000);
    panel.setMaximumDrawHeight(3000);
    panel.setMinimumDrawWidth(200);
    panel.setMinimumDrawHeight(150);
    panel.setName("roomChart");
  }

  JComponent component() {
    return panel;
  }

  JFreeChart chart() {
    return chart;
  }

  /** Presentation mode's type and line widths, or the standard ones. */
  void restyle(ChartStyle newStyle) {
    style = newStyle;
    SessionCharts.restyle(chart, newStyle);
    shown = "";
    refresh();
  }

  /** Redraws when a month has run, the rules' run has come in or the seats have changed. */
  void refresh() {
    SessionHistory live = play.live();
    SessionHistory rules = play.rules();
    int steps = live.steps();
    int ruled = Math.min(rules.steps(), steps);
    int[] room = play.households();
    String now = steps + "/" + ruled + "/" + Arrays.toString(room);
    if (now.equals(shown)) {
      return;
    }
    shown = now;
    float w = style.lineWidth();
    List<SessionCharts.Line> lines = SessionCharts.lines(
        SessionCharts.line(MEDIAN, Palette.BLACK, SessionCharts.solid(w), true, steps,
            startYear, live::medianIncome),
        SessionCharts.line(MEAN, SessionCharts.ROOM, SessionCharts.solid(1.6f * w), true,
            steps, startYear, s -> live.meanIncome(s, room)));
    Color thin = Palette.translucent(SessionCharts.ROOM, 80);
    for (int h : room) {
      lines.add(SessionCharts.line("household " + h, thin, SessionCharts.solid(1f), false,
          steps, startYear, s -> live.income(s, h)));
    }
    if (ruled > 0) {
      lines.add(SessionCharts.line(Participation.FADED, SessionCharts.faded(SessionCharts.ROOM),
          SessionCharts.dashed(1.6f * w), true, ruled, startYear,
          s -> rules.meanIncome(s, room)));
    }
    SessionCharts.show(chart, 0, null, lines);
  }

  /** Number of points on the line named {@code name} (tests). */
  int points(String name) {
    var data = chart.getXYPlot().getDataset(0);
    for (int s = 0; s < data.getSeriesCount(); s++) {
      if (data.getSeriesKey(s).toString().equals(name)) {
        return data.getItemCount(s);
      }
    }
    return 0;
  }
}
