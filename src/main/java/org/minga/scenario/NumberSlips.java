package org.minga.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minga.scenario.YamlValue.YScalar;
import org.minga.scenario.schema.RangeWords;

/**
 * Hints for numbers written the way people write them on paper rather than the way YAML reads them:
 * a comment glued to the value, a decimal comma, a percent sign, numbers without commas between
 * them, a share written as a percent.
 */
final class NumberSlips {
  private static final String NUMBER = "[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?";
  private static final Pattern GLUED_COMMENT = Pattern.compile("(" + NUMBER + ")#.*");
  private static final Pattern DECIMAL_COMMA = Pattern.compile("([-+]?\\d+),(\\d+)");
  private static final Pattern PERCENT = Pattern.compile("(" + NUMBER + ")\\s*%");
  private static final Pattern NO_COMMAS = Pattern.compile(NUMBER + "(?:\\s+" + NUMBER + ")+");

  private NumberSlips() {}

  /** "; ..." explaining why {@code v} is not a number, or "" when nothing is recognised. */
  static String hint(YamlValue v) {
    if (!(v instanceof YScalar s)) {
      return "";
    }
    String t = s.text().strip();
    Matcher m;
    if ((m = GLUED_COMMENT.matcher(t)).matches()) {
      return "; a comment needs a space before #: write `" + m.group(1) + " # ...`";
    }
    if ((m = DECIMAL_COMMA.matcher(t)).matches()) {
      return "; write decimals with a point: " + m.group(1) + "." + m.group(2);
    }
    if ((m = PERCENT.matcher(t)).matches()) {
      double share = Double.parseDouble(m.group(1)) / 100;
      return "; write numbers without %; for " + m.group(1) + "% write " + RangeWords.number(share);
    }
    if (NO_COMMAS.matcher(t).matches()) {
      return "; to give several numbers, separate them with commas inside [ ]: ["
          + String.join(", ", t.split("\\s+"))
          + "]";
    }
    return "";
  }

  /** "; did you mean 0.75?" when {@code d} above {@code max} reads as a percent of a share. */
  static String percentHint(double d, double min, double max) {
    double share = d / 100;
    if (d <= max || max > 1 || d > 100 || share < min || share > max) {
      return "";
    }
    return "; did you mean " + RangeWords.number(share) + " (" + RangeWords.number(d) + "%)?";
  }
}
