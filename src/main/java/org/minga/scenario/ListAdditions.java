package org.minga.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minga.scenario.YamlValue.Entry;
import org.minga.scenario.YamlValue.YList;
import org.minga.scenario.YamlValue.YMap;
import org.minga.scenario.schema.KeyKind;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.RecordSchema;

/**
 * {@code K_add} keys: entries appended to a list of maps {@code K} instead of replacing it, so that
 * a variant adds a crash without dropping its base's ({@code prices.shocks_add}). Every list of
 * maps of the schema has one. {@link ExtendsResolver} appends them to the list of the file extended
 * while merging; {@link #fold} then appends what is left to the list written in the same file or,
 * when none is, to {@code K}'s default, and reports misuse. The entries keep their own positions,
 * so they are validated like any element of {@code K}.
 */
final class ListAdditions {
  static final String SUFFIX = "_add";

  private final List<Problem> problems;

  ListAdditions(List<Problem> problems) {
    this.problems = problems;
  }

  static boolean isAddition(String key) {
    return key.endsWith(SUFFIX) && key.length() > SUFFIX.length();
  }

  /** {@code shocks} for {@code shocks_add}. */
  static String listKey(String additionKey) {
    return additionKey.substring(0, additionKey.length() - SUFFIX.length());
  }

  /** The keys of {@code r} followed by its addition keys, for "did you mean". */
  static List<String> keyNames(RecordSchema r) {
    List<String> names = r.keyNames();
    for (KeySpec k : r.keys()) {
      if (k.kind() == KeyKind.RECORD_LIST) {
        names.add(k.key() + SUFFIX);
      }
    }
    return names;
  }

  /** What {@code list}'s addition key does, in words for the reference and editors. */
  static String meaning(KeySpec list) {
    return "Entries appended to "
        + list.key()
        + ": those of the scenario this one extends "
        + "(or the default, "
        + list.defaultYaml()
        + ") are kept and these come after them; "
        + "each has the keys of "
        + list.key()
        + ".";
  }

  /** The list of maps that {@code key} adds to in {@code r}, or null if it adds to none. */
  static KeySpec listOf(RecordSchema r, String key) {
    KeySpec k = isAddition(key) ? r.key(listKey(key)) : null;
    return k != null && k.kind() == KeyKind.RECORD_LIST ? k : null;
  }

  /** {@code base} followed by {@code more}, at {@code base}'s place. */
  static YList append(YList base, YList more) {
    List<YamlValue> items = new ArrayList<>(base.items());
    items.addAll(more.items());
    return new YList(base.origin(), items);
  }

  /**
   * {@code add} appended to {@code current} (the list as written so far, or null for {@code list}'s
   * default); null after reporting why it cannot be.
   */
  YList append(KeySpec list, YamlValue current, YamlValue add, String path) {
    if (!(add instanceof YList more)) {
      problems.add(
          add.origin()
              .problem(
                  path,
                  "expected a list of entries to add to "
                      + list.key()
                      + ", one per dash (- at: 48), got "
                      + add.describe()));
      return null;
    }
    YamlValue base = current != null ? current : Binder.defaultOf(list);
    // A base that is not a list is reported when the list itself is checked.
    return base instanceof YList l ? append(l, more) : null;
  }

  /** {@code tree} with every addition key left in it appended to its list. */
  YMap fold(RecordSchema schema, YMap tree) {
    return fold(schema, tree, "");
  }

  private YMap fold(RecordSchema schema, YMap map, String path) {
    LinkedHashMap<String, Entry> out = new LinkedHashMap<>();
    for (Map.Entry<String, Entry> e : map.entries().entrySet()) {
      if (!isAddition(e.getKey())) {
        out.put(
            e.getKey(), below(schema.key(e.getKey()), e.getValue(), Binder.join(path, e.getKey())));
      }
    }
    for (Map.Entry<String, Entry> e : map.entries().entrySet()) {
      String key = e.getKey();
      if (!isAddition(key)) {
        continue;
      }
      KeySpec list = listOf(schema, key);
      if (list == null) {
        out.put(key, e.getValue()); // the binder reports it as an unknown key
        continue;
      }
      Entry written = out.get(list.key());
      String listPath = Binder.join(path, list.key());
      YList all =
          append(
              list,
              written == null ? null : written.value(),
              below(list, e.getValue(), Binder.join(path, key)).value(),
              listPath);
      if (all != null) {
        out.put(
            list.key(),
            new Entry(written != null ? written.keyOrigin() : e.getValue().keyOrigin(), all));
      }
    }
    return new YMap(map.origin(), out);
  }

  /** {@code entry} with the sections and list elements below it folded. */
  private Entry below(KeySpec spec, Entry entry, String path) {
    if (spec == null || spec.children() == null) {
      return entry;
    }
    YamlValue v = entry.value();
    if (spec.kind() == KeyKind.SECTION && v instanceof YMap m) {
      return new Entry(entry.keyOrigin(), fold(spec.children(), m, path));
    }
    if (v instanceof YList l) {
      List<YamlValue> items = new ArrayList<>();
      for (YamlValue item : l.items()) {
        items.add(
            item instanceof YMap m && spec.kind() == KeyKind.RECORD_LIST
                ? fold(spec.children(), m, path + "[" + items.size() + "]")
                : item);
      }
      return new Entry(entry.keyOrigin(), new YList(l.origin(), items));
    }
    return entry;
  }
}
