package org.minga.scenario;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.minga.scenario.YamlValue.Entry;
import org.minga.scenario.YamlValue.YMap;
import org.minga.scenario.YamlValue.YScalar;

/**
 * Reads a scenario file and, recursively, the files it {@code extends}; merges them key by key
 * (maps deep, lists and scalars replaced whole) with the extending file winning. Each value
 * keeps the origin of the file that wrote it.
 */
final class ExtendsResolver {
  static final String EXTENDS = "extends";
  private static final Pattern YAML_NAME = Pattern.compile("(?i).*\\.ya?ml");

  private final List<Problem> problems;

  ExtendsResolver(List<Problem> problems) {
    this.problems = problems;
  }

  /** The merged tree of {@code file}, or null after reporting problems. */
  YMap load(Path file) {
    return load(file, file.toString(), null, new ArrayDeque<>());
  }

  private YMap load(Path file, String label, Origin namedAt, Deque<Path> chain) {
    Path key = file.toAbsolutePath().normalize();
    if (chain.contains(key)) {
      String cycle = chain.stream().map(Path::getFileName).map(Path::toString)
          .collect(Collectors.joining(" -> ")) + " -> " + key.getFileName();
      problems.add(namedAt.problem(EXTENDS, "extends cycle: " + cycle
          + "; a scenario cannot extend itself"));
      return null;
    }
    YamlValue parsed = YamlSource.parseFile(file, label, namedAt, problems);
    if (parsed == null) {
      return null;
    }
    if (!(parsed instanceof YMap map)) {
      // Never the text itself: it may be any file, not a scenario at all.
      problems.add(parsed.origin().problem("", "this is not a scenario: a scenario file is a "
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
    if (!(ext.value() instanceof YScalar s) || s.text().isBlank()
        || s.type() == YamlValue.ScalarType.NULL) {
      problems.add(ext.value().origin().problem(EXTENDS, "expected the path of a base "
          + "scenario file, got " + ext.value().describe()));
      return null;
    }
    if (!YAML_NAME.matcher(s.text()).matches()) {
      // Refused before reading: messages about a file that is not YAML could echo its lines.
      problems.add(ext.value().origin().problem(EXTENDS, "`" + s.text() + "` is not a "
          + "scenario file; extends takes a file whose name ends in .yaml or .yml"));
      return null;
    }
    Path parent = file.getParent();
    Path base = parent == null ? Path.of(s.text()) : parent.resolve(s.text());
    chain.addLast(key);
    YMap baseTree = load(base.normalize(), base.normalize().toString(), ext.value().origin(),
        chain);
    chain.removeLast();
    return baseTree == null ? null : merge(baseTree, variant);
  }

  /** Deep merge: {@code top}'s keys override {@code base}'s; maps merge, all else replaces. */
  static YMap merge(YMap base, YMap top) {
    LinkedHashMap<String, Entry> out = new LinkedHashMap<>(base.entries());
    for (Map.Entry<String, Entry> e : top.entries().entrySet()) {
      Entry old = out.get(e.getKey());
      Entry mine = e.getValue();
      if (old != null && old.value() instanceof YMap a && mine.value() instanceof YMap b) {
        out.put(e.getKey(), new Entry(mine.keyOrigin(), merge(a, b)));
      } else {
        out.put(e.getKey(), mine);
      }
    }
    return new YMap(top.origin(), out);
  }
}
