package org.minga.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.minga.scenario.YamlValue.Entry;
import org.minga.scenario.YamlValue.ScalarType;
import org.minga.scenario.YamlValue.YList;
import org.minga.scenario.YamlValue.YMap;
import org.minga.scenario.YamlValue.YScalar;
import org.minga.scenario.schema.KeyKind;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.Names;
import org.minga.scenario.schema.RecordSchema;

/**
 * Binds a YAML value tree to configuration records following the schema: fills defaults, checks
 * types and ranges, and collects every problem rather than stopping at the first. Also remembers
 * where each key was written, so later checks can point at it.
 */
final class Binder {
  /** Marks a value that could not be bound (its problem is already reported). */
  private static final Object INVALID = new Object();

  private static final Map<KeySpec, YamlValue> DEFAULTS = new ConcurrentHashMap<>();

  private final List<Problem> problems;
  private final Map<String, Origin> written = new LinkedHashMap<>();
  private final Map<String, Origin> values = new LinkedHashMap<>();

  Binder(List<Problem> problems) {
    this.problems = problems;
  }

  /** Where each written key path (and list element) appeared, in binding order. */
  Map<String, Origin> written() {
    return written;
  }

  /** Where the value of each written key path (and list element) appeared. */
  Map<String, Origin> values() {
    return values;
  }

  /**
   * Binds {@code map} (null: nothing written) as a record of {@code schema}; returns null when any
   * problem was found.
   *
   * @param where where to report missing required keys when {@code map} is null
   */
  <T extends Record> T bindRoot(RecordSchema schema, Class<T> type, YamlValue map, Origin where) {
    Object r = bindSection(schema, map, where, "");
    return r == INVALID ? null : type.cast(r);
  }

  private Object bindSection(RecordSchema schema, YamlValue given, Origin where, String path) {
    // `producers:` with every key commented out is an empty section: all defaults.
    // Its position is the key's: an empty value's own mark is past the end of the line.
    YamlValue value =
        given instanceof YScalar s && s.type() == ScalarType.NULL
            ? new YMap(written.getOrDefault(path, s.origin()), new LinkedHashMap<>())
            : given;
    if (value != null && !(value instanceof YMap)) {
      problems.add(
          value
              .origin()
              .problem(path, "expected a map of keys (a section), got " + value.describe()));
      return INVALID;
    }
    YMap map = (YMap) value;
    Origin here = map != null ? map.origin() : where;
    if (map != null) {
      for (Map.Entry<String, Entry> e : map.entries().entrySet()) {
        if (schema.key(e.getKey()) == null) {
          problems.add(
              e.getValue()
                  .keyOrigin()
                  .problem(
                      join(path, e.getKey()),
                      UnknownKey.message(
                          e.getKey(),
                          ListAdditions.keyNames(schema),
                          path.isEmpty() ? "the top level" : path)));
        }
      }
    }
    List<KeySpec> keys = schema.keys();
    Object[] args = new Object[keys.size()];
    boolean ok = true;
    for (int i = 0; i < keys.size(); i++) {
      KeySpec spec = keys.get(i);
      String keyPath = join(path, spec.key());
      Entry entry = map == null ? null : map.entries().get(spec.key());
      Object v;
      if (entry != null) {
        written.put(keyPath, entry.keyOrigin());
        values.put(keyPath, entry.value().origin());
        v = bindValue(spec, entry.value(), keyPath, here);
      } else if (spec.children() != null && spec.kind() == KeyKind.SECTION) {
        v = bindSection(spec.children(), null, here, keyPath);
      } else if (spec.isRequired()) {
        problems.add(
            here.problem(
                keyPath,
                "missing; this key has no default and must be "
                    + "given ("
                    + spec.typeWords()
                    + rangeHint(spec)
                    + "): "
                    + spec.doc()));
        v = INVALID;
      } else {
        v = bindDefault(spec, keyPath, here);
      }
      ok &= v != INVALID;
      args[i] = v;
    }
    if (!ok) {
      return INVALID;
    }
    return construct(schema.type(), args, here, path);
  }

  private static String rangeHint(KeySpec spec) {
    String r = spec.rangeWords();
    return r.isEmpty() ? "" : ", " + r;
  }

  /** The default of {@code spec} as a value tree (parsed once), or null when it has none. */
  static YamlValue defaultOf(KeySpec spec) {
    return spec == null || spec.defaultYaml().isEmpty()
        ? null
        : DEFAULTS.computeIfAbsent(spec, Binder::parseDefault);
  }

  private Object bindDefault(KeySpec spec, String keyPath, Origin here) {
    YamlValue def = defaultOf(spec);
    List<Problem> defaultProblems = new ArrayList<>();
    Binder inner = new Binder(defaultProblems);
    Object v = inner.bindValue(spec, def, keyPath, here);
    if (!defaultProblems.isEmpty()) {
      throw new IllegalStateException(
          "the default of " + spec.path() + " is invalid: " + defaultProblems);
    }
    return v;
  }

  private static YamlValue parseDefault(KeySpec spec) {
    List<Problem> p = new ArrayList<>();
    YamlValue v = YamlSource.parseOverride(spec.defaultYaml(), Origin.ofDefault(spec.path()), p);
    if (!p.isEmpty()) {
      throw new IllegalStateException("the default of " + spec.path() + " is not YAML: " + p);
    }
    return v;
  }

