package org.minga.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minga.scenario.Problem;
import org.minga.scenario.schema.Names;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads typed values out of a composed YAML node tree, adding a {@link Problem} with the node's
 * file, line and column for anything of the wrong shape. Every method returns null (or the
 * fallback) after reporting, so one pass collects every problem.
 */
final class SpecNodes {
  private final String label;
  private final List<Problem> problems;

  SpecNodes(String label, List<Problem> problems) {
    this.label = label;
    this.problems = problems;
  }

  void problem(Node at, String path, String message) {
    Mark m = at.getStartMark();
    problems.add(new Problem(label, m.getLine() + 1, m.getColumn() + 1, path, message));
  }

  /** The entries of a map node by key (file order), reporting unknown keys; null if not a map. */
  Map<String, NodeTuple> map(Node node, String path, List<String> allowed) {
    if (!(node instanceof MappingNode mapping)) {
      problem(node, path, "expected a map of keys (" + String.join(", ", allowed) + ")");
      return null;
    }
    Map<String, NodeTuple> entries = new LinkedHashMap<>();
    for (NodeTuple t : mapping.getValue()) {
      String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
      String keyPath = join(path, key);
      if (key == null) {
        problem(t.getKeyNode(), path, "a key must be a plain name, not a list or map");
      } else if (allowed != null && !allowed.contains(key)) {
        problem(
            t.getKeyNode(),
            keyPath,
            "unknown key `"
                + key
                + "` in "
                + (path.isEmpty() ? "the sweep file" : path)
                + Names.closest(key, allowed)
                    .map(s -> "; did you mean `" + s + "`?")
                    .orElse("; allowed keys: " + String.join(", ", allowed)));
      } else {
        entries.put(key, t);
      }
    }
    return entries;
  }

  /** The items of a list node, or null after reporting. */
  List<Node> list(Node node, String path) {
    if (node instanceof SequenceNode s) {
      return new ArrayList<>(s.getValue());
    }
    problem(node, path, "expected a list");
    return null;
  }

  /** A scalar's text, or null after reporting. */
  String text(Node node, String path) {
    if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
      return s.getValue();
    }
    problem(node, path, "expected a single value, not a list, map or nothing");
    return null;
  }

  /** A number, or null after reporting. */
  Double number(Node node, String path) {
    String t = text(node, path);
    if (t == null) {
      return null;
    }
    try {
      double x = Double.parseDouble(t.trim());
      if (Double.isFinite(x)) {
        return x;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(node, path, "`" + t + "` is not a number");
    return null;
  }

  /** A whole number in [min, max], or null after reporting. */
  Long whole(Node node, String path, long min, long max) {
    String t = text(node, path);
    if (t == null) {
      return null;
    }
    try {
      long x = Long.parseLong(t.trim().replace("_", ""));
      if (x >= min && x <= max) {
        return x;
      }
      problem(node, path, x + " is out of range; allowed " + min + " to " + max);
    } catch (NumberFormatException e) {
      problem(node, path, "`" + t + "` is not a whole number");
    }
    return null;
  }

  /** true or false, or null after reporting. */
  Boolean flag(Node node, String path) {
    String t = text(node, path);
    if (t == null) {
      return null;
    }
    return switch (t.trim()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> {
        problem(node, path, "`" + t + "` is not true or false");
        yield null;
      }
    };
  }

  static String join(String path, String key) {
    return path.isEmpty() ? String.valueOf(key) : path + "." + key;
  }
}
