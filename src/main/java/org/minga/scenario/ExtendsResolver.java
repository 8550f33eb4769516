package org.minga.scenario;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.minga.scenario.YamlValue.Entry;
import org.minga.scenario.YamlValue.YList;
import org.minga.scenario.YamlValue.YMap;
import org.minga.scenario.YamlValue.YScalar;
import org.minga.scenario.schema.KeyKind;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.RecordSchema;

/**
 * Reads a scenario file and, recursively, the files it {@code extends}; merges them key by key
 * (maps deep, lists and scalars replaced whole, {@code K_add} lists appended to {@code K}) with the
 * extending file winning. Each value keeps the origin of the file that wrote it.
 *
 * <p>Replacing a base's timeline (a list of maps whose entries happen {@code at} a step: price
 * shocks, events) by another is allowed but warned about: it is how a variant silently lost its
 * base's crash before {@code _add} existed. Other lists of maps (firms, expense dates) are replaced
 * on purpose, as the bundled scenarios do, so they do not warn.
 */
final class ExtendsResolver {
  static final String EXTENDS = "extends";
  private static final Pattern YAML_NAME = Pattern.compile("(?i).*\\.ya?ml");

  private static final String AT = "at";

  private final List<Problem> problems;
  private final RecordSchema schema;
  private final List<Problem> warnings = new ArrayList<>();
  private final List<Path> read = new ArrayList<>();

  /** A resolver that warns about nothing (for reading files, not loading them). */
  ExtendsResolver(List<Problem> problems) {
    this(problems, null);
  }

  /** A resolver that warns about timelines of {@code schema} replaced. */
  ExtendsResolver(List<Problem> problems, RecordSchema schema) {
    this.problems = problems;
    this.schema = schema;
  }

  /** Where a file replaced a timeline of the file it extends, dropping some of its steps. */
  List<Problem> warnings() {
    return warnings;
  }

  /** The merged tree of {@code file}, or null after reporting problems. */
  YMap load(Path file) {
    return load(file, BundledScenarios.label(file), null, new ArrayDeque<>());
  }

  /** The files read by {@link #load}: the scenario, then each file it extends in turn. */
  List<Path> files() {
    return List.copyOf(read);
  }

  private YMap load(Path file, String label, Origin namedAt, Deque<Path> chain) {
    Path key = file.toAbsolutePath().normalize();
    if (chain.contains(key)) {
      String cycle =
          chain.stream()
                  .map(Path::getFileName)
                  .map(Path::toString)
                  .collect(Collectors.joining(" -> "))
              + " -> "
              + key.getFileName();
      problems.add(
          namedAt.problem(
              EXTENDS, "extends cycle: " + cycle + "; a scenario cannot extend itself"));
      return null;
    }
    read.add(file);
    YamlValue parsed = YamlSource.parseFile(file, label, namedAt, problems);
    if (parsed == null) {
      return null;
    }
    if (!(parsed instanceof YMap map)) {
      // Never the text itself: it may be any file, not a scenario at all.
      problems.add(
          parsed
              .origin()
              .problem(
                  "",
                  "this is not a scenario: a scenario file is a "
                      + "map of keys (key: value), and this file holds "
                      + (parsed instanceof YScalar ? "a single value" : parsed.describe())));
      return null;
    }
    Entry ext = map.entries().get(EXTENDS);
    if (ext == null) {
      return map;
    }
    LinkedHashMap<String, Entry> own = new LinkedHashMap<>(map.entries());
    own.remove(EXTENDS);
    YMap variant = new YMap(map.origin(), own);
    if (!(ext.value() instanceof YScalar s)
        || s.text().isBlank()
        || s.type() == YamlValue.ScalarType.NULL) {
      problems.add(
          ext.value()
              .origin()
              .problem(
                  EXTENDS,
                  "expected the path of a base " + "scenario file, got " + ext.value().describe()));
      return null;
    }
    if (!YAML_NAME.matcher(s.text()).matches()) {
      // Refused before reading: messages about a file that is not YAML could echo its lines.
      problems.add(
          ext.value()
              .origin()
              .problem(
                  EXTENDS,
                  "`"
                      + s.text()
                      + "` is not a "
                      + "scenario file; extends takes a file whose name ends in .yaml or .yml"));
      return null;
    }
    Path base = BundledScenarios.resolve(file, s.text());
    chain.addLast(key);
    YMap baseTree =
        load(
            base.normalize(),
            BundledScenarios.label(base.normalize()),
            ext.value().origin(),
            chain);
    chain.removeLast();
    return baseTree == null ? null : merge(baseTree, variant, "", schema);
  }

