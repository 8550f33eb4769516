package org.minga.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minga.scenario.YamlValue.Entry;
import org.minga.scenario.YamlValue.ScalarType;
import org.minga.scenario.YamlValue.YList;
import org.minga.scenario.YamlValue.YMap;
import org.minga.scenario.YamlValue.YScalar;

/**
 * Where each value of a scenario comes from, read from the trailing comments of its YAML files:
 * every value line of a bundled scenario ends with {@code # [Key, location] ...} (a source of
 * {@code docs/sources.md}), {@code # calibrated ...} or {@code # assumption: why}. {@link
 * #of(Path)} follows {@code extends} as the loader does (the extending file overrides its base key
 * by key; lists are replaced whole) and returns one {@link Value} per leaf of the merged tree, in
 * written order, each with its dotted path, value text, kind, comment and line.
 *
 * <p>A leaf is a scalar, a list of scalars (written and replaced whole) or a key of a map, however
 * deep: {@code producers.area_ha.mean}, {@code prices.shocks[0].at}, {@code firms[1].margin} (the
 * path syntax of {@code --set}). Only keys written in a file appear; defaults are documented, with
 * their sources, in {@code docs/scenario-reference.md}.
 *
 * <p>Kind of a leaf's own comment (the comment on the line its value is written on): {@link
 * Kind#CALIBRATED} if it says "calibrated"; else {@link Kind#ASSUMPTION} if it says "assumption" or
 * "assumed" (a comment may cite a source for an effect's direction and still assume its size: that
 * value is assumed); else {@link Kind#SOURCED} if it cites a key; else the comment, if any, marks
 * nothing. A leaf without a marked comment of its own takes the kind of, in order: the nearest
 * enclosing key whose line has a marked comment (a lever written as a block under {@code
 * tax_deduction: # ...}); the same key with the same value in an earlier element of the same list,
 * in the same file (a second exporter written like the first); the same key with the same value in
 * the scenario it extends, when that value is an assumption or calibrated (a citation speaks of the
 * base's setting, so a restated sourced value is not taken as sourced). Failing all three it is
 * {@link Kind#UNSTATED}. {@link Value#basis()} says which rule gave the kind.
 *
 * <p>For sampling designs over a scenario's assumptions (a Latin hypercube, say), {@link
 * Value#plainNumber()} tells which values are a single number that {@code --set path=x} can
 * replace.
 */
public final class ScenarioProvenance {
  /** A citation: a key of docs/sources.md, optionally followed by a location, in brackets. */
  public static final Pattern CITATION =
      Pattern.compile("\\[([A-Z][A-Za-z]*(?:\\d{4}[a-z]?|-nd))(?:, [^\\]]*)?]");

  private static final Pattern ASSUMED = Pattern.compile("\\bassum(?:ption|ptions|ed)\\b");

  /** Where a value comes from. */
  public enum Kind {
    /** The comment cites a source (a key of docs/sources.md) and assumes nothing. */
    SOURCED,
    /** Fitted so that a pattern check passes (docs/model.md §15). */
    CALIBRATED,
    /** Chosen by the scenario's author, with the reason the comment gives. */
    ASSUMPTION,
    /** No marked comment of its own and nothing to inherit one from. */
    UNSTATED;

    /** The kind in lower case, for reports. */
    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Which rule gave a value its kind. */
  public enum Basis {
    /** The comment on the value's own line. */
    OWN_COMMENT,
    /** The comment on the line of an enclosing key. */
    ENCLOSING_KEY,
    /** The same key, with the same value, of an earlier element of the same list. */
    EARLIER_ELEMENT,
    /** The same key, with the same value, in the scenario this one extends. */
    BASE_SCENARIO,
    /** None: the kind is {@link Kind#UNSTATED}. */
    NONE
  }

  /**
   * One leaf of a scenario.
   *
   * @param path dotted key path, list elements by index ({@code firms[0].margin})
   * @param value the value as written (a list of scalars as {@code [a, b]})
   * @param plainNumber whether the value is a single YAML number (int or float)
   * @param kind where the value comes from
   * @param comment the comment the kind was read from ("" for {@link Kind#UNSTATED}: then the value
   *     line's own comment, if it has one that marks nothing)
   * @param citations the citations in {@code comment}, each as written ({@code [Key, location]})
   * @param file the YAML file the value is written in
   * @param line the 1-based line of the value in {@code file}
   * @param basis which rule gave the kind
   * @param basisFile the file of the line the kind was read from (null for {@link Basis#NONE})
   * @param basisLine that line (0 for {@link Basis#NONE})
   */
  public record Value(
      String path,
      String value,
      boolean plainNumber,
      Kind kind,
      String comment,
      List<String> citations,
      Path file,
      int line,
      Basis basis,
      Path basisFile,
      int basisLine) {
    public Value {
      citations = List.copyOf(citations);
    }

    /** The keys of {@link #citations()}, in order, without repeats. */
    public List<String> keys() {
      List<String> keys = new ArrayList<>();
      for (String c : citations) {
        Matcher m = CITATION.matcher(c);
        if (m.find() && !keys.contains(m.group(1))) {
          keys.add(m.group(1));
        }
      }
      return keys;
    }

    /** The number, when {@link #plainNumber()}. */
    public OptionalDouble number() {
      return plainNumber ? OptionalDouble.of(Double.parseDouble(value)) : OptionalDouble.empty();
    }
  }

