package org.minga.scenario.schema;

import java.math.BigDecimal;

/** Formats numbers and inclusive ranges the way users write them (no trailing ".0"). */
public final class RangeWords {
  private RangeWords() {}

  /** "0 to 0.3", "1 or more", "at most 12", or "" for an unbounded range. */
  public static String of(double min, double max) {
    return of(min, max, "");
  }

  /** As {@link #of(double, double)} with {@code times} after each bound ("0 to 2 x base"). */
  public static String of(double min, double max, String times) {
    boolean hasMin = min != Double.NEGATIVE_INFINITY;
    boolean hasMax = max != Double.POSITIVE_INFINITY;
    if (hasMin && hasMax) {
      return number(min) + (min == 0 ? "" : times) + " to " + number(max) + times;
    }
    if (hasMin) {
      return number(min) + times + " or more";
    }
    if (hasMax) {
      return "at most " + number(max) + times;
    }
    return "";
  }

  /**
   * Shortest decimal text that reads back as the same double, without exponent or trailing ".0"
   * (120, 0.35, 0.00001), so YAML written from it parses as the same value.
   */
  public static String number(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return v > 0 ? ".inf" : v < 0 ? "-.inf" : ".nan";
    }
    if (v == 0) {
      return "0";
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
