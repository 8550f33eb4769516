package org.minga.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.minga.scenario.YamlValue.Entry;
import org.minga.scenario.YamlValue.ScalarType;
import org.minga.scenario.YamlValue.YList;
import org.minga.scenario.YamlValue.YMap;
import org.minga.scenario.YamlValue.YScalar;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses YAML text into {@link YamlValue}s with positions. Only composes nodes (never constructs
 * Java objects from tags), under limits that defuse hostile input: aliases, nesting depth and
 * document size are capped, and duplicate keys are rejected.
 */
final class YamlSource {
  static final int MAX_ALIASES = 50;
  static final int MAX_DEPTH = 50;

  /** A file's bytes are read up to the same limit, so a file within it is never refused here. */
  static final int MAX_CODE_POINTS = TextFiles.MAX_YAML_BYTES;

  private YamlSource() {}

  static LoaderOptions options() {
    LoaderOptions o = new LoaderOptions();
    o.setAllowDuplicateKeys(false);
    o.setMaxAliasesForCollections(MAX_ALIASES);
    o.setNestingDepthLimit(MAX_DEPTH);
    o.setCodePointLimit(MAX_CODE_POINTS);
    o.setAllowRecursiveKeys(false);
    return o;
  }

  /**
   * Reads and parses a YAML file. Returns null (and adds a problem) when the file cannot be read or
   * parsed; returns an empty map for an empty document.
   *
   * @param label the file name to print in problems
   * @param namedAt where the file was named (an {@code extends}), reported when it cannot be read;
   *     null for the top-level file
   */
  static YamlValue parseFile(Path file, String label, Origin namedAt, List<Problem> problems) {
    String text;
    try {
      text = TextFiles.read(file, TextFiles.MAX_YAML_BYTES);
    } catch (TextFiles.TooLarge e) {
      problems.add(readProblem(label, namedAt, e.getMessage()));
      return null;
    } catch (NoSuchFileException e) {
      problems.add(readProblem(label, namedAt, "file does not exist (" + absolute(file) + ")"));
      return null;
    } catch (AccessDeniedException e) {
      problems.add(readProblem(label, namedAt, "file is not readable (permission denied)"));
      return null;
    } catch (CharacterCodingException e) {
      problems.add(readProblem(label, namedAt, "file is not UTF-8 text"));
      return null;
    } catch (IOException e) {
      problems.add(readProblem(label, namedAt, "cannot read file: " + e.getMessage()));
      return null;
    }
    return parse(text, file, label, problems);
  }

  private static Problem readProblem(String label, Origin namedAt, String message) {
    if (namedAt != null) {
      return namedAt.problem("extends", "cannot read `" + label + "`: " + message);
    }
    return new Problem(label, 0, 0, "", message);
  }

  private static String absolute(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }

  /** Parses a file's text; positions are reported against {@code label}. */
  static YamlValue parse(String text, Path file, String label, List<Problem> problems) {
    Node node;
    try {
      node = new Yaml(new SafeConstructor(options())).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      problems.add(syntaxProblem(text, label, e));
      return null;
    } catch (YAMLException e) {
      // Limits (aliases, depth, size) come without a position.
      problems.add(new Problem(label, 0, 0, "", limitMessage(e.getMessage())));
      return null;
    }
    if (node == null) {
      return new YMap(new Origin(file, label, 1, 1), new LinkedHashMap<>());
    }
    return new Converter(file, label, null, problems).convert(node, 0, "");
  }

  /**
   * Parses the value of a {@code --set} override (a YAML scalar or flow collection); every part is
   * attributed to {@code origin}.
   */
  static YamlValue parseOverride(String text, Origin origin, List<Problem> problems) {
    Node node;
    try {
      node = new Yaml(new SafeConstructor(options())).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      problems.add(origin.problem("", "value is not valid YAML: " + e.getProblem()));
      return null;
    } catch (YAMLException e) {
      problems.add(origin.problem("", limitMessage(e.getMessage())));
      return null;
    }
    if (node == null) {
      return new YScalar(origin, "", ScalarType.NULL);
    }
    return new Converter(null, origin.label(), origin, problems).convert(node, 0, "");
  }

