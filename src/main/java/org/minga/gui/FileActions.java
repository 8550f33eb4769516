package org.minga.gui;

import java.awt.Component;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiConsumer;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.SpinnerNumberModel;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.minga.scenario.BundledScenarios;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.ScenarioLoader;

/**
 * The File and Run menus' actions that talk to the file system or ask a question: open or reload a
 * scenario (its problems listed, file:line, with the running model left as it was), save the
 * session, export the charts, reset with another seed. Event dispatch thread.
 */
final class FileActions {
  private final MingaGui gui;
  private final Component parent;

  /** Where scenario problems are shown: a dialog (tests capture them instead). */
  private BiConsumer<Path, String> problemView = this::showProblems;

  FileActions(MingaGui gui, Component parent) {
    this.gui = gui;
    this.parent = parent;
  }

  void openScenario() {
    Path folder = gui.scenarioFile().toAbsolutePath().getParent();
    // A bundled scenario's folder is in the jar: start in the user's own folder instead.
    JFileChooser chooser =
        new JFileChooser(BundledScenarios.contains(folder) ? null : folder.toFile());
    chooser.setFileFilter(new FileNameExtensionFilter("Minga scenarios (YAML)", "yaml", "yml"));
    if (chooser.showOpenDialog(parent) == JFileChooser.APPROVE_OPTION) {
      load(chooser.getSelectedFile().toPath());
    }
  }

  void reload() {
    load(gui.scenarioFile());
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
  }

  /** Sends scenario problems to {@code view} instead of a dialog (for tests). */
  void showProblemsIn(BiConsumer<Path, String> view) {
    problemView = view;
  }

  private void showProblems(Path file, String problems) {
    JTextArea text = new JTextArea(problems + "\nThe running model was left as it was.");
    text.setEditable(false);
    text.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 13));
    JScrollPane scroll = new JScrollPane(text);
    scroll.setPreferredSize(new java.awt.Dimension(760, 220));
    JOptionPane.showMessageDialog(
        parent, scroll, "Problems in " + file.getFileName(), JOptionPane.ERROR_MESSAGE);
  }

  void resetWithSeed() {
    JSpinner seed =
        new JSpinner(new SpinnerNumberModel(gui.seed(), 0L, (long) Integer.MAX_VALUE, 1L));
    seed.setEditor(new JSpinner.NumberEditor(seed, "#")); // no digit grouping
    int answer =
        JOptionPane.showConfirmDialog(
            parent, seed, "Reset with seed", JOptionPane.OK_CANCEL_OPTION);
    if (answer == JOptionPane.OK_OPTION) {
      gui.useSeed(((Number) seed.getValue()).longValue());
      gui.restartPaused();
    }
  }

  void exportCharts() {
    JFileChooser chooser = new JFileChooser();
    chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
    chooser.setDialogTitle("Folder for the chart images");
    if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    Path dir = chooser.getSelectedFile().toPath();
    try {
      int n = gui.window().charts().exportPng(dir).size();
      JOptionPane.showMessageDialog(
          parent, String.format(Locale.ROOT, "Wrote %d charts in %s", n, dir));
    } catch (IOException e) {
      JOptionPane.showMessageDialog(
          parent,
          "Could not write the charts in " + dir + ": " + e,
          "Export failed",
          JOptionPane.ERROR_MESSAGE);
    }
  }

  void saveSession() {
    JFileChooser chooser = new JFileChooser();
    chooser.setDialogTitle("Session file (a scenario that replays this run)");
    chooser.setSelectedFile(new java.io.File("session.yaml"));
    if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    Path file = chooser.getSelectedFile().toPath();
    try {
      gui.saveSession(file);
      JOptionPane.showMessageDialog(parent, "Saved. Replay it with: minga run " + file);
    } catch (IOException | IllegalArgumentException e) {
      JOptionPane.showMessageDialog(
          parent,
          "Could not save the session in " + file + ": " + e.getMessage(),
          "Save failed",
          JOptionPane.ERROR_MESSAGE);
    }
  }
}
