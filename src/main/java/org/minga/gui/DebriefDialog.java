package org.minga.gui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.minga.chart.ChartStyle;
import org.minga.chart.Palette;

/**
 * The debrief, opened by the facilitator at the end or at any time: a few sentences on where the
 * room's crop went against comparable model households; a row per household seat (income beside the
 * same household under the model's rules and beside comparable model households, where its crop
 * went, its decisions); each player's income path (the selected row's, or the room's mean) beside
 * comparable model households and the model's rules; and the cooperative's reserve and members over
 * time, faded: with the model's rules in place of the players. Refreshed every two seconds while
 * open. Event dispatch thread.
 */
final class DebriefDialog extends LiveDialog {
  private static final String[] COLUMNS = {
    "Seat",
    "Player(s)",
    "Household",
    "Farm",
    "Cash at start",
    "Income (12 mo)",
    "Same household, model's rules",
    "Comparable households (mean)",
    "To the co-op",
    "To traders",
    "Decisions (timed out)"
  };

  private final MingaGui gui;
  private final Participation play;
  private final JTextArea summary = new JTextArea();
  private final DefaultTableModel rows =
      new DefaultTableModel(COLUMNS, 0) {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isCellEditable(int row, int column) {
          return false;
        }
      };
  private final JTable table = new JTable(rows);
  private final JFreeChart income;
  private final JFreeChart cooperative;
  private final int startYear;
  private List<Debrief.Row> shown = List.of();

