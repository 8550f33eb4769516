package org.minga.gui;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.Timer;
import org.minga.model.Decision;
import org.minga.output.DecisionRow;
import org.minga.play.web.JoinQr;
import org.minga.play.web.LiveSession;

/**
 * The big screen's panel of a participatory session, in the control column: how to join (the
 * address, the code in large type, the QR code), who has joined, how many have decided this month
 * and the time left, then what the month the room decided came to; the facilitator's switches
 * (quick months without decisions, pause after the room's months) and the seats and debrief
 * windows. Refreshed four times a second from the session. Event dispatch thread.
 */
final class ParticipatoryPanel {
  private static final int TEXT_WIDTH = 270;

  private final MingaGui gui;
  private final Participation play;
  private final JFrame frame;
  private final JPanel panel = new JPanel();
  private final JLabel code = new JLabel("\u00b7\u00b7\u00b7\u00b7\u00b7");
  private final JTextField url = new JTextField();
  private final JLabel qr = new JLabel();
  private final JLabel joined = new JLabel(" ");
  private final JLabel decided = new JLabel(" ");
  private final JLabel outcome = new JLabel(" ");
  private final JCheckBox skip = new JCheckBox("Run months without decisions at once");
  private final JCheckBox pauseAfter = new JCheckBox("Pause after each month the room decided");
  private final JButton seats = new JButton("Seats\u2026");
  private final JButton debrief = new JButton("Debrief");
  private final Timer timer = new Timer(250, e -> refresh());
  private final RoomIncomeChart chart;
  private SeatsDialog seatsDialog;
  private DebriefDialog debriefDialog;
  private Participation.MonthOutcome shownOutcome;

  ParticipatoryPanel(MingaGui gui, Participation play, JFrame frame, RoomIncomeChart chart) {
    this.gui = gui;
    this.play = play;
    this.frame = frame;
    this.chart = chart;
    panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
    panel.setAlignmentX(Component.LEFT_ALIGNMENT);
    panel.add(Widgets.heading("Participatory session"));
    code.setName("playCode");
    code.setFont(new Font(Font.MONOSPACED, Font.BOLD, 40));
    code.setToolTipText("The join code: players type it on the page (the QR code carries it)");
    url.setName("playUrl");
    url.setEditable(false);
    url.setBorder(BorderFactory.createEmptyBorder(2, 2, 2, 2));
    url.setFont(url.getFont().deriveFont(15f));
    url.setMaximumSize(new Dimension(Integer.MAX_VALUE, url.getPreferredSize().height + 4));
    qr.setName("playQr");
    joined.setName("playJoined");
    decided.setName("playDecided");
    decided.setFont(decided.getFont().deriveFont(Font.BOLD, 18f));
    outcome.setName("playOutcome");
    outcome.setVerticalAlignment(JLabel.TOP);
    skip.setName("playSkip");
    skip.setSelected(play.skipQuietMonths());
    skip.setToolTipText(
        "Months that ask nothing of the room follow at once, not at the " + "chosen speed");
    skip.addActionListener(e -> play.skipQuietMonths(skip.isSelected()));
    pauseAfter.setName("playPauseAfter");
    pauseAfter.setToolTipText(
        "After each month the room decided, the run pauses: talk about " + "it, then press Play");
    pauseAfter.addActionListener(e -> play.pauseAfterDecisions(pauseAfter.isSelected()));
    seats.setName("playSeats");
    seats.setToolTipText("Which household each seat plays; free a seat");
    seats.addActionListener(e -> seatsDialog().show());
    debrief.setName("playDebrief");
    debrief.setToolTipText(
        "Each player's income beside comparable model households, the "
            + "cooperative, and whether the room side-sold more or less");
    debrief.addActionListener(e -> debriefDialog().show());
    panel.add(Widgets.row(new JLabel("Join code:")));
    panel.add(left(code));
    panel.add(left(url));
    panel.add(left(qr));
    panel.add(left(joined));
    panel.add(left(decided));
    panel.add(left(outcome));
    panel.add(left(skip));
    panel.add(left(pauseAfter));
    panel.add(Widgets.row(seats, debrief));
    timer.start();
    refresh();
  }

  private static Component left(JComponent c) {
    c.setAlignmentX(Component.LEFT_ALIGNMENT);
    return c;
  }

  JPanel component() {
    return panel;
  }

  void dispose() {
    timer.stop();
    if (seatsDialog != null) {
      seatsDialog.dispose();
    }
    if (debriefDialog != null) {
      debriefDialog.dispose();
    }
  }

  SeatsDialog seatsDialog() {
    if (seatsDialog == null) {
      seatsDialog = new SeatsDialog(gui, play, frame);
    }
    return seatsDialog;
  }

  DebriefDialog debriefDialog() {
    if (debriefDialog == null) {
      debriefDialog = new DebriefDialog(gui, play, frame);
    }
    return debriefDialog;
  }

  /** Reads the session's state into the labels. */
  void refresh() {
    LiveSession session = play.session();
    String address = play.joinUrl();
    if (address != null && qr.getIcon() == null) {
      code.setText(session.code());
      url.setText(address);
      qr.setIcon(new ImageIcon(new JoinQr(address).image(5)));
    }
    LiveSession.Status s = session.status();
    joined.setText(
        String.format(
            Locale.ROOT,
            "Joined: %d of %d seats \u00b7 %d here",
            s.joined(),
            s.seats(),
            s.present()));
    decided.setText(decidedText(s));
    Participation.MonthOutcome o = play.lastOutcome();
    if (o != shownOutcome) {
      shownOutcome = o;
      outcome.setText(outcomeText(o));
    }
    chart.refresh();
  }