  private final Map<Path, List<String>> lines = new HashMap<>();
  private final Map<Path, List<Value>> done = new HashMap<>();

  private ScenarioProvenance() {}

  /**
   * Every leaf of the scenario in {@code file}, following {@code extends}, in written order.
   *
   * @throws ScenarioException if a file of the chain cannot be read or parsed
   */
  public static List<Value> of(Path file) throws ScenarioException {
    return new ScenarioProvenance().values(file.toAbsolutePath().normalize());
  }

  private List<Value> values(Path file) throws ScenarioException {
    List<Value> cached = done.get(file);
    if (cached != null) {
      return cached;
    }
    List<Problem> problems = new ArrayList<>();
    YMap tree = new ExtendsResolver(problems).load(file);
    if (tree == null) {
      throw new ScenarioException(problems);
    }
    Map<String, Value> base = new LinkedHashMap<>();
    Path basePath = baseOf(file, problems);
    if (basePath != null) {
      for (Value v : values(basePath)) {
        base.put(v.path(), v);
      }
    }
    List<Leaf> leaves = new ArrayList<>();
    collect(tree, "", new ArrayList<>(), leaves);
    List<Value> out = new ArrayList<>();
    Map<String, Value> mine = new LinkedHashMap<>();
    for (Leaf leaf : leaves) {
      Path where = normal(leaf.origin().file());
      Value v = where.equals(file) ? classify(leaf, where, mine, base) : base.get(leaf.path());
      if (v == null) {
        throw new IllegalStateException(
            leaf.path()
                + " is written in "
                + where
                + " but not found in the scenarios "
                + file
                + " extends");
      }
      out.add(v);
      mine.put(v.path(), v);
    }
    List<Value> result = List.copyOf(out);
    done.put(file, result);
    return result;
  }

  /** The base scenario named by {@code extends} in {@code file}, or null. */
  private static Path baseOf(Path file, List<Problem> problems) throws ScenarioException {
    YamlValue parsed = YamlSource.parseFile(file, file.toString(), null, problems);
    if (parsed == null) {
      throw new ScenarioException(problems);
    }
    if (parsed instanceof YMap map
        && map.entries().get(ExtendsResolver.EXTENDS) != null
        && map.entries().get(ExtendsResolver.EXTENDS).value() instanceof YScalar s) {
      return BundledScenarios.resolve(file, s.text()).normalize();
    }
    return null;
  }

  /** A leaf of the merged tree with the key origins of its enclosing maps, innermost last. */
  private record Leaf(String path, YamlValue value, Origin origin, List<Origin> enclosing) {}

  private static void collect(YamlValue v, String path, List<Origin> enclosing, List<Leaf> out) {
    if (v instanceof YMap map && !map.entries().isEmpty()) {
      for (Map.Entry<String, Entry> e : map.entries().entrySet()) {
        String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        List<Origin> inner = new ArrayList<>(enclosing);
        inner.add(e.getValue().keyOrigin());
        collect(e.getValue().value(), p, inner, out);
      }
    } else if (v instanceof YList list
        && !list.items().isEmpty()
        && !(list.items().stream().allMatch(i -> i instanceof YScalar))) {
      for (int i = 0; i < list.items().size(); i++) {
        collect(list.items().get(i), path + "[" + i + "]", enclosing, out);
      }
    } else {
      out.add(new Leaf(path, v, v.origin(), List.copyOf(enclosing)));
    }
  }

