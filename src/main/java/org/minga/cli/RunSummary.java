package org.minga.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.minga.output.CsvNumbers;
import org.minga.output.MetricStats;
import org.minga.output.RunInfo;

/** The paragraph {@code minga run} prints when a run completes. */
final class RunSummary {
  private RunSummary() {}

  static String format(RunInfo info, MetricStats stats, List<String> files, Path directory) {
    return String.format(
        Locale.ROOT,
        "Ran scenario '%s' (%s, seed %d): %d steps with %d producers in %.1f s. "
            + "At the end: world price %s, membership rate %s, mean income %s USD/year, "
            + "Gini %s, poverty rate %s, %s active cooperatives. "
            + "Wrote %s to %s.",
        info.scenarioName(),
        info.sourceFile(),
        info.seed(),
        info.steps(),
        info.producers(),
        info.wallTimeSeconds(),
        last(stats, "world_price"),
        last(stats, "membership_rate"),
        last(stats, "income_mean"),
        last(stats, "gini"),
        last(stats, "poverty_rate"),
        last(stats, "active_cooperatives"),
        String.join(", ", files),
        directory);
  }

  private static String last(MetricStats stats, String metric) {
    return CsvNumbers.format(stats.last(metric));
  }
}