  /**
   * Deep merge: {@code top}'s keys override {@code base}'s; maps merge, {@code K_add} lists are
   * appended to {@code K}'s list (or to the base's own {@code K_add}), all else replaces.
   */
  private YMap merge(YMap base, YMap top, String path, RecordSchema section) {
    LinkedHashMap<String, Entry> out = new LinkedHashMap<>(base.entries());
    for (Map.Entry<String, Entry> e : top.entries().entrySet()) {
      String key = e.getKey();
      Entry old = out.get(key);
      Entry mine = e.getValue();
      if (ListAdditions.isAddition(key)) {
        continue;
      }
      KeySpec spec = section == null ? null : section.key(key);
      if (old != null && old.value() instanceof YMap a && mine.value() instanceof YMap b) {
        out.put(
            key,
            new Entry(
                mine.keyOrigin(),
                merge(a, b, Binder.join(path, key), spec == null ? null : spec.children())));
      } else {
        if (spec != null && spec.kind() == KeyKind.RECORD_LIST && spec.children().key(AT) != null) {
          warnIfDropped(old, mine, Binder.join(path, key));
        }
        out.put(key, mine);
        out.remove(key + ListAdditions.SUFFIX); // replaced whole, additions included
      }
    }
    for (Map.Entry<String, Entry> e : top.entries().entrySet()) {
      String key = e.getKey();
      if (!ListAdditions.isAddition(key)) {
        continue;
      }
      String target =
          out.get(ListAdditions.listKey(key)) != null ? ListAdditions.listKey(key) : key;
      Entry old = out.get(target);
      YamlValue mine = e.getValue().value();
      if (old != null && old.value() instanceof YList a && mine instanceof YList b) {
        out.put(target, new Entry(old.keyOrigin(), ListAdditions.append(a, b)));
      } else {
        out.put(key, e.getValue()); // appended to the list's default, or reported, later
      }
    }
    return new YMap(top.origin(), out);
  }

  /**
   * Warns when {@code mine} replaces a timeline by one without some of its steps: the base's
   * entries dropped, not edited in place (an entry at the same step may change its values).
   */
  private void warnIfDropped(Entry old, Entry mine, String path) {
    if (old == null
        || !(old.value() instanceof YList a)
        || a.items().isEmpty()
        || !(mine.value() instanceof YList b)
        || b.items().isEmpty()) {
      return;
    }
    Map<String, Integer> kept = new HashMap<>();
    b.items().forEach(y -> kept.merge(at(y), 1, Integer::sum));
    if (a.items().stream().allMatch(x -> kept.merge(at(x), -1, Integer::sum) >= 0)) {
      return;
    }
    String key = path.substring(path.lastIndexOf('.') + 1);
    int n = a.items().size();
    String what = (n == 1 ? key.replaceFirst("s$", "") : key).replace('_', ' ');
    String label = a.origin().label();
    warnings.add(
        mine.keyOrigin()
            .problem(
                path,
                "warning: this list replaces the "
                    + n
                    + " "
                    + what
                    + " of "
                    + label.substring(label.lastIndexOf('/') + 1)
                    + "; to keep "
                    + (n == 1 ? "it" : "them")
                    + " and add yours, write `"
                    + key
                    + ListAdditions.SUFFIX
                    + ":` instead of `"
                    + key
                    + ":`"));
  }

  /** The step an entry is written at, as written ("" when it has none). */
  private static String at(YamlValue entry) {
    return entry instanceof YMap m
            && m.entries().get(AT) != null
            && m.entries().get(AT).value() instanceof YScalar s
        ? s.text()
        : "";
  }
}
