package org.minga.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.minga.chart.MingaCharts;
import org.minga.output.OutputFiles;

/**
 * Removes what an earlier run left in the same output directory and this run did not rewrite
 * (the charts after {@code --no-charts}, households.csv after {@code --households none}), so
 * that every file in the directory belongs to the last run. Only names this program writes are
 * touched; anything else in the directory stays.
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

  /** Deletes the known files in {@code directory} not in {@code written}; warns on failure. */
  static void remove(Path directory, List<String> written, PrintWriter err) {
    for (String name : knownNames()) {
      if (written.contains(name)) {
        continue;
      }
      try {
        Files.deleteIfExists(directory.resolve(name));
      } catch (IOException e) {
        err.println("minga: warning: could not remove " + directory.resolve(name) + " of an "
            + "earlier run: " + IoMessages.describe(e));
      }
    }
  }
}
