package org.minga.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.minga.chart.ChartExport;
import org.minga.chart.ChartStyle;
import org.minga.chart.MingaCharts;
import org.minga.chart.StepRow;
import org.minga.scenario.Scenario;

/**
 * Writes a run's charts after its data files are complete. The charts are a view of the CSV files:
 * when they cannot be drawn (a disk error, a Java without fonts) the run still succeeds, with a
 * warning, and {@code minga chart DIR} can draw them later.
 */
final class RunCharts {
  private RunCharts() {}

  /** Writes the charts; returns the file names written, or an empty list after a warning. */
  static List<String> write(
      Scenario scenario,
      List<StepRow> rows,
      Path directory,
      boolean svg,
      boolean allSeries,
      PrintWriter err) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true"); // a run never opens a window
    }
    try {
      MingaCharts charts = MingaCharts.forScenario(ChartStyle.STANDARD, scenario, allSeries);
      charts.appendAll(rows);
      return ChartExport.write(charts, directory, svg).stream()
          .map(p -> p.getFileName().toString())
          .toList();
    } catch (IOException | RuntimeException | LinkageError e) {
      // LinkageError: AWT failing to load its font or graphics libraries.
      err.println(
          "minga: warning: charts not written in "
              + directory
              + ": "
              + e
              + "; the data files are complete (draw the charts later with: minga chart "
              + directory
              + ")");
      return List.of();
    }
  }
}
