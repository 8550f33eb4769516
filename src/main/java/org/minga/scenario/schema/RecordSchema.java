package org.minga.scenario.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The keys of one record type at one place in the tree, in declaration (schema) order. */
public final class RecordSchema {
  private final Class<? extends Record> type;
  private final String path;
  private final Map<String, KeySpec> keys;

  RecordSchema(Class<? extends Record> type, String path, List<KeySpec> keys) {
    this.type = type;
    this.path = path;
    Map<String, KeySpec> byKey = new LinkedHashMap<>();
    for (KeySpec k : keys) {
      byKey.put(k.key(), k);
    }
    this.keys = Collections.unmodifiableMap(byKey);
  }

  /** The record class. */
  public Class<? extends Record> type() {
    return type;
  }

  /** Key path of this record ("" for the root, {@code prices.replay}, {@code firms[]}). */
  public String path() {
    return path;
  }

  /** The keys in schema order. */
  public List<KeySpec> keys() {
    return List.copyOf(keys.values());
  }

  /** The YAML key names in schema order, for "did you mean" suggestions. */
  public List<String> keyNames() {
    return new ArrayList<>(keys.keySet());
  }

  /** The key named {@code key}, or null. */
  public KeySpec key(String key) {
    return keys.get(key);
  }
}
