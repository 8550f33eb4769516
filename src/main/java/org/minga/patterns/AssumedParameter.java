package org.minga.patterns;

import java.util.Locale;

/**
 * One assumed (not sourced) numeric parameter of a scenario, and the range the robustness design
 * varies it over: {@link RobustnessRun#SPREAD} either side of its value, within its valid range.
 *
 * @param key dotted key path, e.g. {@code producers.buffer_months}
 * @param value the scenario's value
 * @param low lowest value drawn
 * @param high highest value drawn
 * @param whole whether the key takes whole numbers (values are then rounded)
 */
public record AssumedParameter(String key, double value, double low, double high, boolean whole) {
  /** The override setting this parameter at position {@code u} in [0, 1) of its range. */
  String override(double u) {
    double v = low + u * (high - low);
    return key
        + "="
        + (whole ? String.valueOf(Math.round(v)) : String.format(Locale.ROOT, "%.6g", v));
  }
}
