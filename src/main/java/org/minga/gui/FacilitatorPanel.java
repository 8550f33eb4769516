package org.minga.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.SpinnerNumberModel;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.minga.chart.Palette;
import org.minga.model.Channel;
import org.minga.model.Policies;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.PolicyConfig;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.ScenarioLoader;

/**
 * The facilitator's controls: open or reload a scenario, inject a price crash or boom, switch
 * policy levers, reset with the same or a new seed, presentation mode, links on the map and
 * chart export. Runs on the event dispatch thread; changes reach the model through
 * {@link MingaGui}, under the schedule lock.
 */
final class FacilitatorPanel {
  private final MingaGui gui;
  private final JFrame frame = new JFrame("Facilitator");
  private final JLabel scenarioLabel = new JLabel();
  private final JSpinner crashDepth = new JSpinner(new SpinnerNumberModel(45, 5, 95, 5));
  private final JSpinner boomHeight = new JSpinner(new SpinnerNumberModel(40, 5, 300, 5));
  private final JSpinner shockMonths = new JSpinner(new SpinnerNumberModel(12, 1, 120, 1));
  /** When an injected shock starts: the next month, or the start of the next harvest. */
  private final JComboBox<String> shockTiming = new JComboBox<>(new String[] {"next month",
      "start of the next harvest"});
  /** Which month the last shock hits, and why that month matters. */
  private final JLabel shockNote = new JLabel(" ");
  private final JSpinner seedField = new JSpinner(new SpinnerNumberModel(1L, 0L,
      (long) Integer.MAX_VALUE, 1L));
  private final List<JComboBox<String>> leverBoxes = new java.util.ArrayList<>();
  private boolean refreshing;
  /** Where scenario problems are shown: a dialog (tests capture them instead). */
  private java.util.function.BiConsumer<Path, String> problemView = this::showProblems;

  FacilitatorPanel(MingaGui gui) {
    this.gui = gui;
    seedField.setEditor(new JSpinner.NumberEditor(seedField, "#")); // no digit grouping
    JPanel content = new JPanel();
    content.setLayout(new BoxLayout(content, BoxLayout.Y_AXIS));
    content.add(section("Scenario", scenarioRow()));
    content.add(section("World price shock (from next month)", shockRow()));
    content.add(section("Policy levers (from next month)", leverGrid()));
    content.add(section("Run", resetRow()));
    content.add(section("View", viewRow()));
    content.add(section("Map key", mapKey()));
    frame.getContentPane().add(new JScrollPane(content), BorderLayout.CENTER);
    frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
    frame.pack();
    refresh();
  }

  JFrame frame() {
    return frame;
  }

  /** Shows the current scenario, seed and lever switches (after a start or reload). */
  void refresh() {
    refreshing = true;
    try {
      scenarioLabel.setText(gui.scenarioFile().getFileName() + "   seed " + gui.seed());
      seedField.setValue(gui.seed());
      Policies p = gui.model().policies();
      for (int i = 0; i < leverBoxes.size(); i++) {
        leverBoxes.get(i).setSelectedIndex(p.overrideOf(Policies.Lever.values()[i]).ordinal());
      }
    } finally {
      refreshing = false;
    }
  }

  private JPanel scenarioRow() {
    JButton open = new JButton("Open...");
    open.addActionListener(e -> openScenario());
    JButton reload = new JButton("Reload");
    reload.setToolTipText("Read the scenario file again (after editing it) and restart");
    reload.addActionListener(e -> load(gui.scenarioFile()));
    return row(open, reload, scenarioLabel);
  }

  private JPanel shockRow() {
    JButton crash = new JButton("Inject crash");
    crash.addActionListener(e -> shock(1 - ((Integer) crashDepth.getValue()) / 100.0));
    JButton boom = new JButton("Inject boom");
    boom.addActionListener(e -> shock(1 + ((Integer) boomHeight.getValue()) / 100.0));
    JPanel p = new JPanel(new GridLayout(4, 1));
    p.add(row(new JLabel("crash: price falls by %"), crashDepth, crash));
    p.add(row(new JLabel("boom: price rises by %"), boomHeight, boom, new JLabel("for months"),
        shockMonths));
    p.add(row(new JLabel("from"), shockTiming));
    p.add(row(shockNote));
    return p;
  }

  private JPanel leverGrid() {
    JPanel grid = new JPanel(new GridLayout(0, 2, 6, 2));
    Policies.Lever[] levers = Policies.Lever.values();
    for (int i = 0; i < levers.length; i++) {
      Policies.Lever lever = levers[i];
      JComboBox<String> box = new JComboBox<>(new String[] {"scenario timing", "on", "off"});
      box.addActionListener(e -> {
        if (!refreshing) {
          gui.setLever(lever, Policies.Override.values()[box.getSelectedIndex()]);
        }
      });
      leverBoxes.add(box);
      grid.add(new JLabel(PolicyConfig.LEVER_KEYS.get(i).replace('_', ' ')));
      grid.add(box);
    }
    return grid;
  }

  private JPanel resetRow() {
    JButton same = new JButton("Reset (same seed)");
    same.addActionListener(e -> gui.restartPaused());
    JButton fresh = new JButton("Reset with seed:");
    fresh.addActionListener(e -> {
      gui.useSeed(((Number) seedField.getValue()).longValue());
      gui.restartPaused();
    });
    return row(same, fresh, seedField);
  }

