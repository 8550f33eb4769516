package org.minga.scenario;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.minga.scenario.schema.KeyKind;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.RecordSchema;

/**
 * Refuses a scenario whose resolved form (every key written out, as each run saves it in
 * scenario.resolved.yaml) would exceed the size limit of scenario files: that file must load again
 * to repeat the run, and the run's summary reads it too. Checked with the scenario, so that {@code
 * validate} says so and {@code run} stops before simulating, not after.
 */
final class ResolvedSize {
  private ResolvedSize() {}

  static void check(
      RecordSchema schema,
      Record value,
      Map<String, Origin> written,
      Origin top,
      List<Problem> problems) {
    int bytes = ResolvedYamlWriter.toYaml(value, List.of()).getBytes(StandardCharsets.UTF_8).length;
    if (bytes <= TextFiles.MAX_YAML_BYTES) {
      return;
    }
    var longest =
        new Object() {
          String path = "";
          int size;
        };
    RecordTree.visit(
        schema,
        value,
        "",
        (s, record, path) -> {
          for (KeySpec k : s.keys()) {
            if (k.kind() == KeyKind.RECORD_LIST
                && ((List<?>) RecordTree.value(record, k)).size() > longest.size) {
              longest.path = Binder.join(path, k.key());
              longest.size = ((List<?>) RecordTree.value(record, k)).size();
            }
          }
        });
    Origin at = written.getOrDefault(longest.path, top);
    problems.add(
        at.problem(
            longest.path,
            "the scenario is too large once every key is written "
                + "out: its resolved file (scenario.resolved.yaml, which repeats the run) would take "
                + String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0)
                + " MB, more than "
                + "the "
                + TextFiles.megabytes(TextFiles.MAX_YAML_BYTES)
                + " a scenario may have"
                + (longest.path.isEmpty()
                    ? ""
                    : "; this list has " + longest.size + " elements: use " + "fewer")));
  }
}
