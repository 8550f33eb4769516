package org.minga.scenario;

import java.util.List;
import java.util.Map;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.RangeWords;
import org.minga.scenario.schema.RecordSchema;

/**
 * Warns about written values that are valid but outside their key's plausible range
 * ({@code @Param(plausibleMin, plausibleMax, plausibleOf)}), each with a guess at what was meant:
 * 55 for a 55% crash, 15 for a share of 0.15, a floor price far above the base price. Defaults are
 * never warned about; only what the user wrote, at the place it was written.
 */
final class Plausibility {
  private final RecordSchema rootSchema;
  private final Record root;
  private final Map<String, Origin> values;
  private final List<Problem> warnings;

  /**
   * @param values where each written value appeared (key paths without defaults)
   */
  Plausibility(
      RecordSchema rootSchema, Record root, Map<String, Origin> values, List<Problem> warnings) {
    this.rootSchema = rootSchema;
    this.root = root;
    this.values = values;
    this.warnings = warnings;
  }

  void run() {
    RecordTree.visit(
        rootSchema,
        root,
        "",
        (schema, record, path) -> {
          for (KeySpec spec : schema.keys()) {
            if (spec.hasPlausibleRange() && spec.kind().isNumeric()) {
              check(spec, RecordTree.value(record, spec), Binder.join(path, spec.key()));
            }
          }
        });
  }

  private void check(KeySpec spec, Object value, String path) {
    if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        check(spec, list.get(i), path + "[" + i + "]");
      }
      return;
    }
    Origin at = values.get(path);
    if (at == null || !(value instanceof Number n)) {
      return;
    }
    double scale = scale(spec);
    double v = n.doubleValue();
    if (v < spec.plausibleMin() * scale || v > spec.plausibleMax() * scale) {
      warnings.add(
          at.problem(
              path,
              "warning: "
                  + RangeWords.number(v)
                  + " is valid but outside "
                  + "the plausible range "
                  + spec.plausibleWords()
                  + suggestion(spec, v, scale)));
    }
  }

  /** The value of the key the range is relative to (1 for an absolute range). */
  private double scale(KeySpec spec) {
    if (spec.plausibleOf().isEmpty()) {
      return 1;
    }
    Object base = RecordTree.valueAt(rootSchema, root, spec.plausibleOf());
    if (!(base instanceof Number b)) {
      throw new IllegalStateException(
          spec.path() + ": plausibleOf names no number: " + spec.plausibleOf());
    }
    return b.doubleValue();
  }

  /** "; " and what was probably meant, or "" when there is no good guess. */
  private static String suggestion(KeySpec spec, double v, double scale) {
    if (!spec.plausibleOf().isEmpty()) {
      return " ("
          + RangeWords.number(scale)
          + " now); "
          + RangeWords.number(v)
          + " is "
          + RangeWords.number(Math.round(v / scale * 10) / 10.0)
          + " times "
          + spec.plausibleOf()
          + "; both are in "
          + spec.unit();
    }
    if (spec.unit().equals("factor") && v > 1 && v <= 100) {
      String pct = RangeWords.number(v);
      return "; "
          + pct
          + " multiplies by "
          + pct
          + "; for a "
          + pct
          + "% fall write "
          + RangeWords.number(round(1 - v / 100))
          + ", for a "
          + pct
          + "% rise write "
          + RangeWords.number(round(1 + v / 100));
    }
    if (spec.unit().equals("factor") && v < 1) {
      return "; "
          + RangeWords.number(v)
          + " cuts by "
          + RangeWords.number(round(100 - 100 * v))
          + "%; for a "
          + RangeWords.number(round(100 * v))
          + "% fall write "
          + RangeWords.number(round(1 - v));
    }
    String percent = NumberSlips.percentHint(v, spec.plausibleMin(), spec.plausibleMax());
    if (spec.unit().startsWith("share") && !percent.isEmpty()) {
      return percent;
    }
    return spec.unit().isEmpty() ? "" : "; check the unit: " + spec.unit();
  }

  private static double round(double x) {
    return Math.round(x * 1e6) / 1e6;
  }
}
