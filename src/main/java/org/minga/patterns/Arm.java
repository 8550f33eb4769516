package org.minga.patterns;

import java.util.List;

/**
 * One side of a controlled comparison: a scenario file (relative to the scenarios directory) and
 * the {@code --set} overrides that make this arm differ from the other. The replicate's seed is
 * added by the runner, the same for every arm (common random numbers).
 *
 * @param label short name shown in the report, e.g. "high price"
 * @param scenario file name under the scenarios directory
 * @param overrides {@code key.path=value} overrides, applied in order
 */
public record Arm(String label, String scenario, List<String> overrides) {
  public Arm {
    overrides = List.copyOf(overrides);
  }

  /** An arm of {@code scenario} with {@code overrides}. */
  public static Arm of(String label, String scenario, String... overrides) {
    return new Arm(label, scenario, List.of(overrides));
  }
}