  private Value classify(
      Leaf leaf, Path file, Map<String, Value> earlier, Map<String, Value> base) {
    String text = text(leaf.value());
    boolean number =
        leaf.value() instanceof YScalar s
            && (s.type() == ScalarType.INT || s.type() == ScalarType.FLOAT);
    int line = leaf.origin().line();
    String own = comment(lineOf(file, line));
    Kind kind = classify(own);
    if (kind != null) {
      return value(leaf, text, number, kind, own, file, line, Basis.OWN_COMMENT, file, line);
    }
    for (int i = leaf.enclosing().size() - 1; i >= 0; i--) {
      int keyLine = leaf.enclosing().get(i).line();
      if (keyLine == line) {
        continue;
      }
      String c = comment(lineOf(file, keyLine));
      Kind k = classify(c);
      if (k != null) {
        return value(leaf, text, number, k, c, file, line, Basis.ENCLOSING_KEY, file, keyLine);
      }
    }
    Value sibling = earlierElement(leaf.path(), text, earlier);
    if (sibling != null) {
      return value(
          leaf,
          text,
          number,
          sibling.kind(),
          sibling.comment(),
          file,
          line,
          Basis.EARLIER_ELEMENT,
          sibling.file(),
          sibling.line());
    }
    Value inBase = base.get(leaf.path());
    if (inBase != null
        && inBase.value().equals(text)
        && (inBase.kind() == Kind.ASSUMPTION || inBase.kind() == Kind.CALIBRATED)) {
      return value(
          leaf,
          text,
          number,
          inBase.kind(),
          inBase.comment(),
          file,
          line,
          Basis.BASE_SCENARIO,
          inBase.file(),
          inBase.line());
    }
    return new Value(
        leaf.path(), text, number, Kind.UNSTATED, own, List.of(), file, line, Basis.NONE, null, 0);
  }

  private static Value value(
      Leaf leaf,
      String text,
      boolean number,
      Kind kind,
      String comment,
      Path file,
      int line,
      Basis basis,
      Path basisFile,
      int basisLine) {
    return new Value(
        leaf.path(),
        text,
        number,
        kind,
        comment,
        citations(comment),
        file,
        line,
        basis,
        basisFile,
        basisLine);
  }

  /** The same path with an earlier list index, same value and a kind of its own, or null. */
  private static Value earlierElement(String path, String text, Map<String, Value> earlier) {
    Matcher m = Pattern.compile("\\[(\\d+)]").matcher(path);
    while (m.find()) {
      int index = Integer.parseInt(m.group(1));
      for (int j = 0; j < index; j++) {
        String other = path.substring(0, m.start()) + "[" + j + "]" + path.substring(m.end());
        Value v = earlier.get(other);
        if (v != null && v.value().equals(text) && v.basis() == Basis.OWN_COMMENT) {
          return v;
        }
      }
    }
    return null;
  }

  /**
   * The kind a comment marks, or null when it marks none: "calibrated" first, then "assumption" or
   * "assumed", then a citation.
   */
  public static Kind classify(String comment) {
    String c = comment.toLowerCase(Locale.ROOT);
    if (c.contains("calibrated")) {
      return Kind.CALIBRATED;
    }
    if (ASSUMED.matcher(c).find()) {
      return Kind.ASSUMPTION;
    }
    return CITATION.matcher(comment).find() ? Kind.SOURCED : null;
  }

  /** The citations in a text, each as written ({@code [Key, location]}), in order. */
  public static List<String> citations(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = CITATION.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * The trailing comment of a YAML line, trimmed, without its {@code #}; "" when there is none. A
   * {@code #} starts a comment at the line's start or after a space, outside quoted scalars.
   */
  public static String comment(String line) {
    char quote = 0;
    char previous = ' ';
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (quote == '\'' && c == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
          i++; // '' is a quote inside a single-quoted scalar
        } else if (c == quote && !(quote == '"' && line.charAt(i - 1) == '\\')) {
          quote = 0;
        }
      } else if ((c == '"' || c == '\'') && opensScalar(line, i)) {
        quote = c;
      } else if (c == '#' && Character.isWhitespace(previous)) {
        return line.substring(i + 1).trim();
      }
      previous = c;
    }
    return "";
  }

  /** Whether a quote at {@code i} starts a quoted scalar (not an apostrophe inside a word). */
  private static boolean opensScalar(String line, int i) {
    int j = i - 1;
    while (j >= 0 && line.charAt(j) == ' ') {
      j--;
    }
    return j < 0 || ":[{,-?".indexOf(line.charAt(j)) >= 0;
  }

  private String lineOf(Path file, int line) {
    List<String> all =
        lines.computeIfAbsent(
            file,
            f -> {
              try {
                return Files.readAllLines(f);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    return line >= 1 && line <= all.size() ? all.get(line - 1) : "";
  }

  private static Path normal(Path p) {
    return p.toAbsolutePath().normalize();
  }

  /** The value as written: scalars as their text, lists and maps in flow style. */
  private static String text(YamlValue v) {
    if (v instanceof YScalar s) {
      return s.type() == ScalarType.NULL ? "null" : s.text();
    }
    if (v instanceof YList list) {
      List<String> items = new ArrayList<>();
      list.items().forEach(i -> items.add(text(i)));
      return "[" + String.join(", ", items) + "]";
    }
    YMap map = (YMap) v;
    List<String> items = new ArrayList<>();
    map.entries().forEach((k, e) -> items.add(k + ": " + text(e.value())));
    return "{" + String.join(", ", items) + "}";
  }
}
