package org.minga.compare;

import java.util.List;
import org.minga.metrics.Metrics;
import org.minga.output.CsvNumbers;
import org.minga.scenario.BundledScenarios;

/**
 * compare.md: what was compared, how (replicates, seeds, the interval rule), the focus metrics'
 * differences in a table and the charts. Holds no timings, so it is the same bytes however many
 * threads ran the comparison.
 */
final class CompareReport {
  static final String FILE = "compare.md";

  private CompareReport() {}

  static String markdown(
      CompareSpec spec,
      int steps,
      int startYear,
      int replicates,
      Growth growth,
      List<CompareTable.Row> rows,
      List<String> charts) {
    StringBuilder md =
        new StringBuilder("# Comparison: ")
            .append(name(spec.base()))
            .append(" and ")
            .append(variantName(spec))
            .append("\n\n");
    md.append("- Base: `")
        .append(BundledScenarios.label(spec.base()))
        .append('`')
        .append(sets(spec.sets()))
        .append('\n');
    md.append("- Variant: ")
        .append(
            spec.variantFile() == null
                ? "the base"
                : "`" + BundledScenarios.label(spec.variantFile()) + "`")
        .append(sets(join(spec.sets(), spec.variantSets())))
        .append('\n');
    md.append("- Steps: ")
        .append(steps)
        .append(" months (")
        .append(startYear)
        .append('-')
        .append(startYear + (steps - 1) / 12)
        .append(")\n");
    md.append("- Replicates: ")
        .append(replicates)
        .append(" pairs. Replicate k of both runs " + "uses one seed, SweepSeeds.runSeed(")
        .append(spec.seed())
        .append(", 0, k), so both " + "draw the same random streams (common random numbers).\n");
    if (growth.growing()) {
      md.append("- Replicates were added ")
          .append(CompareSpec.ROUND)
          .append(" at a time until " + "every interval of ")
          .append(code(spec.focus()))
          .append(" was at most ")
          .append(CsvNumbers.format(growth.width()))
          .append(" wide: ")
          .append(
              growth.reached()
                  ? "reached"
                  : "**not reached** at the cap of " + growth.cap() + " replicates")
          .append(" (widest ")
          .append(CsvNumbers.format(growth.widest()))
          .append(").\n");
    }
    md.append(
        "\nDifferences are variant - base, replicate by replicate. Each interval is the "
            + "95% t interval of the n paired differences (replicates where both runs have a "
            + "value), cut at the range a difference can take ([-1, 1] for a share; the true "
            + "difference lies inside it, so the cut keeps the interval's coverage). Means are over "
            + "the same n replicates. *Yes* marks an interval that excludes 0.\n\n");
    md.append(
        "| metric | window | base | variant | difference | 95% interval | n | "
            + "excludes 0 |\n|---|---|---|---|---|---|---|---|\n");
    List<CompareTable.Row> focused =
        rows.stream()
            .filter(r -> spec.focus().contains(r.metric()))
            .sorted(java.util.Comparator.comparingInt(r -> spec.focus().indexOf(r.metric())))
            .toList();
    for (CompareTable.Row r : focused) {
      boolean excludes = r.diff().low() > 0 || r.diff().high() < 0;
      md.append("| `")
          .append(r.metric())
          .append("` | ")
          .append(r.window())
          .append(" | ")
          .append(CsvNumbers.format(r.baseMean()))
          .append(" | ")
          .append(CsvNumbers.format(r.variantMean()))
          .append(" | ")
          .append(CsvNumbers.format(r.diff().mean()))
          .append(" | [")
          .append(CsvNumbers.format(r.diff().low()))
          .append(", ")
          .append(CsvNumbers.format(r.diff().high()))
          .append("] | ")
          .append(r.diff().n())
          .append(" | ")
          .append(excludes ? "yes" : "")
          .append(" |\n");
    }
    md.append("\nUnits: ");
    String sep = "";
    for (String m : spec.focus()) {
      md.append(sep).append('`').append(m).append("` ").append(Metrics.get(m).unit());
      sep = "; ";
    }
    md.append(". Every metric and window is in `").append(CompareTable.FILE).append("`.\n");
    if (!charts.isEmpty()) {
      md.append("\n## The difference over time\n\n");
      for (String c : charts) {
        md.append("![").append(c).append("](").append(c).append(")\n\n");
      }
    }
    return md.toString();
  }

  private static String name(java.nio.file.Path file) {
    return file.getFileName().toString().replaceFirst("(?i)\\.ya?ml$", "");
  }

  private static String variantName(CompareSpec spec) {
    if (spec.variantFile() != null) {
      return name(spec.variantFile());
    }
    return "the base with " + String.join(", ", spec.variantSets());
  }

  private static List<String> join(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static String sets(List<String> sets) {
    return sets.isEmpty() ? "" : " with " + code(sets);
  }

  private static String code(List<String> words) {
    return String.join(", ", words.stream().map(w -> "`" + w + "`").toList());
  }
}
