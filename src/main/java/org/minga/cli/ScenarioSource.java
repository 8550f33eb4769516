package org.minga.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.minga.scenario.BundledScenarios;
import org.minga.scenario.Describe;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ResolvedYamlWriter;
import org.minga.scenario.Scenario;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.ScenarioLoader;
import org.minga.scenario.schema.Names;

/**
 * The CLI's only door to the scenario package: loading, the resolved YAML and key descriptions.
 * Commands call this rather than the loader so that a change in the loader's API is absorbed here.
 */
final class ScenarioSource {
  /** How many keys the user wrote (file, extends, --set) and how many took their default. */
  record KeyCounts(int set, int defaulted) {}

  private ScenarioSource() {}

  /**
   * The scenario file that {@code given} names: the file itself (or {@code NAME.yaml} for a bare
   * {@code NAME}) when it exists here, else the bundled scenario of that name ({@code baseline},
   * {@code baseline.yaml}, {@code bundled:baseline.yaml}), so that {@code minga run baseline} works
   * from any directory. A path to a missing file is left for the loader to report, unless a bundled
   * scenario has its name.
   *
   * @throws CliFailure exit 2 for a bare name that is neither a file nor bundled, and for a missing
   *     {@code scenarios/baseline.yaml} (pointing to {@code baseline})
   */
  static Path locate(Path given) {
    String name = given.toString();
    String stem = withoutYaml(name.replaceFirst("^" + BundledScenarios.PREFIX, ""));
    if (given.getParent() != null) {
      Optional<Path> sameName = BundledScenarios.find(given.getFileName().toString());
      if (!Files.exists(given) && sameName.isPresent()) {
        throw new CliFailure(
            ExitCodes.BAD_INPUT,
            "no file "
                + name
                + " ("
                + given.toAbsolutePath().normalize()
                + "); the bundled scenario of that name runs "
                + "from any directory as `"
                + withoutYaml(given.getFileName().toString())
                + "`");
      }
      return given;
    }
    if (!name.startsWith(BundledScenarios.PREFIX)) { // a file here comes first
      for (Path p : List.of(given, Path.of(stem + ".yaml"))) {
        if (Files.exists(p) && !Files.isDirectory(p)) {
          return p;
        }
      }
    }
    Optional<Path> bundled = BundledScenarios.find(name);
    if (bundled.isPresent()) {
      return bundled.get();
    }
    List<String> names = BundledScenarios.names();
    throw new CliFailure(
        ExitCodes.BAD_INPUT,
        "no file `"
            + name
            + "` and no bundled scenario "
            + "of that name"
            + Names.closest(stem, names).map(n -> " (did you mean `" + n + "`?)").orElse("")
            + "; bundled: "
            + (names.isEmpty() ? "none in this build" : String.join(", ", names)));
  }

  private static String withoutYaml(String name) {
    return name.replaceFirst("(?i)\\.ya?ml$", "");
  }

  /** How outputs and messages name {@code file}: {@code bundled:baseline.yaml} or its path. */
  static String label(Path file) {
    return BundledScenarios.label(file);
  }

  /** Loads, validates and reads the data of {@code file} with {@code overrides} applied. */
  static ModelInputs load(Path file, List<String> overrides) throws ScenarioException {
    return ScenarioLoader.load(file, overrides);
  }

  /** Loads and validates {@code file} without reading its data files. */
  static Scenario loadScenario(Path file) throws ScenarioException {
    return ScenarioLoader.loadScenario(file, List.of());
  }

  /** As {@link #load}, with the warnings about valid but implausible values. */
  static ScenarioLoader.Loaded loadWithWarnings(Path file, List<String> overrides)
      throws ScenarioException {
    return ScenarioLoader.loadWithWarnings(file, overrides);
  }

  /**
   * How many keys were set and defaulted when loading {@code file}; empty while the loader does not
   * report it (it tracks written keys internally but has no public API for them yet).
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
