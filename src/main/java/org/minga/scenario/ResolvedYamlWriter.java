package org.minga.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.RangeWords;
import org.minga.scenario.schema.RecordSchema;
import org.minga.scenario.schema.ScenarioSchema;

/**
 * Writes a scenario as YAML with every key and its value, defaults included, in schema order and
 * without {@code extends}: loading the written file gives an equal scenario, so a run can be
 * reproduced from its output folder alone. File paths are already absolute (the loader makes them
 * so), hence the file runs from any directory.
 */
public final class ResolvedYamlWriter {
  private static final String HEADER =
      "# Minga scenario, resolved: every key with its value, defaults included.\n"
          + "# Load it as it is (no extends, no --set) to reproduce the run.\n";

  private ResolvedYamlWriter() {}

  /** Writes {@code scenario} to {@code out} (UTF-8), with the standard header comment. */
  public static void write(Scenario scenario, Path out) throws IOException {
    Files.writeString(out, toYaml(scenario, List.of()));
  }

  /**
   * The resolved YAML text of any {@code @Param} record tree.
   *
   * @param extraHeader more comment lines after the standard header (without {@code #})
   */
  public static String toYaml(Record root, List<String> extraHeader) {
    StringBuilder sb = new StringBuilder(HEADER);
    for (String line : extraHeader) {
      sb.append("# ").append(line.replace("\n", " ")).append('\n');
    }
    List<String> lines = new ArrayList<>();
    writeRecord(ScenarioSchema.of(root.getClass()).root(), root, "", lines);
    for (String line : lines) {
      sb.append(line).append('\n');
    }
    return sb.toString();
  }

  private static void writeRecord(
      RecordSchema schema, Record r, String indent, List<String> lines) {
    for (KeySpec spec : schema.keys()) {
      Object value = RecordTree.value(r, spec);
      String head = indent + spec.key() + ":";
      switch (spec.kind()) {
        case SECTION -> {
          List<String> inner = new ArrayList<>();
          writeRecord(spec.children(), (Record) value, indent + "  ", inner);
          if (inner.isEmpty()) {
            lines.add(head + " {}");
          } else {
            lines.add(head);
            lines.addAll(inner);
          }
        }
        case RECORD_LIST -> {
          List<?> items = (List<?>) value;
          if (items.isEmpty()) {
            lines.add(head + " []");
            break;
          }
          lines.add(head);
          for (Object item : items) {
            List<String> inner = new ArrayList<>();
            writeRecord(spec.children(), (Record) item, indent + "    ", inner);
            if (inner.isEmpty()) {
              lines.add(indent + "  - {}");
            } else {
              // The element's first key goes on the dash line.
              inner.set(0, indent + "  - " + inner.get(0).substring(indent.length() + 4));
              lines.addAll(inner);
            }
          }
        }
        default -> lines.add(head + " " + scalar(spec, value));
      }
    }
  }

  private static String scalar(KeySpec spec, Object value) {
    return switch (spec.kind()) {
      case INT, LONG, BOOLEAN -> String.valueOf(value);
      case DOUBLE -> RangeWords.number((Double) value);
      case STRING -> quote((String) value);
      case ENUM -> ((Enum<?>) value).name().toLowerCase();
      case DIST -> dist((Dist) value);
      case INT_LIST ->
          "["
              + ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(", "))
              + "]";
      case DOUBLE_LIST ->
          "["
              + ((List<?>) value)
                  .stream()
                      .map(d -> RangeWords.number((Double) d))
                      .collect(Collectors.joining(", "))
              + "]";
      case SECTION, RECORD_LIST -> throw new IllegalStateException("not a scalar: " + spec);
    };
  }

  /** A distribution in the form the loader reads back to an equal {@link Dist}. */
  static String dist(Dist d) {
    StringBuilder sb = new StringBuilder("{dist: ").append(d.kind().name().toLowerCase());
    switch (d.kind()) {
      case CONSTANT -> {
        return RangeWords.number(d.a());
      }
      case UNIFORM ->
          sb.append(", min: ")
              .append(RangeWords.number(d.min()))
              .append(", max: ")
              .append(RangeWords.number(d.max()));
      case NORMAL, LOGNORMAL -> {
        sb.append(", mean: ")
            .append(RangeWords.number(d.a()))
            .append(", sd: ")
            .append(RangeWords.number(d.b()));
        bounds(sb, d);
      }
      case BETA -> {
        sb.append(", alpha: ")
            .append(RangeWords.number(d.a()))
            .append(", beta: ")
            .append(RangeWords.number(d.b()));
        bounds(sb, d);
      }
      case EMPIRICAL -> {
        sb.append(", values: ").append(numbers(d.values()));
        if (d.weights().length > 0) {
          sb.append(", weights: ").append(numbers(d.weights()));
        }
      }
    }
    return sb.append('}').toString();
  }

  private static void bounds(StringBuilder sb, Dist d) {
    if (d.min() != Double.NEGATIVE_INFINITY) {
      sb.append(", min: ").append(RangeWords.number(d.min()));
    }
    if (d.max() != Double.POSITIVE_INFINITY) {
      sb.append(", max: ").append(RangeWords.number(d.max()));
    }
  }

  private static String numbers(double[] xs) {
    List<String> parts = new ArrayList<>();
    for (double x : xs) {
      parts.add(RangeWords.number(x));
    }
    return "[" + String.join(", ", parts) + "]";
  }

  /** A YAML double-quoted string; reads back as exactly {@code s}. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
