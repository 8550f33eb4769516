package org.minga.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.minga.chart.ChartStyle;
import org.minga.chart.SweepCharts;
import org.minga.sweep.SweepLock;

/**
 * Draws a completed sweep's charts into {@code DIR/charts} after its tables are written. Like a
 * run's charts they are a view of the CSV files: if they cannot be drawn the sweep still succeeds,
 * with a warning, and {@code minga chart DIR} can draw them later. Callers hold the sweep's lock,
 * so temporary images found there are a killed process's and are removed first.
 */
final class SweepChartFiles {
  private SweepChartFiles() {}

  /** Writes the charts; returns how many files were written (0 after a warning). */
  static int write(Path sweepDir, PrintWriter err, SweepLock lock) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true"); // a sweep never opens a window
    }
    try {
      lock.removeLeftoverImages(sweepDir.resolve(SweepCharts.DIRECTORY));
      return SweepCharts.read(ChartStyle.STANDARD, sweepDir)
          .write(sweepDir.resolve(SweepCharts.DIRECTORY), false)
          .size();
    } catch (java.io.IOException | RuntimeException | LinkageError e) {
      // LinkageError: AWT failing to load its font or graphics libraries.
      err.println(
          "minga: warning: charts not written in "
              + sweepDir.resolve(SweepCharts.DIRECTORY)
              + ": "
              + e
              + "; the tables are complete (draw the charts "
              + "later with: minga chart "
              + sweepDir
              + ")");
      return 0;
    }
  }
}
