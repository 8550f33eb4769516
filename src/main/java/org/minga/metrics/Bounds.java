package org.minga.metrics;

/**
 * The range a metric's values can take, declared with the metric so that intervals of its means are
 * kept inside it (a share's interval never runs below 0 or above 1). Infinite ends are unbounded.
 *
 * @param lower the smallest possible value
 * @param upper the largest possible value
 */
public record Bounds(double lower, double upper) {
  /** Any real value (incomes, reserves: they can be negative). */
  public static final Bounds NONE = new Bounds(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

  /** Shares, indices and scores from 0 to 1. */
  public static final Bounds UNIT = new Bounds(0, 1);

  /** Counts, volumes and amounts that cannot be negative. */
  public static final Bounds NON_NEGATIVE = new Bounds(0, Double.POSITIVE_INFINITY);

  public Bounds {
    if (!(lower <= upper)) {
      throw new IllegalArgumentException("bounds [" + lower + ", " + upper + "] are empty");
    }
  }

  /** {@code x} moved to the nearest end when outside; NaN stays NaN. */
  public double clip(double x) {
    return Math.max(lower, Math.min(upper, x));
  }

  /** Whether either end is finite. */
  public boolean bounded() {
    return Double.isFinite(lower) || Double.isFinite(upper);
  }

  /**
   * The range of a difference of two values within these bounds: [lower - upper, upper - lower].
   */
  public Bounds differences() {
    return new Bounds(lower - upper, upper - lower);
  }

  /** "[0, 1]", "[0, inf)", "(-inf, inf)": for notes and reports. */
  public String text() {
    return (Double.isInfinite(lower) ? "(-inf" : "[" + number(lower))
        + ", "
        + (Double.isInfinite(upper) ? "inf)" : number(upper) + "]");
  }

  private static String number(double x) {
    return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
  }
}