  private Object bindValue(KeySpec spec, YamlValue v, String path, Origin here) {
    Object r =
        switch (spec.kind()) {
          case INT ->
              toInt(
                  Scalars.whole(
                      v,
                      path,
                      spec.min(),
                      spec.max(),
                      Integer.MIN_VALUE,
                      Integer.MAX_VALUE,
                      problems));
          case LONG ->
              Scalars.whole(
                  v, path, spec.min(), spec.max(), Long.MIN_VALUE, Long.MAX_VALUE, problems);
          case DOUBLE -> Scalars.number(v, path, spec.min(), spec.max(), problems);
          case BOOLEAN -> Scalars.bool(v, path, problems);
          case STRING -> text(spec, v, path);
          case ENUM -> enumValue(spec, v, path);
          case DIST -> new DistReader(problems).read(v, path, spec.min(), spec.max());
          case INT_LIST, DOUBLE_LIST -> numberList(spec, v, path);
          case RECORD_LIST -> recordList(spec, v, path);
          case SECTION -> bindSection(spec.children(), v, here, path);
        };
    return r == null ? INVALID : r;
  }

  private String text(KeySpec spec, YamlValue v, String path) {
    if (!(v instanceof YScalar s) || s.type() == ScalarType.NULL) {
      problems.add(
          v.origin()
              .problem(
                  path,
                  "expected text, got "
                      + v.describe()
                      + (v instanceof YScalar ? "; write \"\" for empty text" : "")));
      return null;
    }
    if (spec.isFilePath() && !s.text().isBlank()) {
      return resolveFile(s.text(), v.origin().file());
    }
    return s.text();
  }

  /**
   * Makes a file path absolute: relative to the YAML file that wrote it, or to the working
   * directory for {@code --set} overrides, so resolved scenarios run from anywhere. A file of a
   * bundled scenario stays named as bundled ({@code bundled:data/x.csv}), so it runs from anywhere
   * too.
   */
  static String resolveFile(String text, Path writtenIn) {
    if (text.startsWith(BundledScenarios.PREFIX)) {
      return text;
    }
    if (writtenIn != null && BundledScenarios.contains(writtenIn)) {
      return BundledScenarios.label(
          writtenIn.toAbsolutePath().getParent().resolve(text).normalize());
    }
    Path p = Path.of(text);
    if (!p.isAbsolute()) {
      Path base = writtenIn == null ? null : writtenIn.toAbsolutePath().getParent();
      p = base == null ? p.toAbsolutePath() : base.resolve(p);
    }
    return p.normalize().toString();
  }

  private Object enumValue(KeySpec spec, YamlValue v, String path) {
    List<String> allowed = spec.allowedValues();
    if (v instanceof YScalar s && s.type() != ScalarType.NULL) {
      int i = allowed.indexOf(s.text().toLowerCase());
      if (i >= 0) {
        return spec.enumType().getEnumConstants()[i];
      }
    }
    String typed = v instanceof YScalar s ? s.text() : "";
    String hint = Names.closest(typed, allowed).map(n -> "; did you mean `" + n + "`?").orElse("");
    problems.add(
        v.origin()
            .problem(
                path,
                v.describe() + " is not allowed; use one of " + String.join(", ", allowed) + hint));
    return null;
  }

  private Object numberList(KeySpec spec, YamlValue v, String path) {
    boolean ints = spec.kind() == KeyKind.INT_LIST;
    if (!(v instanceof YList list)) {
      problems.add(
          v.origin()
              .problem(
                  path,
                  "expected a list of "
                      + (ints ? "whole numbers" : "numbers")
                      + " like [1, 2], got "
                      + v.describe()
                      + NumberSlips.hint(v)));
      return null;
    }
    List<Object> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < list.items().size(); i++) {
      YamlValue item = list.items().get(i);
      String itemPath = path + "[" + i + "]";
      written.put(itemPath, item.origin());
      values.put(itemPath, item.origin());
      // Not a ?: expression: that would unbox and promote every Integer to double.
      Object n;
      if (ints) {
        n =
            toInt(
                Scalars.whole(
                    item,
                    itemPath,
                    spec.min(),
                    spec.max(),
                    Integer.MIN_VALUE,
                    Integer.MAX_VALUE,
                    problems));
      } else {
        n = Scalars.number(item, itemPath, spec.min(), spec.max(), problems);
      }
      ok &= n != null;
      out.add(n);
    }
    return ok ? List.copyOf(out) : null;
  }

  private Object recordList(KeySpec spec, YamlValue v, String path) {
    if (!(v instanceof YList list)) {
      problems.add(
          v.origin()
              .problem(path, "expected a list of maps (- key: value ...), got " + v.describe()));
      return null;
    }
    List<Object> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < list.items().size(); i++) {
      YamlValue item = list.items().get(i);
      String itemPath = path + "[" + i + "]";
      written.put(itemPath, item.origin());
      Object r = bindSection(spec.children(), item, item.origin(), itemPath);
      ok &= r != INVALID;
      out.add(r);
    }
    return ok ? List.copyOf(out) : null;
  }

  private Object construct(Class<? extends Record> type, Object[] args, Origin here, String path) {
    RecordComponent[] comps = type.getRecordComponents();
    Class<?>[] types = new Class<?>[comps.length];
    for (int i = 0; i < comps.length; i++) {
      types[i] = comps[i].getType();
    }
    try {
      Constructor<? extends Record> c = type.getDeclaredConstructor(types);
      c.setAccessible(true);
      return c.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException iae) {
        // A record's constructor rejected a combination of values: a user error.
        problems.add(here.problem(path, iae.getMessage()));
        return INVALID;
      }
      throw new IllegalStateException("cannot build " + type.getName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getName(), e);
    }
  }

  private static Integer toInt(Long n) {
    return n == null ? null : Integer.valueOf(n.intValue());
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
