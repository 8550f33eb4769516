package org.minga.patterns;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The assumed numeric parameters of a scenario file that robustness designs vary. */
final class AssumedParameters {
  private AssumedParameters() {}

  /** TEMPORARY until the scenario provenance reader lands. */
  static List<AssumedParameter> of(Path scenarioFile, Set<String> excluded) throws IOException {
    return List.of();
  }
}
