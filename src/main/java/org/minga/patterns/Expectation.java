package org.minga.patterns;

/**
 * What a check expects of its statistic's 95% confidence interval: above zero, below zero, or
 * inside a calibration range.
 *
 * @param kind which test
 * @param low lower bound of the range (WITHIN only)
 * @param high upper bound of the range (WITHIN only)
 */
public record Expectation(Kind kind, double low, double high) {
  /** The kinds of test. */
  public enum Kind {
    POSITIVE,
    NEGATIVE,
    WITHIN
  }

  /** The interval must lie above zero. */
  public static Expectation positive() {
    return new Expectation(Kind.POSITIVE, 0, Double.POSITIVE_INFINITY);
  }

  /** The interval must lie below zero. */
  public static Expectation negative() {
    return new Expectation(Kind.NEGATIVE, Double.NEGATIVE_INFINITY, 0);
  }

  /** The interval must lie inside [low, high]. */
  public static Expectation within(double low, double high) {
    return new Expectation(Kind.WITHIN, low, high);
  }

  /** Whether an interval [ciLow, ciHigh] meets the expectation (strictly, for signs). */
  public boolean isMetBy(double ciLow, double ciHigh) {
    if (Double.isNaN(ciLow) || Double.isNaN(ciHigh)) {
      return false;
    }
    return switch (kind) {
      case POSITIVE -> ciLow > 0;
      case NEGATIVE -> ciHigh < 0;
      case WITHIN -> ciLow >= low && ciHigh <= high;
    };
  }

  /** Text for the report: "> 0", "< 0" or "in [2, 6]". */
  public String describe() {
    return switch (kind) {
      case POSITIVE -> "> 0";
      case NEGATIVE -> "< 0";
      case WITHIN -> "in [" + Numbers.format(low) + ", " + Numbers.format(high) + "]";
    };
  }
}