  private String decidedText(LiveSession.Status s) {
    if (play.done()) {
      return "Session over: open the debrief";
    }
    if (!play.running()) {
      return s.joined() < s.seats()
          ? "Waiting for the room: press Play when everyone has " + "joined"
          : "Everyone has joined: press Play to start";
    }
    if (s.step() >= s.months()) {
      return "The room's months are over";
    }
    String month =
        "Month " + (s.step() + 1) + " of " + s.months() + " (" + Clock.monthName(s.step()) + ")";
    if (s.asked() == 0) {
      return month;
    }
    return String.format(
        Locale.ROOT,
        "<html>%s<br>Decided: %d of %d \u00b7 %d s left</html>",
        month,
        s.decided(),
        s.asked(),
        (s.remainingMs() + 999) / 1000);
  }

  /** What the room's month came to, in plain words. */
  static String outcomeText(Participation.MonthOutcome o) {
    if (o == null) {
      return " ";
    }
    StringBuilder b = new StringBuilder("<html><body style='width: " + TEXT_WIDTH + "px'>");
    b.append("<b>")
        .append(Clock.monthName(o.step()))
        .append(", year ")
        .append(o.step() / 12 + 1)
        .append("</b>: world price ")
        .append(fmt(o.worldPrice(), 2))
        .append(" USD/unit");
    double trader = meanShown(o.decisions(), "trader");
    double advance = meanShown(o.decisions(), "advance");
    if (!Double.isNaN(trader) || !Double.isNaN(advance)) {
      b.append("; the room was offered ")
          .append(fmt(trader, 2))
          .append(" by traders, ")
          .append(fmt(advance, 2))
          .append(" advance by the co-op");
    }
    b.append(".<br>The room's households delivered ")
        .append(fmt(o.toCooperative(), 0))
        .append(" units to the co-op and sold ")
        .append(fmt(o.toTraders(), 0))
        .append(" to traders");
    if (o.elsewhere() > 0) {
      b.append(" (").append(fmt(o.elsewhere(), 0)).append(" elsewhere)");
    }
    b.append('.');
    double delivery = 0;
    double rule = 0;
    int deliveries = 0;
    Map<String, Integer> lenders = new HashMap<>();
    Map<String, Integer> assembly = new HashMap<>();
    List<String> board = new ArrayList<>();
    java.util.Set<String> lateSeats = new java.util.HashSet<>();
    for (DecisionRow r : o.decisions()) {
      if (r.timedOut()) {
        lateSeats.add(r.role().id() + r.agent());
        continue;
      }
      switch (r.decision()) {
        case DELIVERY -> {
          delivery += r.choice();
          rule += Double.isNaN(r.rule()) ? r.choice() : r.rule();
          deliveries++;
        }
        case LENDER -> lenders.merge(Decision.LENDER.format(r.choice()), 1, Integer::sum);
        case MEMBERSHIP -> assembly.merge(Decision.MEMBERSHIP.format(r.choice()), 1, Integer::sum);
        default ->
            board.add(r.decision().id().replace('_', ' ') + " " + r.decision().format(r.choice()));
      }
    }
    int late = lateSeats.size();
    if (deliveries > 0) {
      b.append("<br>Delivered to the co-op: ")
          .append(Shown.percent(delivery / deliveries))
          .append(" of the crop on average (the model's rule: ")
          .append(Shown.percent(rule / deliveries))
          .append(").");
    }
    if (!lenders.isEmpty()) {
      b.append("<br>Loans: ").append(counts(lenders)).append('.');
    }
    if (!assembly.isEmpty()) {
      b.append("<br>Assembly: ").append(counts(assembly)).append('.');
    }
    if (!board.isEmpty()) {
      b.append("<br>Board: ").append(String.join(", ", board)).append('.');
    }
    if (late > 0) {
      b.append("<br>")
          .append(late)
          .append(late == 1 ? " player" : " players")
          .append(" ran out of time: the model's rule decided.");
    }
    return b.append("</body></html>").toString();
  }

  private static String counts(Map<String, Integer> m) {
    List<String> parts = new ArrayList<>();
    m.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> parts.add(e.getValue() + " " + e.getKey()));
    return String.join(", ", parts);
  }

  /** The mean of {@code key} in what the households were shown (NaN: none). */
  static double meanShown(List<DecisionRow> rows, String key) {
    double sum = 0;
    int n = 0;
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (DecisionRow r : rows) {
      if (r.role() != Decision.Role.HOUSEHOLD || !seen.add(r.agent())) {
        continue;
      }
      for (String kv : r.shown().split(";")) {
        int eq = kv.indexOf('=');
        if (eq > 0 && kv.substring(0, eq).equals(key) && !kv.endsWith("=NA")) {
          sum += Double.parseDouble(kv.substring(eq + 1));
          n++;
        }
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  private static String fmt(double v, int decimals) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }

  // ---- for tests ---------------------------------------------------------------------------

  String codeText() {
    return code.getText();
  }

  String decidedText() {
    return decided.getText();
  }

  String outcomeText() {
    return outcome.getText();
  }
}
