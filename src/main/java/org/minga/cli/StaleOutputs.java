package org.minga.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minga.chart.MingaCharts;
import org.minga.output.OutputFiles;
import org.minga.output.StagedOutputs;

/**
 * Removes what an earlier run left in the same output directory and this run did not rewrite (the
 * charts after {@code --no-charts}, households.csv after {@code --households none}), so that every
 * file in the directory belongs to the last run. Only names this program writes are touched;
 * anything else in the directory stays. Temporary files a killed run left go too.
 */
final class StaleOutputs {
  private StaleOutputs() {}

  /** Every file name {@code run} may write. */
  static List<String> knownNames() {
    List<String> names = new ArrayList<>(OutputFiles.ALL);
    for (String chart : MingaCharts.names()) {
      names.add(chart + ".png");
      names.add(chart + ".svg");
    }
    return names;
  }

  /**
   * Deletes the temporary files ({@code .NAME.RANDOM.tmp}) that a run killed mid-write left for one
   * of the known names; call while holding the directory's lock, so that no live run's files can be
   * among them. Other files stay.
   */
  static void removeLeftoverTemps(Path directory, PrintWriter err) {
    List<String> names = knownNames();
    try (var files = Files.list(directory)) {
      for (Path f : files.toList()) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.', n.length() - StagedOutputs.TEMP_SUFFIX.length() - 1);
        if (n.startsWith(".")
            && n.endsWith(StagedOutputs.TEMP_SUFFIX)
            && dot > 1
            && names.contains(n.substring(1, dot))) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException e) {
      err.println(
          "minga: warning: could not remove leftover temporary files in "
              + directory
              + ": "
              + IoMessages.describe(e));
    }
  }

  /** Deletes the known files in {@code directory} not in {@code written}; warns on failure. */
  static void remove(Path directory, List<String> written, PrintWriter err) {
    for (String name : knownNames()) {
      if (written.contains(name)) {
        continue;
      }
      try {
        Files.deleteIfExists(directory.resolve(name));
      } catch (IOException e) {
        err.println(
            "minga: warning: could not remove "
                + directory.resolve(name)
                + " of an "
                + "earlier run: "
                + IoMessages.describe(e));
      }
    }
  }
}
