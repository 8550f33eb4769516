package org.minga.gui;

import java.util.Locale;

/**
 * Numbers as the inspectors show them to a room: rounded, grouped, with their unit ("1,234 USD",
 * "3.2 ha", "0.62 of 1", "45%"), never a raw double such as 2.005536749252985.
 */
final class Shown {
  private Shown() {}

  static String usd(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%,.0f USD", v);
  }

  static String hectares(double v) {
    return String.format(Locale.ROOT, "%.1f ha", v);
  }

  /** A score from 0 to 1. */
  static String score(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f of 1", v);
  }

  /** A share from 0 to 1, as a percentage. */
  static String percent(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
  }
}
