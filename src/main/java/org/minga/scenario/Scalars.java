package org.minga.scenario;

import java.util.List;
import java.util.regex.Pattern;
import org.minga.scenario.YamlValue.ScalarType;
import org.minga.scenario.YamlValue.YScalar;
import org.minga.scenario.schema.RangeWords;

/**
 * Reads numbers and booleans out of YAML scalars, adding a problem (and returning null) when the
 * value has the wrong type or lies outside an inclusive range.
 */
final class Scalars {
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(\\d[\\d_]*(\\.[\\d_]*)?|\\.\\d[\\d_]*)([eE][-+]?\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("[-+]?\\d[\\d_]*");

  private Scalars() {}

  /** A finite number, or null after reporting a problem. */
  static Double number(YamlValue v, String path, double min, double max, List<Problem> problems) {
    if (!(v instanceof YScalar s) || !isNumeric(s)) {
      problems.add(
          v.origin().problem(path, "expected a number, got " + v.describe() + NumberSlips.hint(v)));
      return null;
    }
    double d;
    try {
      d = Double.parseDouble(s.text().replace("_", ""));
    } catch (NumberFormatException e) {
      problems.add(
          v.origin().problem(path, "expected a number in plain decimal form, got " + v.describe()));
      return null;
    }
    if (!Double.isFinite(d)) {
      problems.add(v.origin().problem(path, "expected a finite number, got " + v.describe()));
      return null;
    }
    return inRange(d, v, path, min, max, problems) ? d : null;
  }

  /** A whole number within [lo, hi] (the type's limits) and [min, max], or null. */
  static Long whole(
      YamlValue v, String path, double min, double max, long lo, long hi, List<Problem> problems) {
    if (!(v instanceof YScalar s) || !isNumeric(s)) {
      problems.add(
          v.origin()
              .problem(path, "expected a whole number, got " + v.describe() + NumberSlips.hint(v)));
      return null;
    }
    String text = s.text().replace("_", "");
    if (!WHOLE.matcher(text).matches()) {
      problems.add(
          v.origin()
              .problem(path, "expected a whole number in plain decimal form, got " + v.describe()));
      return null;
    }
    long n;
    boolean overflow = false;
    try {
      n = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
    } catch (NumberFormatException e) {
      // The pattern matched, so only the size can be wrong.
      n = 0;
      overflow = true;
    }
    if (overflow || n < lo || n > hi) {
      problems.add(
          v.origin()
              .problem(
                  path,
                  s.text()
                      + " is too large a number; allowed "
                      + RangeWords.of(Math.max(lo, min), Math.min(hi, max))));
      return null;
    }
    return inRange(n, v, path, min, max, problems) ? n : null;
  }

  /** true/false (also yes/no, on/off as YAML 1.1 reads them), or null. */
  static Boolean bool(YamlValue v, String path, List<Problem> problems) {
    if (v instanceof YScalar s && s.type() == ScalarType.BOOL) {
      String t = s.text().toLowerCase();
      return t.equals("true") || t.equals("yes") || t.equals("on");
    }
    problems.add(v.origin().problem(path, "expected true or false, got " + v.describe()));
    return null;
  }

  private static boolean isNumeric(YScalar s) {
    return s.type() == ScalarType.INT
        || s.type() == ScalarType.FLOAT
        // Quoted numbers ("5") and forms YAML 1.1 leaves as text (1e5) are still numbers.
        || (s.type() == ScalarType.STRING && DECIMAL.matcher(s.text().trim()).matches());
  }

  static boolean inRange(
      double d, YamlValue v, String path, double min, double max, List<Problem> problems) {
    if (d < min) {
      problems.add(
          v.origin()
              .problem(
                  path,
                  RangeWords.number(d)
                      + " is below the minimum "
                      + RangeWords.number(min)
                      + "; allowed "
                      + RangeWords.of(min, max)));
      return false;
    }
    if (d > max) {
      problems.add(
          v.origin()
              .problem(
                  path,
                  RangeWords.number(d)
                      + " is above the maximum "
                      + RangeWords.number(max)
                      + "; allowed "
                      + RangeWords.of(min, max)
                      + NumberSlips.percentHint(d, min, max)));
      return false;
    }
    return true;
  }
}
