package org.minga.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.minga.scenario.ScenarioProvenance.Kind;
import org.minga.scenario.ScenarioProvenance.Value;

/**
 * Generates {@code docs/assumptions.md}: every value written in the bundled scenarios with its kind
 * (sourced, calibrated, assumption, unstated), read by {@link ScenarioProvenance} from the files'
 * comments, so the table can never disagree with the scenarios ({@code AssumptionsDocTest} fails
 * when the checked-in file is stale). Run: {@code java -cp target/minga.jar
 * org.minga.scenario.AssumptionsDoc docs/assumptions.md}.
 */
public final class AssumptionsDoc {
  /** The command that regenerates the checked-in table. */
  public static final String REGENERATE =
      "java -cp target/minga.jar org.minga.scenario.AssumptionsDoc docs/assumptions.md";

  /** Where the bundled scenarios are, relative to the repository root. */
  public static final Path SCENARIOS = Path.of("scenarios");

  /** Labels, not parameters: left out of the table of unstated values. */
  private static final Set<String> LABELS =
      Set.of("name", "description", "commodity.name", "firms[].name");

  private AssumptionsDoc() {}

  /**
   * Writes the table to the path given as the only argument (scenarios from {@code scenarios/}).
   */
  public static void main(String[] args) throws IOException, ScenarioException {
    if (args.length != 1) {
      System.err.println("usage: AssumptionsDoc <output.md>");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, generate(SCENARIOS));
  }

