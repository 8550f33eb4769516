package org.minga.gui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import org.minga.model.Decision;
import org.minga.model.MingaModel;
import org.minga.model.Producer;
import org.minga.play.web.LiveSession;

/**
 * The facilitator's seats: which household each seat plays (the program spreads them over farm
 * sizes and cash positions; give a seat another one between months), who holds it, whether they are
 * here and have answered this month; and freeing a seat, whose household then follows the model's
 * rules until someone joins it again. Event dispatch thread.
 */
final class SeatsDialog extends LiveDialog {
  private static final String[] COLUMNS = {
    "Seat", "Plays", "Household", "Farm", "Cash now", "Phones", "Here", "This month"
  };

  private final MingaGui gui;
  private final Participation play;
  private final DefaultTableModel rows =
      new DefaultTableModel(COLUMNS, 0) {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isCellEditable(int row, int column) {
          return false;
        }
      };
  private final JTable table = new JTable(rows);
  private final JLabel message = new JLabel(" ");

  SeatsDialog(MingaGui gui, Participation play, JFrame owner) {
    super(owner, "Seats", "seats", 1000);
    this.gui = gui;
    this.play = play;
    table.setName("seatsTable");
    table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
    table.setRowHeight(table.getRowHeight() + 4);
    JButton reseat = new JButton("Play another household\u2026");
    reseat.setName("seatReseat");
    reseat.setToolTipText(
        "From the next month (between months): double-click a farm on the " + "map to see its id");
    reseat.addActionListener(e -> reseat());
    JButton free = new JButton("Free seat");
    free.setName("seatFree");
    free.setToolTipText(
        "Signs its phones out; the model's rules decide for it until someone "
            + "joins again with the code");
    free.addActionListener(e -> free());
    JButton close = new JButton("Close");
    close.addActionListener(e -> dialog.setVisible(false));
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT));
    buttons.add(reseat);
    buttons.add(free);
    buttons.add(close);
    JPanel south = new JPanel(new BorderLayout());
    south.add(message, BorderLayout.NORTH);
    south.add(buttons, BorderLayout.SOUTH);
    message.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
    dialog.getContentPane().add(new JScrollPane(table), BorderLayout.CENTER);
    dialog.getContentPane().add(south, BorderLayout.SOUTH);
    dialog.setSize(780, 420);
    dialog.setLocationRelativeTo(owner);
  }

  @Override
  void update() {
    int selected = table.getSelectedRow();
    MingaModel m = gui.model();
    rows.setRowCount(0);
    for (LiveSession.SeatState s : play.session().seatStates()) {
      boolean household = s.seat().role() == Decision.Role.HOUSEHOLD;
      String farm = "";
      String cash = "";
      if (household && s.seat().agent() < m.producerCount()) {
        synchronized (m.schedule) { // between months
          Producer p = m.producer(s.seat().agent());
          farm = Shown.hectares(p.area());
          cash = Shown.usd(p.cash());
        }
      }
      rows.addRow(
          new Object[] {
            s.seat().name(),
            household ? "household" : "board of co-op " + s.seat().agent(),
            household ? s.seat().agent() : "",
            farm,
            cash,
            s.players().isEmpty() ? (s.seat().bot() ? "" : "free") : String.join(", ", s.players()),
            s.present() ? "yes" : "no",
            !s.asked() ? "" : s.answered() ? "decided" : "deciding"
          });
    }
    if (selected >= 0 && selected < rows.getRowCount()) {
      table.setRowSelectionInterval(selected, selected);
    }
  }

  private String selectedSeat() {
    int row = table.getSelectedRow();
    if (row < 0) {
      message.setText("Select a seat first.");
      return null;
    }
    return (String) rows.getValueAt(row, 0);
  }

  private void reseat() {
    String seat = selectedSeat();
    if (seat == null) {
      return;
    }
    String id =
        JOptionPane.showInputDialog(
            dialog,
            "The household "
                + seat
                + " plays from "
                + "the next month (its id; double-click a farm on the map to see it):",
            "Play another household",
            JOptionPane.QUESTION_MESSAGE);
    if (id == null || id.isBlank()) {
      return;
    }
    try {
      reseat(seat, Integer.parseInt(id.trim()));
    } catch (NumberFormatException e) {
      message.setText("A household's id is a whole number, not '" + id.trim() + "'.");
    }
  }

  /** Gives {@code seat} household {@code household}; says why not when it cannot. */
  void reseat(String seat, int household) {
    try {
      play.reseat(gui.model(), seat, household);
      message.setText(
          String.format(
              Locale.ROOT, "%s plays household %d from the next month.", seat, household));
      gui.display().repaint();
    } catch (IllegalArgumentException e) {
      message.setText("Not changed: " + e.getMessage() + ".");
    }
    refresh();
  }

  private void free() {
    String seat = selectedSeat();
    if (seat != null) {
      play.free(seat);
      message.setText(seat + " is free: the model's rules decide for it until someone joins.");
      refresh();
    }
  }

  String message() {
    return message.getText();
  }
}
