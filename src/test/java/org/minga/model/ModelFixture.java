package org.minga.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.ScenarioLoader;

/**
 * Builds models for mechanism tests from a small YAML text plus --set style overrides, through the
 * same loader users go through, so every test scenario is also a valid scenario.
 */
public final class ModelFixture {
  private ModelFixture() {}

  /** Loads the YAML (may be empty) with overrides, builds and starts the model. */
  public static MingaModel start(String yaml, String... overrides) {
    MingaModel m = new MingaModel(inputs(yaml, overrides));
    m.setCheckInvariants(true);
    m.start();
    return m;
  }

  /** The validated inputs for a YAML text with overrides. */
  public static ModelInputs inputs(String yaml, String... overrides) {
    try {
      Path file = Files.createTempFile("minga-test", ".yaml");
      Files.writeString(file, yaml);
      try {
        return ScenarioLoader.load(file, List.of(overrides));
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ScenarioException e) {
      throw new IllegalArgumentException(e.format(), e);
    }
  }

  /** Runs {@code steps} more steps (invariants are checked after each when enabled). */
  public static MingaModel run(MingaModel m, int steps) {
    for (int i = 0; i < steps; i++) {
      if (!m.stepOnce()) {
        break;
      }
    }
    return m;
  }
}
