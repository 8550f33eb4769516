package org.minga.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one number format of Minga's CSV files (and of the numbers in summary.json): deterministic,
 * independent of the JVM's locale, and read as numbers by R's {@code read.csv} and pandas' {@code
 * read_csv}.
 *
 * <ul>
 *   <li>Whole numbers below 10^15 in magnitude (steps, years, counts, and any value that happens to
 *       be whole) are written in full, without decimals: {@code 2000}, {@code -3}.
 *   <li>Every other finite number is rounded to {@value #SIGNIFICANT_DIGITS} significant digits
 *       (half up, on the shortest decimal form of the double), trailing zeros dropped, without an
 *       exponent: {@code 0.333333}, {@code 1234570}, {@code 0.0000012}; except that magnitudes
 *       below {@code 0.000001} use an exponent, {@code 5.25803e-18}, so that floating-point
 *       residues do not become 20-digit strings (R and pandas read both forms).
 *   <li>NaN (a metric undefined this step, e.g. a mean over nobody) is {@code NA}; infinities are
 *       {@code Inf} and {@code -Inf}.
 * </ul>
 *
 * <p>Rounding goes through the decimal form rather than binary arithmetic so that the same double
 * always gives the same text on every platform; six digits are more than the model's precision.
 */
public final class CsvNumbers {
  /** How many significant digits non-integer values keep. */
  public static final int SIGNIFICANT_DIGITS = 6;

  /** Written for NaN: R's missing value, which pandas also reads as NaN by default. */
  public static final String MISSING = "NA";

  private static final MathContext ROUNDING =
      new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_UP);

  /** Below this magnitude a plain decimal would start with six or more zeros. */
  private static final double SMALL = 1e-6;

  /** Below this, every whole double is exact and short enough to write in full. */
  private static final double WHOLE_LIMIT = 1e15;

  private CsvNumbers() {}

  /** {@code x} in the CSV number format described above. */
  public static String format(double x) {
    if (Double.isNaN(x)) {
      return MISSING;
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "Inf" : "-Inf";
    }
    if (x == Math.rint(x) && Math.abs(x) < WHOLE_LIMIT) {
      return Long.toString((long) x); // also turns -0.0 into "0"
    }
    BigDecimal r = rounded(x);
    return Math.abs(x) < SMALL ? r.toString().replace('E', 'e') : r.toPlainString();
  }

  /**
   * {@code x} rounded to {@value #SIGNIFICANT_DIGITS} significant digits (whole numbers below 10^15
   * kept in full), for JSON output; null for NaN and infinities.
   */
  public static BigDecimal toDecimal(double x) {
    if (!Double.isFinite(x)) {
      return null;
    }
    if (x == Math.rint(x) && Math.abs(x) < WHOLE_LIMIT) {
      return BigDecimal.valueOf((long) x);
    }
    return rounded(x);
  }

  private static BigDecimal rounded(double x) {
    return BigDecimal.valueOf(x).round(ROUNDING).stripTrailingZeros();
  }
}
