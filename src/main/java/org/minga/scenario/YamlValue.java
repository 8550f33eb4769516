package org.minga.scenario;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A parsed YAML value that remembers where each part was written, so that merging ({@code extends},
 * {@code --set}) and validation can report file, line and column for every key.
 */
sealed interface YamlValue {
  Origin origin();

  /** What kind of value this is, in words for messages ("a map", "a list", "`abc`"). */
  String describe();

  /** A map entry: the key as written (with its own origin) and its value. */
  record Entry(Origin keyOrigin, YamlValue value) {}

  /** A mapping, in written order. */
  record YMap(Origin origin, LinkedHashMap<String, Entry> entries) implements YamlValue {
    public YMap {
      entries = new LinkedHashMap<>(entries);
    }

    @Override
    public String describe() {
      return "a map";
    }
  }

  /** A sequence. */
  record YList(Origin origin, List<YamlValue> items) implements YamlValue {
    public YList {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A scalar with its resolved YAML type. */
  record YScalar(Origin origin, String text, ScalarType type) implements YamlValue {
    @Override
    public String describe() {
      return type == ScalarType.NULL ? "nothing" : "`" + text + "`";
    }
  }

  /** The YAML 1.1 type the parser resolved for a plain or quoted scalar. */
  enum ScalarType {
    STRING,
    INT,
    FLOAT,
    BOOL,
    NULL
  }
}
