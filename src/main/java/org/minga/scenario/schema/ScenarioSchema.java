package org.minga.scenario.schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.minga.scenario.Dist;

/**
 * The schema of a configuration record tree, derived once by reflection from its {@link Param}
 * annotations and cached. It is the single model behind validation, {@code describe}, the resolved
 * YAML and the reference doc: for every key path ({@code producers.area_ha}, {@code
 * firms[].margin}) it knows the type, default, range, unit, meaning, source and enum values.
 */
public final class ScenarioSchema {
  private static final Map<Class<?>, ScenarioSchema> CACHE = new ConcurrentHashMap<>();

  private final RecordSchema root;
  private final Map<String, KeySpec> byPath;
  private final List<RecordSchema> records;

  private ScenarioSchema(Class<? extends Record> rootType) {
    List<RecordSchema> all = new ArrayList<>();
    Map<String, KeySpec> paths = new LinkedHashMap<>();
    this.root = build(rootType, "", all, paths);
    this.byPath = Collections.unmodifiableMap(paths);
    this.records = List.copyOf(all);
  }

  /**
   * The schema of {@code rootType}, built on first use.
   *
   * @throws IllegalStateException when a component lacks {@link Param} or has an unsupported type
   *     (a programming error in the configuration records, not a user error)
   */
  public static ScenarioSchema of(Class<? extends Record> rootType) {
    return CACHE.computeIfAbsent(rootType, t -> new ScenarioSchema(rootType));
  }

  /** The root record's keys. */
  public RecordSchema root() {
    return root;
  }

  /** Every key in depth-first schema order, sections before their keys. */
  public List<KeySpec> allKeys() {
    return List.copyOf(byPath.values());
  }

  /** Every record schema (root first, then sections and list elements in schema order). */
  public List<RecordSchema> records() {
    return records;
  }

  /** The key at {@code path}, or null. List indexes may be written as {@code [3]} or {@code []}. */
  public KeySpec find(String path) {
    return byPath.get(normalize(path));
  }

  /** All full key paths, in schema order (for suggestions). */
  public List<String> paths() {
    return new ArrayList<>(byPath.keySet());
  }

  /** {@code firms[2].margin} to {@code firms[].margin}. */
  public static String normalize(String path) {
    return path.replaceAll("\\[\\d+]", "[]");
  }

  private static RecordSchema build(
      Class<? extends Record> type,
      String path,
      List<RecordSchema> all,
      Map<String, KeySpec> paths) {
    if (!type.isRecord()) {
      throw new IllegalStateException(type + " is not a record");
    }
    List<KeySpec> keys = new ArrayList<>();
    int index = all.size();
    all.add(null); // reserve the slot so parents come before their sections
    for (RecordComponent c : type.getRecordComponents()) {
      if (c.getAnnotation(Param.class) == null) {
        throw new IllegalStateException(
            type.getName() + "." + c.getName() + " has no @Param; every scenario key needs one");
      }
      String key = Names.snakeCase(c.getName());
      String keyPath = path.isEmpty() ? key : path + "." + key;
      KeySpec spec = spec(c, keyPath, all, paths);
      keys.add(spec);
    }
    RecordSchema schema = new RecordSchema(type, path, keys);
    all.set(index, schema);
    return schema;
  }

  @SuppressWarnings("unchecked")
  private static KeySpec spec(
      RecordComponent c, String keyPath, List<RecordSchema> all, Map<String, KeySpec> paths) {
    Class<?> t = c.getType();
    KeySpec spec;
    if (t == int.class) {
      spec = new KeySpec(keyPath, c, KeyKind.INT, null, null);
    } else if (t == long.class) {
      spec = new KeySpec(keyPath, c, KeyKind.LONG, null, null);
    } else if (t == double.class) {
      spec = new KeySpec(keyPath, c, KeyKind.DOUBLE, null, null);
    } else if (t == boolean.class) {
      spec = new KeySpec(keyPath, c, KeyKind.BOOLEAN, null, null);
    } else if (t == String.class) {
      spec = new KeySpec(keyPath, c, KeyKind.STRING, null, null);
    } else if (t.isEnum()) {
      spec = new KeySpec(keyPath, c, KeyKind.ENUM, t, null);
    } else if (t == Dist.class) {
      spec = new KeySpec(keyPath, c, KeyKind.DIST, null, null);
    } else if (t.isRecord()) {
      paths.put(keyPath, null); // placeholder keeps the section before its keys
      RecordSchema children = build((Class<? extends Record>) t, keyPath, all, paths);
      spec = new KeySpec(keyPath, c, KeyKind.SECTION, null, children);
    } else if (t == List.class) {
      Type arg =
          c.getGenericType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : null;
      if (arg == Integer.class) {
        spec = new KeySpec(keyPath, c, KeyKind.INT_LIST, null, null);
      } else if (arg == Double.class) {
        spec = new KeySpec(keyPath, c, KeyKind.DOUBLE_LIST, null, null);
      } else if (arg instanceof Class<?> e && e.isRecord()) {
        paths.put(keyPath, null);
        RecordSchema children = build((Class<? extends Record>) e, keyPath + "[]", all, paths);
        spec = new KeySpec(keyPath, c, KeyKind.RECORD_LIST, null, children);
      } else {
        throw unsupported(c);
      }
    } else {
      throw unsupported(c);
    }
    paths.put(keyPath, spec);
    return spec;
  }

  private static IllegalStateException unsupported(RecordComponent c) {
    return new IllegalStateException(
        c.getDeclaringRecord().getName()
            + "."
            + c.getName()
            + " has type "
            + c.getGenericType().getTypeName()
            + ", which scenarios do not support");
  }
}
