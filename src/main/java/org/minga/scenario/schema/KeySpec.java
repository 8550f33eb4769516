package org.minga.scenario.schema;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * One scenario key as declared by a {@link Param} on a record component: its YAML name, full key
 * path, type, default, range, unit, meaning and source. Immutable; built by {@link ScenarioSchema}.
 */
public final class KeySpec {
  private final String key;
  private final String path;
  private final RecordComponent component;
  private final KeyKind kind;
  private final Param param;
  private final Class<?> enumType;
  private final RecordSchema children;

  KeySpec(
      String path,
      RecordComponent component,
      KeyKind kind,
      Class<?> enumType,
      RecordSchema children) {
    this.key = Names.snakeCase(component.getName());
    this.path = path;
    this.component = component;
    this.kind = kind;
    this.param = component.getAnnotation(Param.class);
    this.enumType = enumType;
    this.children = children;
  }

  /** The YAML key, e.g. {@code area_ha}. */
  public String key() {
    return key;
  }

  /** The full key path, e.g. {@code producers.area_ha} or {@code firms[].margin}. */
  public String path() {
    return path;
  }

  /** The record component this key binds to. */
  public RecordComponent component() {
    return component;
  }

  /** The value type. */
  public KeyKind kind() {
    return kind;
  }

  /** Meaning, for users. */
  public String doc() {
    return param.doc();
  }

  /** Unit in plain words, or empty. */
  public String unit() {
    return param.unit();
  }

  /** Where the default comes from, or empty. */
  public String source() {
    return param.source();
  }

  /** The default as YAML text; empty when the key is required or is a section. */
  public String defaultYaml() {
    return param.def();
  }

  /** Whether the key must be written: no default and not a section. */
  public boolean isRequired() {
    return kind != KeyKind.SECTION && param.def().isEmpty();
  }

  /** Inclusive lower bound (negative infinity when none). */
  public double min() {
    return param.min();
  }

  /** Inclusive upper bound (positive infinity when none). */
  public double max() {
    return param.max();
  }

  /** Whether a min or max is declared. */
  public boolean hasRange() {
    return param.min() != Double.NEGATIVE_INFINITY || param.max() != Double.POSITIVE_INFINITY;
  }

  /** Lowest plausible value (negative infinity when none); a multiple of {@link #plausibleOf}. */
  public double plausibleMin() {
    return param.plausibleMin();
  }

  /** Highest plausible value (positive infinity when none); a multiple of {@link #plausibleOf}. */
  public double plausibleMax() {
    return param.plausibleMax();
  }

  /** The key path the plausible range is relative to, or empty for an absolute range. */
  public String plausibleOf() {
    return param.plausibleOf();
  }

  /** Whether a plausible range is declared. */
  public boolean hasPlausibleRange() {
    return param.plausibleMin() != Double.NEGATIVE_INFINITY
        || param.plausibleMax() != Double.POSITIVE_INFINITY;
  }

  /** The plausible range in plain words ("0.05 to 3", "0 to 2 x prices.base"); or empty. */
  public String plausibleWords() {
    return RangeWords.of(
        param.plausibleMin(),
        param.plausibleMax(),
        param.plausibleOf().isEmpty() ? "" : " x " + param.plausibleOf());
  }

  /**
   * Whether the value names a file, to be read relative to the YAML file that wrote it. By
   * convention: a text key named {@code file} or ending in {@code _file}.
   */
  public boolean isFilePath() {
    return kind == KeyKind.STRING && (key.equals("file") || key.endsWith("_file"));
  }

  /** The enum class for {@link KeyKind#ENUM}, else null. */
  public Class<?> enumType() {
    return enumType;
  }

  /** The allowed YAML values of an enum key, lower case, in declaration order; else empty. */
  public List<String> allowedValues() {
    if (enumType == null) {
      return List.of();
    }
    return Arrays.stream(enumType.getEnumConstants())
        .map(e -> ((Enum<?>) e).name().toLowerCase())
        .toList();
  }

  /** The keys of a section, or of each element of a record list; null for other kinds. */
  public RecordSchema children() {
    return children;
  }

  /** The type in plain words, e.g. "number", "one of a, b", "list of maps". */
  public String typeWords() {
    if (kind == KeyKind.ENUM) {
      return "one of " + String.join(", ", allowedValues());
    }
    return kind.words();
  }

  /** The range in plain words ("0 to 0.3", "1 or more", "at most 12"); empty when unbounded. */
  public String rangeWords() {
    return RangeWords.of(param.min(), param.max());
  }

  @Override
  public String toString() {
    return path + " (" + kind.words() + ")";
  }
}
