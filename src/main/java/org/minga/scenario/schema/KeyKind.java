package org.minga.scenario.schema;

/** The value types a scenario key may have; each maps to one Java component type. */
public enum KeyKind {
  /** {@code int}. */
  INT("whole number"),
  /** {@code long}. */
  LONG("whole number"),
  /** {@code double}. */
  DOUBLE("number"),
  /** {@code boolean}. */
  BOOLEAN("true or false"),
  /** {@code String}. */
  STRING("text"),
  /** An enum, written as its lower-case constant name. */
  ENUM("choice"),
  /** {@code org.minga.scenario.Dist}: a number or a {@code {dist: ...}} map. */
  DIST("distribution"),
  /** {@code List<Integer>}. */
  INT_LIST("list of whole numbers"),
  /** {@code List<Double>}. */
  DOUBLE_LIST("list of numbers"),
  /** {@code List<R>} for a record type R: each element a map with R's keys. */
  RECORD_LIST("list of maps"),
  /** A nested record: a map of keys that default one by one. */
  SECTION("section");

  private final String words;

  KeyKind(String words) {
    this.words = words;
  }

  /** The type in plain words, as shown to users. */
  public String words() {
    return words;
  }

  /** Whether values are numbers to which {@code min}/{@code max} apply (element-wise for lists). */
  public boolean isNumeric() {
    return this == INT || this == LONG || this == DOUBLE || this == INT_LIST || this == DOUBLE_LIST;
  }
}
