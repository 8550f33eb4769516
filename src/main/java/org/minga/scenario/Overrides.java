package org.minga.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minga.scenario.YamlValue.Entry;
import org.minga.scenario.YamlValue.YList;
import org.minga.scenario.YamlValue.YMap;
import org.minga.scenario.schema.KeyKind;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.RecordSchema;

/**
 * Applies {@code --set key.path=value} overrides to a parsed scenario tree. Key names are checked
 * against the schema here (with "did you mean"), since an override of a missing list element cannot
 * be placed at all; values are checked later like any written value, with the override as their
 * location.
 */
final class Overrides {
  private static final Pattern STEP = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((?:\\[\\d+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private final RecordSchema root;
  private final List<Problem> problems;

  Overrides(RecordSchema root, List<Problem> problems) {
    this.root = root;
    this.problems = problems;
  }

  /** Returns {@code tree} with every applicable override applied, in the order given. */
  YMap apply(YMap tree, List<String> sets) {
    YMap result = tree;
    for (String set : sets) {
      result = applyOne(result, set);
    }
    return result;
  }

  private sealed interface Step permits Key, Index {}

  private record Key(String name) implements Step {}

  /** A list index and its digits as written, so that an absurd one is reported as typed. */
  private record Index(long index, String written) implements Step {}

  private YMap applyOne(YMap tree, String set) {
    Origin origin = Origin.ofOverride(set);
    int eq = set.indexOf('=');
    if (eq <= 0) {
      problems.add(
          origin.problem(
              "", "write an override as key.path=value, for example " + "producers.count=500"));
      return tree;
    }
    String path = set.substring(0, eq).trim();
    List<Step> steps = parsePath(path);
    if (steps == null) {
      problems.add(
          origin.problem(
              path,
              "not a key path; write keys separated by dots, list "
                  + "elements as [0], for example prices.shocks[0].at"));
      return tree;
    }
    YamlValue value = YamlSource.parseOverride(set.substring(eq + 1), origin, problems);
    if (value == null) {
      return tree;
    }
    YamlValue updated = put(tree, steps, 0, value, origin, "", root, null);
    return updated instanceof YMap m ? m : tree;
  }

  private static List<Step> parsePath(String path) {
    List<Step> steps = new ArrayList<>();
    for (String part : path.split("\\.", -1)) {
      Matcher m = STEP.matcher(part);
      if (!m.matches()) {
        return null;
      }
      steps.add(new Key(m.group(1)));
      Matcher idx = INDEX.matcher(m.group(2));
      while (idx.find()) {
        String digits = idx.group(1).replaceFirst("^0+(?=\\d)", "");
        steps.add(
            new Index(
                digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits), idx.group(1)));
      }
    }
    return steps;
  }

  /** {@code map} with {@code value}'s entries appended to its list {@code list} ({@code _add}). */
  private YMap add(YMap map, KeySpec list, YamlValue value, Origin origin, String listPath) {
    Entry existing = map.entries().get(list.key());
    YList all =
        new ListAdditions(problems)
            .append(list, existing == null ? null : existing.value(), value, listPath);
    if (all == null) {
      return null;
    }
    LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(map.entries());
    entries.put(list.key(), new Entry(existing != null ? existing.keyOrigin() : origin, all));
    return new YMap(map.origin(), entries);
  }

  /**
   * Returns {@code current} with {@code value} placed at {@code steps[i..]}, or null after
   * reporting why it cannot be placed.
   *
   * @param schema the record whose keys are valid at this point; null below plain values
   * @param spec the key {@code current} belongs to (for list defaults); null at the root
   */
  private YamlValue put(
      YamlValue current,
      List<Step> steps,
      int i,
      YamlValue value,
      Origin origin,
      String path,
      RecordSchema schema,
      KeySpec spec) {
    if (i == steps.size()) {
      return value;
    }
    if (steps.get(i) instanceof Index idx) {
      YamlValue list = current != null ? current : Binder.defaultOf(spec);
      if (!(list instanceof YList l)) {
        problems.add(
            origin.problem(
                path, "is not a list; `[" + idx.written() + "]` cannot " + "select an element"));
        return null;
      }
      if (idx.index() >= l.items().size()) {
        problems.add(
            origin.problem(
                path + "[" + idx.written() + "]",
                "no such element: "
                    + path
                    + " has "
                    + l.items().size()
                    + " element(s)"
                    + (l.items().isEmpty() ? "" : ", indexes 0 to " + (l.items().size() - 1))));
        return null;
      }
      RecordSchema next =
          spec != null && spec.kind() == KeyKind.RECORD_LIST ? spec.children() : null;
      int index = (int) idx.index(); // below the list's size, so an int
      YamlValue item =
          put(
              l.items().get(index),
              steps,
              i + 1,
              value,
              origin,
              path + "[" + index + "]",
              next,
              null);
      if (item == null) {
        return null;
      }
      List<YamlValue> items = new ArrayList<>(l.items());
      items.set(index, item);
      return new YList(l.origin(), items);
    }
    String name = ((Key) steps.get(i)).name();
    String keyPath = Binder.join(path, name);
    if (current != null && !(current instanceof YMap)) {
      problems.add(origin.problem(path, "is not a section; cannot set `" + name + "` in it"));
      return null;
    }
    YMap map = current != null ? (YMap) current : new YMap(origin, new LinkedHashMap<>());
    KeySpec child = null;
    if (schema != null) {
      child = schema.key(name);
      KeySpec list = ListAdditions.listOf(schema, name);
      if (list != null && i + 1 == steps.size()) {
        return add(map, list, value, origin, Binder.join(path, list.key()));
      }
      if (child == null) {
        problems.add(
            origin.problem(
                keyPath,
                UnknownKey.message(
                    name,
                    ListAdditions.keyNames(schema),
                    path.isEmpty() ? "the top level" : path)));
        return null;
      }
    }
    Entry existing = map.entries().get(name);
    RecordSchema nextSchema =
        child != null && child.kind() == KeyKind.SECTION ? child.children() : null;
    YamlValue below =
        existing != null
            ? existing.value()
            // Setting inside an unwritten distribution map edits its default (area_ha.sd=2).
            : nextSchema == null && i + 1 < steps.size() && steps.get(i + 1) instanceof Key
                ? Binder.defaultOf(child)
                : null;
    YamlValue updated = put(below, steps, i + 1, value, origin, keyPath, nextSchema, child);
    if (updated == null) {
      return null;
    }
    boolean leaf = i + 1 == steps.size();
    Origin keyOrigin = existing != null && !leaf ? existing.keyOrigin() : origin;
    LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(map.entries());
    entries.put(name, new Entry(keyOrigin, updated));
    return new YMap(map.origin(), entries);
  }
}