  /** The slip in plain words at its own line when it is a known one, else the parser's words. */
  private static Problem syntaxProblem(String text, String label, MarkedYAMLException e) {
    var slip = YamlSlips.explain(text, e);
    if (slip.isPresent()) {
      return new Problem(
          label, slip.get().line() + 1, slip.get().column(), "", slip.get().message());
    }
    Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
    if (e.getContext() != null) {
      what = what + " (" + e.getContext() + ")";
    }
    String message = "YAML syntax error: " + what.replace('\n', ' ').trim();
    if (m == null) {
      return new Problem(label, 0, 0, "", message);
    }
    return new Problem(label, m.getLine() + 1, m.getColumn() + 1, "", message);
  }

  private static String limitMessage(String raw) {
    String m = raw == null ? "" : raw;
    if (m.contains("aliases")) {
      return "too many aliases (*name) to lists or maps; at most " + MAX_ALIASES + " are allowed";
    }
    if (m.contains("Nesting Depth")) {
      return "nesting is too deep; at most " + MAX_DEPTH + " levels are allowed";
    }
    if (m.contains("code points") || m.contains("exceeds the limit")) {
      return "the document is too large; at most " + MAX_CODE_POINTS + " characters";
    }
    return "YAML error: " + m;
  }

  /** Node tree to value tree; rejects duplicate and non-scalar keys, tags, runaway depth. */
  private static final class Converter {
    private final Path file;
    private final String label;
    private final Origin fixed;
    private final List<Problem> problems;

    Converter(Path file, String label, Origin fixed, List<Problem> problems) {
      this.file = file;
      this.label = label;
      this.fixed = fixed;
      this.problems = problems;
    }

    private Origin at(Node n) {
      if (fixed != null) {
        return fixed;
      }
      Mark m = n.getStartMark();
      return new Origin(file, label, m.getLine() + 1, m.getColumn() + 1);
    }

    YamlValue convert(Node node, int depth, String path) {
      if (depth > MAX_DEPTH) {
        // Recursive aliases (a: &x [*x]) would otherwise never end.
        problems.add(
            at(node)
                .problem(
                    path,
                    "nesting is too deep (or an alias refers to itself);"
                        + " at most "
                        + MAX_DEPTH
                        + " levels are allowed"));
        return null;
      }
      if (node instanceof ScalarNode s) {
        return new YScalar(at(node), s.getValue(), scalarType(s.getTag()));
      }
      if (node instanceof SequenceNode s) {
        List<YamlValue> items = new ArrayList<>();
        for (Node item : s.getValue()) {
          YamlValue v = convert(item, depth + 1, path + "[" + items.size() + "]");
          if (v == null) {
            return null;
          }
          items.add(v);
        }
        return new YList(at(node), items);
      }
      MappingNode map = (MappingNode) node;
      LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
      boolean ok = true;
      for (NodeTuple t : map.getValue()) {
        Node k = t.getKeyNode();
        if (!(k instanceof ScalarNode ks)) {
          problems.add(at(k).problem(path, "a key must be a plain name, not a list or map"));
          ok = false;
          continue;
        }
        if (k.getTag().equals(Tag.MERGE)) {
          problems.add(
              at(k)
                  .problem(
                      path,
                      "merge keys (<<) are not supported; use `extends` or"
                          + " write the keys out"));
          ok = false;
          continue;
        }
        String keyPath = path.isEmpty() ? ks.getValue() : path + "." + ks.getValue();
        Entry first = entries.get(ks.getValue());
        if (first != null) {
          problems.add(
              at(k)
                  .problem(
                      keyPath,
                      "duplicate key; it was already written at "
                          + "line "
                          + first.keyOrigin().line()
                          + "; write each key once"));
          ok = false;
          continue;
        }
        YamlValue v = convert(t.getValueNode(), depth + 1, keyPath);
        if (v == null) {
          return null;
        }
        entries.put(ks.getValue(), new Entry(at(k), v));
      }
      return ok ? new YMap(at(node), entries) : null;
    }
  }

  private static ScalarType scalarType(Tag tag) {
    if (tag.equals(Tag.INT)) {
      return ScalarType.INT;
    }
    if (tag.equals(Tag.FLOAT)) {
      return ScalarType.FLOAT;
    }
    if (tag.equals(Tag.BOOL)) {
      return ScalarType.BOOL;
    }
    if (tag.equals(Tag.NULL)) {
      return ScalarType.NULL;
    }
    // Strings, timestamps (2020-01-01) and any other tag are kept as their text.
    return ScalarType.STRING;
  }
}