  /** The Markdown text of the table for the scenarios ({@code *.yaml}) in {@code dir}. */
  public static String generate(Path dir) throws IOException, ScenarioException {
    Path root = dir.toAbsolutePath().normalize();
    List<Path> files;
    try (Stream<Path> s = Files.list(root)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    StringBuilder summary = new StringBuilder();
    summary.append(
        "| Scenario | Extends | Sourced | Calibrated | Assumption | Unstated | "
            + "Assumed plain numbers |\n|---|---|---|---|---|---|---|\n");
    for (Path f : files) {
      List<Value> values = ScenarioProvenance.of(f);
      Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
      int assumedNumbers = 0;
      for (Value v : values) {
        counts.merge(v.kind(), 1, Integer::sum);
        if (v.kind() == Kind.ASSUMPTION && v.plainNumber()) {
          assumedNumbers++;
        }
        rows.putIfAbsent(v.file() + ":" + v.line() + ":" + v.path(), new Row(v, root));
      }
      summary
          .append("| `")
          .append(root.relativize(f))
          .append("` | ")
          .append(extendsOf(values, f, root))
          .append(" | ")
          .append(counts.getOrDefault(Kind.SOURCED, 0))
          .append(" | ")
          .append(counts.getOrDefault(Kind.CALIBRATED, 0))
          .append(" | ")
          .append(counts.getOrDefault(Kind.ASSUMPTION, 0))
          .append(" | ")
          .append(counts.getOrDefault(Kind.UNSTATED, 0))
          .append(" | ")
          .append(assumedNumbers)
          .append(" |\n");
    }
    List<Row> sorted = new ArrayList<>(rows.values());
    sorted.sort(
        Comparator.comparing(Row::group)
            .thenComparing(Row::where, AssumptionsDoc::byPlace)
            .thenComparing(r -> r.v.path()));
    StringBuilder sb = new StringBuilder(INTRO.formatted(REGENERATE));
    sb.append(
            "## Per scenario\n\nValues of each scenario after `extends` is resolved, by "
                + "kind. The last column counts the\nassumptions that are a single number (what a "
                + "sampling design over a scenario's assumptions\nwould vary).\n\n")
        .append(summary);
    sb.append("\n## Assumed and calibrated values\n\n");
    sb.append(
        "| Key | Value | Kind | Reason (the comment) | Written in |\n|---|---|---|---|---|\n");
    for (Row r : sorted) {
      if (r.v.kind() == Kind.ASSUMPTION || r.v.kind() == Kind.CALIBRATED) {
        sb.append("| `")
            .append(r.v.path())
            .append("` | ")
            .append(code(r.v.value()))
            .append(" | ")
            .append(r.kindWords())
            .append(" | ")
            .append(cell(r.v.comment()))
            .append(" | `")
            .append(r.where)
            .append("` |\n");
      }
    }
    sb.append(
        "\n## Sourced values\n\nThe passages behind each citation are quoted, with a "
            + "translation, in\n[`sources.md`](sources.md).\n\n");
    sb.append("| Key | Value | Source | Comment | Written in |\n|---|---|---|---|---|\n");
    for (Row r : sorted) {
      if (r.v.kind() == Kind.SOURCED) {
        sb.append("| `")
            .append(r.v.path())
            .append("` | ")
            .append(code(r.v.value()))
            .append(" | ")
            .append(cell(String.join("; ", r.v.citations())))
            .append(r.inheritedWords())
            .append(" | ")
            .append(cell(r.v.comment()))
            .append(" | `")
            .append(r.where)
            .append("` |\n");
      }
    }
    sb.append(
        "\n## Values with no stated provenance\n\nWritten without a comment that cites, "
            + "assumes or calibrates, and with nothing to inherit one\nfrom (the rules above). None "
            + "is in the sources; read them as assumptions whose reason is not\nwritten down. "
            + "Labels (`name`, `description`, `commodity.name`, `firms[].name`) are left out.\n\n");
    sb.append("| Key | Value | Comment | Written in |\n|---|---|---|---|\n");
    for (Row r : sorted) {
      if (r.v.kind() == Kind.UNSTATED && !LABELS.contains(r.group())) {
        sb.append("| `")
            .append(r.v.path())
            .append("` | ")
            .append(code(r.v.value()))
            .append(" | ")
            .append(cell(r.v.comment()))
            .append(" | `")
            .append(r.where)
            .append("` |\n");
      }
    }
    return sb.toString();
  }

  /** One written value, with its place relative to the scenarios directory. */
  private record Row(Value v, String where, String group, String basisWhere) {
    Row(Value v, Path root) {
      this(
          v,
          root.relativize(v.file()) + ":" + v.line(),
          v.path().replaceAll("\\[\\d+]", "[]"),
          v.basisFile() == null ? "" : root.relativize(v.basisFile()) + ":" + v.basisLine());
    }

    String kindWords() {
      return v.kind().word() + inheritedWords();
    }

    String inheritedWords() {
      return switch (v.basis()) {
        case ENCLOSING_KEY -> " (from the enclosing key, `" + basisWhere + "`)";
        case EARLIER_ELEMENT -> " (as the earlier element, `" + basisWhere + "`)";
        case BASE_SCENARIO -> " (as in the base, `" + basisWhere + "`)";
        default -> "";
      };
    }
  }

  private static String extendsOf(List<Value> values, Path file, Path root) {
    List<String> bases = new ArrayList<>();
    for (Value v : values) {
      String name = root.relativize(v.file()).toString();
      if (!v.file().equals(file.toAbsolutePath().normalize()) && !bases.contains(name)) {
        bases.add(name);
      }
    }
    return bases.isEmpty() ? "—" : "`" + String.join("`, `", bases) + "`";
  }

  /** Orders {@code file:line} by file name, then by line number. */
  private static int byPlace(String a, String b) {
    int ia = a.lastIndexOf(':');
    int ib = b.lastIndexOf(':');
    int byFile = a.substring(0, ia).compareTo(b.substring(0, ib));
    return byFile != 0
        ? byFile
        : Integer.compare(
            Integer.parseInt(a.substring(ia + 1)), Integer.parseInt(b.substring(ib + 1)));
  }

  private static String code(String s) {
    return "`" + s.replace("|", "\\|").replace("`", "'") + "`";
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  private static final String INTRO =
      """
      # Sourced and assumed scenario values

      <!-- Generated from the scenarios' comments by org.minga.scenario.AssumptionsDoc (reading
           them with org.minga.scenario.ScenarioProvenance); do not edit by hand. Regenerate with:
           %s -->

      Every value written in the bundled scenarios (`scenarios/*.yaml`), with where it comes
      from, read from the comment that ends its line:

      - **sourced**: the comment cites a source document by key and location (`[Key,
        location]`, keys in [`sources.md`](sources.md)) and says nothing is assumed;
      - **calibrated**: the comment says *calibrated*: the value was fitted so that a pattern
        check passes ([`model.md` §15](model.md#15-pattern-suite-and-calibration));
      - **assumption**: the comment says *assumption* or *assumed*, with the reason. It may also
        cite a source: the source gives the direction of an effect, the value's size is assumed;
      - **unstated**: none of these, and nothing to inherit.

      A value without a comment of its own that says one of these takes the kind of, in order:
      the comment of its nearest enclosing key (a lever written as a block under
      `tax_deduction:  # ...`); the same key, with the same value, of an earlier element of the
      same list (the second and third exporters of `guatemala-agroexport.yaml`); the same key,
      with the same value, in the scenario it extends, if that value is an assumption or
      calibrated. Such rows say where the kind was read.

      A scenario that `extends` another uses the base's lines for every key it does not write;
      each line appears once below, under the file that writes it. Paths are those of `--set`
      (`firms[0].margin`, `producers.area_ha.mean`). Keys written nowhere take the defaults of
      [`scenario-reference.md`](scenario-reference.md), whose Source column gives their origin.

      """;
}
