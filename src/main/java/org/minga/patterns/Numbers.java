package org.minga.patterns;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number formatting for the report: four significant digits, no exponent, "NA" for NaN. */
final class Numbers {
  private Numbers() {}

  static String format(double x) {
    if (Double.isNaN(x)) {
      return "NA";
    }
    if (Double.isInfinite(x)) {
      return x > 0 ? "Inf" : "-Inf";
    }
    if (x == 0) {
      return "0";
    }
    return new BigDecimal(x).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