  private JPanel viewRow() {
    JCheckBox presentation = new JCheckBox("Presentation mode");
    presentation.addActionListener(e -> {
      gui.setPresentation(presentation.isSelected());
      float size = presentation.isSelected() ? 20f : 12f;
      setFontSize(frame.getContentPane(), size);
      frame.pack();
    });
    JCheckBox links = new JCheckBox("Links to buyers");
    links.addActionListener(e -> gui.showLinks(links.isSelected()));
    JButton export = new JButton("Export charts (PNG)...");
    export.addActionListener(e -> exportCharts());
    JButton save = new JButton("Save session...");
    save.setToolTipText("Write a scenario that replays this run: the shocks and lever switches "
        + "made here, as scheduled events (minga run FILE)");
    save.addActionListener(e -> saveSession());
    return row(presentation, links, export, save);
  }

  private JPanel mapKey() {
    JPanel p = new JPanel(new GridLayout(0, 2));
    for (Channel c : Channel.ALL) {
      p.add(swatch("\u25CF", "producer selling mostly to " + c.label().replace('_', ' '),
          MapPortrayals.channelColour(c)));
    }
    p.add(swatch("\u25CB", "producer: no sale yet / left farming", MapPortrayals.NO_CHANNEL));
    p.add(new JLabel("disc size: farm area"));
    p.add(swatch("\u25A0", "cooperative (hollow: dissolved)", Palette.BLUE));
    p.add(swatch("\u25B2", "intermediary (hollow: out of business)", Palette.VERMILLION));
    p.add(swatch("\u25C6", "firm (hollow: not active)", Palette.GREEN));
    p.add(new JLabel("double-click an agent to inspect it"));
    return p;
  }

  private static JLabel swatch(String glyph, String text, Color colour) {
    JLabel l = new JLabel(glyph + " " + text);
    l.setForeground(colour.equals(Palette.YELLOW) ? new Color(150, 140, 0) : colour);
    return l;
  }

  private void shock(double multiplier) {
    if (!gui.isStarted()) {
      JOptionPane.showMessageDialog(frame, "Start the run first (press play or pause in the "
          + "Console), then inject the shock.", "No run yet", JOptionPane.INFORMATION_MESSAGE);
      return;
    }
    boolean atHarvest = shockTiming.getSelectedIndex() == 1;
    int from = gui.injectPriceShock(multiplier, (Integer) shockMonths.getValue(), atHarvest);
    shockNote.setText(ShockTiming.describe(gui.model(), from));
  }

  private void openScenario() {
    JFileChooser chooser = new JFileChooser(gui.scenarioFile().toAbsolutePath().getParent()
        .toFile());
    chooser.setFileFilter(new FileNameExtensionFilter("Minga scenarios (YAML)", "yaml", "yml"));
    if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
      load(chooser.getSelectedFile().toPath());
    }
  }

  /**
   * Loads {@code file}; if it has problems, lists them (file, line, key) and leaves the running
   * model as it was. Otherwise restarts on it, paused at month 0.
   */
  void load(Path file) {
    ModelInputs loaded;
    try {
      loaded = ScenarioLoader.load(file, gui.overrides());
    } catch (ScenarioException e) {
      problemView.accept(file, e.format());
      return;
    } catch (RuntimeException e) {
      problemView.accept(file, e.toString());
      return;
    }
    gui.useScenario(file, loaded);
    gui.restartPaused();
    refresh();
  }

  /** Sends scenario problems to {@code view} instead of a dialog (for tests). */
  void showProblemsIn(java.util.function.BiConsumer<Path, String> view) {
    problemView = view;
  }

  private void showProblems(Path file, String problems) {
    JTextArea text = new JTextArea(problems + "\nThe running model was left as it was.");
    text.setEditable(false);
    text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 13));
    JScrollPane scroll = new JScrollPane(text);
    scroll.setPreferredSize(new java.awt.Dimension(760, 220));
    JOptionPane.showMessageDialog(frame, scroll, "Problems in " + file.getFileName(),
        JOptionPane.ERROR_MESSAGE);
  }

  private void exportCharts() {
    JFileChooser chooser = new JFileChooser();
    chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
    chooser.setDialogTitle("Folder for the chart images");
    if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    Path dir = chooser.getSelectedFile().toPath();
    try {
      int n = gui.chartsWindow().exportPng(dir).size();
      JOptionPane.showMessageDialog(frame, String.format(Locale.ROOT, "Wrote %d charts in %s",
          n, dir));
    } catch (IOException e) {
      JOptionPane.showMessageDialog(frame, "Could not write the charts in " + dir + ": " + e,
          "Export failed", JOptionPane.ERROR_MESSAGE);
    }
  }

  private void saveSession() {
    JFileChooser chooser = new JFileChooser();
    chooser.setDialogTitle("Session file (a scenario that replays this run)");
    chooser.setSelectedFile(new java.io.File("session.yaml"));
    if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    Path file = chooser.getSelectedFile().toPath();
    try {
      gui.saveSession(file);
      JOptionPane.showMessageDialog(frame, "Saved. Replay it with: minga run " + file);
    } catch (IOException | IllegalArgumentException e) {
      JOptionPane.showMessageDialog(frame, "Could not save the session in " + file + ": "
          + e.getMessage(), "Save failed", JOptionPane.ERROR_MESSAGE);
    }
  }

  private static JPanel section(String title, JPanel body) {
    JPanel p = new JPanel(new BorderLayout());
    p.setBorder(BorderFactory.createTitledBorder(title));
    p.add(body, BorderLayout.CENTER);
    p.setAlignmentX(Component.LEFT_ALIGNMENT);
    return p;
  }

  private static JPanel row(Component... parts) {
    JPanel p = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
    for (Component c : parts) {
      p.add(c);
      p.add(Box.createHorizontalStrut(2));
    }
    return p;
  }

  private static void setFontSize(Component c, float size) {
    c.setFont(c.getFont() == null ? null : c.getFont().deriveFont(size));
    if (c instanceof java.awt.Container k) {
      for (Component child : k.getComponents()) {
        setFontSize(child, size);
      }
    }
  }
}
