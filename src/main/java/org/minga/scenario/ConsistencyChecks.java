package org.minga.scenario;

import java.util.List;
import java.util.Map;
import org.minga.scenario.schema.Checked;
import org.minga.scenario.schema.Problems;
import org.minga.scenario.schema.RecordSchema;

/**
 * Runs {@link Checked#check} on every bound record (root, sections, list elements) and maps each
 * reported key to where it was written: the key itself, else its nearest written ancestor, else the
 * start of the top-level file.
 */
final class ConsistencyChecks {
  private final Map<String, Origin> written;
  private final Origin fallback;
  private final int horizonSteps;
  private final List<Problem> problems;

  ConsistencyChecks(
      Map<String, Origin> written, Origin fallback, int horizonSteps, List<Problem> problems) {
    this.written = written;
    this.fallback = fallback;
    this.horizonSteps = horizonSteps;
    this.problems = problems;
  }

  void run(RecordSchema schema, Record record, String path) {
    RecordTree.visit(
        schema,
        record,
        path,
        (r, value, at) -> {
          if (value instanceof Checked checked) {
            checked.check(new PrefixedProblems(at));
          }
        });
  }

  /** The origin of {@code path} or of its nearest written ancestor. */
  Origin locate(String path) {
    String p = path;
    while (!p.isEmpty()) {
      Origin o = written.get(p);
      if (o != null) {
        return o;
      }
      p = parent(p);
    }
    return fallback;
  }

  /** {@code a.b[2]} to {@code a.b}; {@code a.b} to {@code a}; {@code a} to "". */
  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  private final class PrefixedProblems implements Problems {
    private final String prefix;

    PrefixedProblems(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public void add(String relativeKey, String message) {
      String full =
          prefix.isEmpty() || relativeKey.isEmpty()
              ? prefix + relativeKey
              : relativeKey.startsWith("[") ? prefix + relativeKey : prefix + "." + relativeKey;
      problems.add(locate(full).problem(full, message));
    }

    @Override
    public int horizonSteps() {
      return horizonSteps;
    }
  }
}
