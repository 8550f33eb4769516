package org.minga.patterns;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.minga.scenario.Scenario;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.ScenarioProvenance;
import org.minga.scenario.schema.KeyKind;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.ScenarioSchema;

/**
 * The assumed numeric parameters of a scenario file that robustness designs vary: every leaf its
 * file (or a file it extends) marks as an assumption or as calibrated, whose value is a plain
 * nonzero number of a numeric key. Left out: keys the check sets itself, and keys that frame a run
 * rather than describe the world (seed, horizon, calendar, output sampling).
 */
final class AssumedParameters {
  /** Keys never varied: they frame the run. */
  static final Set<String> FRAMING =
      Set.of("seed", "years", "start_year", "assembly_month", "producers.tracked");

  private AssumedParameters() {}

  /** The parameters of {@code scenarioFile}, minus {@code excluded} (list indexes as []). */
  static List<AssumedParameter> of(Path scenarioFile, Set<String> excluded)
      throws ScenarioException {
    ScenarioSchema schema = ScenarioSchema.of(Scenario.class);
    List<AssumedParameter> out = new ArrayList<>();
    for (ScenarioProvenance.Value v : ScenarioProvenance.of(scenarioFile)) {
      if (v.kind() != ScenarioProvenance.Kind.ASSUMPTION
          && v.kind() != ScenarioProvenance.Kind.CALIBRATED) {
        continue;
      }
      String key = ScenarioSchema.normalize(v.path());
      KeySpec spec = schema.find(key);
      if (!v.plainNumber() || FRAMING.contains(key) || excluded.contains(key) || spec == null) {
        continue;
      }
      boolean whole = spec.kind() == KeyKind.INT || spec.kind() == KeyKind.LONG;
      if (!whole && spec.kind() != KeyKind.DOUBLE) {
        continue;
      }
      double value = v.number().getAsDouble();
      double a = value * (1 - RobustnessRun.SPREAD);
      double b = value * (1 + RobustnessRun.SPREAD);
      double low = Math.max(spec.min(), Math.min(a, b));
      double high = Math.min(spec.max(), Math.max(a, b));
      if (whole) {
        low = Math.ceil(low);
        high = Math.floor(high);
      }
      if (value != 0 && high > low) {
        out.add(new AssumedParameter(v.path(), value, low, high, whole));
      }
    }
    return out;
  }
}
