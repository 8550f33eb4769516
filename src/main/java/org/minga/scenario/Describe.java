package org.minga.scenario;

import java.util.ArrayList;
import java.util.List;
import org.minga.scenario.schema.KeyKind;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.Names;
import org.minga.scenario.schema.ScenarioSchema;

/**
 * The text of {@code minga describe [key.path]}: every scenario key (or one section or key) with
 * its type, default, unit, range, meaning and source, straight from the schema.
 */
public final class Describe {
  private Describe() {}

  /** Every key of the scenario. */
  public static String all() {
    return render(ScenarioSchema.of(Scenario.class), "");
  }

  /**
   * The key or section at {@code path} ({@code producers}, {@code producers.area_ha}, {@code
   * firms[].margin}; list indexes may be written as {@code [0]}); empty or null: every key.
   *
   * @throws ScenarioException when no key has that path (with a "did you mean")
   */
  public static String of(String path) throws ScenarioException {
    return of(ScenarioSchema.of(Scenario.class), path);
  }

  /** As {@link #of(String)} for any schema. */
  public static String of(ScenarioSchema schema, String path) throws ScenarioException {
    if (path == null || path.isBlank()) {
      return render(schema, "");
    }
    String p = ScenarioSchema.normalize(path.trim());
    if (p.endsWith("[]")) {
      p = p.substring(0, p.length() - 2);
    }
    KeySpec added =
        ListAdditions.isAddition(p) && schema.find(p) == null
            ? schema.find(ListAdditions.listKey(p))
            : null;
    if (added != null && added.kind() == KeyKind.RECORD_LIST) {
      p = added.path(); // prices.shocks_add adds to prices.shocks: describe that
    }
    if (schema.find(p) == null) {
      List<KeySpec> about = KeySearch.find(path.trim());
      String hint =
          Names.closest(p, schema.paths())
              .map(s -> "; did you mean `" + s + "`?")
              .orElse(
                  !about.isEmpty()
                      ? "; keys about it: "
                          + String.join(", ", about.stream().limit(3).map(KeySpec::path).toList())
                          + " (minga describe --search "
                          + path.trim()
                          + " lists them all)"
                      : "; run `minga describe` to list every key");
      throw new ScenarioException(
          List.of(new Problem("describe", 0, 0, path.trim(), "no such key" + hint)));
    }
    return render(schema, p);
  }

  private static String render(ScenarioSchema schema, String prefix) {
    StringBuilder sb = new StringBuilder();
    for (KeySpec k : schema.allKeys()) {
      String path = k.path();
      boolean inside =
          prefix.isEmpty()
              || path.equals(prefix)
              || path.startsWith(prefix + ".")
              || path.startsWith(prefix + "[].");
      if (inside) {
        block(sb, k);
      }
    }
    return sb.toString();
  }

  /** {@code range}, marked as applying to each element for a list of numbers. */
  static String eachWords(KeySpec k, String range) {
    boolean list = k.kind() == KeyKind.INT_LIST || k.kind() == KeyKind.DOUBLE_LIST;
    return range.isEmpty() || !list ? range : range + " (each)";
  }

  private static void block(StringBuilder sb, KeySpec k) {
    if (k.kind() == KeyKind.SECTION || k.kind() == KeyKind.RECORD_LIST) {
      sb.append(k.path())
          .append(k.kind() == KeyKind.RECORD_LIST ? "[]" : "")
          .append("  (")
          .append(
              k.kind() == KeyKind.SECTION
                  ? "section"
                  : "list; each element has the keys "
                      + "below; default "
                      + k.defaultYaml()
                      + "; "
                      + k.key()
                      + ListAdditions.SUFFIX
                      + " appends to the inherited list")
          .append(")\n");
      sb.append("    ").append(k.doc()).append("\n\n");
      return;
    }
    sb.append(k.path()).append('\n');
    List<String> facts = new ArrayList<>();
    facts.add("type: " + k.typeWords());
    facts.add(k.isRequired() ? "required (no default)" : "default: " + k.defaultYaml());
    if (!k.unit().isEmpty()) {
      facts.add("unit: " + k.unit());
    }
    if (!k.rangeWords().isEmpty()) {
      facts.add("range: " + eachWords(k, k.rangeWords()));
    }
    if (k.hasPlausibleRange()) {
      facts.add("plausible: " + eachWords(k, k.plausibleWords()));
    }
    sb.append("    ").append(String.join("; ", facts)).append('\n');
    sb.append("    ").append(k.doc()).append('\n');
    if (!k.source().isEmpty()) {
      sb.append("    source: ").append(k.source()).append('\n');
    }
    sb.append('\n');
  }
}