  DebriefDialog(MingaGui gui, Participation play, JFrame owner) {
    super(owner, "Debrief", "debrief", 2000);
    this.gui = gui;
    this.play = play;
    this.startYear = gui.model().scenario().startYear();
    summary.setName("debriefSummary");
    summary.setEditable(false);
    summary.setLineWrap(true);
    summary.setWrapStyleWord(true);
    summary.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 17));
    summary.setBorder(BorderFactory.createEmptyBorder(10, 12, 10, 12));
    table.setName("debriefTable");
    table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    table.setRowHeight(table.getRowHeight() + 4);
    table
        .getSelectionModel()
        .addListSelectionListener(
            e -> {
              if (!e.getValueIsAdjusting()) {
                drawIncome();
              }
            });
    income =
        SessionCharts.chart(
            "Income: the room's households beside comparable model " + "households",
            "Income, last 12 months (USD/yr)",
            ChartStyle.STANDARD);
    cooperative = SessionCharts.chart("The cooperative", "Reserve (USD)", ChartStyle.STANDARD);
    JPanel charts = new JPanel(new GridLayout(1, 2, 6, 0));
    charts.add(chartPanel(income, "debriefIncome"));
    charts.add(chartPanel(cooperative, "debriefCooperative"));
    JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(table), charts);
    split.setResizeWeight(0.35);
    JButton refresh = new JButton("Refresh");
    refresh.setName("debriefRefresh");
    refresh.addActionListener(e -> refresh());
    JButton room = new JButton("The whole room");
    room.setToolTipText("The room's mean on the income chart, not one player's");
    room.addActionListener(e -> table.clearSelection());
    JButton close = new JButton("Close");
    close.addActionListener(e -> dialog.setVisible(false));
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT));
    buttons.add(refresh);
    buttons.add(room);
    buttons.add(close);
    dialog.getContentPane().add(summary, BorderLayout.NORTH);
    dialog.getContentPane().add(split, BorderLayout.CENTER);
    dialog.getContentPane().add(buttons, BorderLayout.SOUTH);
    dialog.setSize(1280, 860);
    dialog.setLocationRelativeTo(owner);
  }

  private static ChartPanel chartPanel(JFreeChart chart, String name) {
    ChartPanel p = new ChartPanel(chart, false, true, false, true, true);
    p.setMaximumDrawWidth(4000);
    p.setMaximumDrawHeight(3000);
    p.setName(name);
    return p;
  }

  String summary() {
    return summary.getText();
  }

  /** The table's rows (tests). */
  List<Debrief.Row> rows() {
    return shown;
  }

  JTable table() {
    return table;
  }

  @Override
  void update() {
    summary.setText(Debrief.summary(play));
    int selected = table.getSelectedRow();
    shown = Debrief.rows(play);
    rows.setRowCount(0);
    for (Debrief.Row r : shown) {
      rows.addRow(
          new Object[] {
            r.seat(),
            r.players(),
            r.household(),
            Shown.hectares(r.areaHa()),
            Shown.usd(r.startCash()),
            Shown.usd(r.income()),
            Shown.usd(r.rulesIncome()),
            Shown.usd(r.comparableIncome()),
            Shown.percent(r.toCooperative()),
            Shown.percent(r.toTraders()),
            r.decisions() + " (" + r.timedOut() + ")"
          });
    }
    if (selected >= 0 && selected < rows.getRowCount()) {
      table.setRowSelectionInterval(selected, selected);
    }
    drawIncome();
    drawCooperative();
  }

  /** The selected player's income path, or the room's, beside comparable model households. */
  private void drawIncome() {
    SessionHistory live = play.live();
    SessionHistory rules = play.rules();
    int steps = live.steps();
    int ruled = Math.min(rules.steps(), steps);
    int row = table.getSelectedRow();
    float w = ChartStyle.STANDARD.lineWidth();
    int[] who;
    int[] near;
    String name;
    if (row >= 0 && row < shown.size()) {
      Debrief.Row r = shown.get(row);
      who = new int[] {r.household()};
      near = play.comparables(r.seat());
      name = r.seat() + " (household " + r.household() + ")";
    } else {
      who = play.households();
      near = play.allComparables();
      name = "The room's households (mean)";
    }
    List<SessionCharts.Line> lines =
        SessionCharts.lines(
            SessionCharts.line(
                name,
                SessionCharts.ROOM,
                SessionCharts.solid(1.6f * w),
                true,
                steps,
                startYear,
                s -> live.meanIncome(s, who)),
            SessionCharts.line(
                near.length + " comparable model households (mean)",
                Palette.BLUE,
                SessionCharts.dashed(w),
                true,
                steps,
                startYear,
                s -> live.meanIncome(s, near)),
            SessionCharts.line(
                "All households (median)",
                Palette.GREY,
                SessionCharts.solid(1f),
                true,
                steps,
                startYear,
                live::medianIncome));
    if (ruled > 0) {
      lines.add(
          SessionCharts.line(
              Participation.FADED,
              SessionCharts.faded(SessionCharts.ROOM),
              SessionCharts.dashed(w),
              true,
              ruled,
              startYear,
              s -> rules.meanIncome(s, who)));
    }
    SessionCharts.show(income, 0, null, lines);
  }

  /** The cooperative's reserve (left) and members (right), live and faded. */
  private void drawCooperative() {
    int c = play.cooperative();
    if (c < 0) {
      cooperative.setTitle("No cooperative in this run");
      return;
    }
    SessionHistory live = play.live();
    SessionHistory rules = play.rules();
    int steps = live.steps();
    int ruled = Math.min(rules.steps(), steps);
    float w = ChartStyle.STANDARD.lineWidth();
    cooperative.setTitle("Cooperative " + c + ": reserve and members");
    List<SessionCharts.Line> reserve =
        SessionCharts.lines(
            SessionCharts.line(
                "Reserve (USD)",
                Palette.BLUE,
                SessionCharts.solid(w),
                true,
                steps,
                startYear,
                s -> live.reserve(s, c)));
    List<SessionCharts.Line> members =
        SessionCharts.lines(
            SessionCharts.line(
                "Members (right axis)",
                Palette.GREEN,
                SessionCharts.dashed(w),
                true,
                steps,
                startYear,
                s -> live.members(s, c)));
    if (ruled > 0) {
      reserve.add(
          SessionCharts.line(
              "Reserve, faded: the model's rules",
              SessionCharts.faded(Palette.BLUE),
              Palette.line(2, w),
              true,
              ruled,
              startYear,
              s -> rules.reserve(s, c)));
      members.add(
          SessionCharts.line(
              "Members, faded: the model's rules",
              SessionCharts.faded(Palette.GREEN),
              Palette.line(2, w),
              true,
              ruled,
              startYear,
              s -> rules.members(s, c)));
    }
    SessionCharts.show(cooperative, 0, null, reserve);
    SessionCharts.show(cooperative, 1, "Members", members);
  }
}
