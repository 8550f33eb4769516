package org.minga.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.minga.scenario.Describe;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ResolvedYamlWriter;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.ScenarioLoader;

/**
 * The CLI's only door to the scenario package: loading, the resolved YAML and key
 * descriptions. Commands call this rather than the loader so that a change in the loader's API
 * is absorbed here.
 */
final class ScenarioSource {
  /** How many keys the user wrote (file, extends, --set) and how many took their default. */
  record KeyCounts(int set, int defaulted) {}

  private ScenarioSource() {}

  /** Loads, validates and reads the data of {@code file} with {@code overrides} applied. */
  static ModelInputs load(Path file, List<String> overrides) throws ScenarioException {
    return ScenarioLoader.load(file, overrides);
  }

  /** As {@link #load}, with the warnings about valid but implausible values. */
  static ScenarioLoader.Loaded loadWithWarnings(Path file, List<String> overrides)
      throws ScenarioException {
    return ScenarioLoader.loadWithWarnings(file, overrides);
  }

  /**
   * How many keys were set and defaulted when loading {@code file}; empty while the loader does
   * not report it (it tracks written keys internally but has no public API for them yet).
   */
  static Optional<KeyCounts> keyCounts(Path file, List<String> overrides) {
    return Optional.empty();
  }

  /** The resolved scenario as YAML, every key written out. */
  static String resolvedYaml(ModelInputs inputs) {
    return ResolvedYamlWriter.toYaml(inputs.scenario(), List.of());
  }

  /** The description of {@code keyPath}, or of every key when it is null or empty. */
  static String describe(String keyPath) throws ScenarioException {
    return Describe.of(keyPath);
  }
}
