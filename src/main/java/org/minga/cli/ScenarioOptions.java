package org.minga.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario file and its {@code --set} overrides, shared by commands that load one. */
final class ScenarioOptions {
  // Optional for picocli so that `run --from-sweep` can do without it; commands that need it
  // call requireFile.
  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SCENARIO.yaml",
      description =
          "The scenario file, or the name of a bundled scenario (baseline; `minga "
              + "scenarios` lists them).")
  Path file;

  /** Fails as picocli would for a missing required parameter when no file was given. */
  void requireFile(picocli.CommandLine.Model.CommandSpec spec) {
    if (file == null) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "Missing required parameter: 'SCENARIO.yaml'");
    }
  }

  @Option(
      names = "--set",
      paramLabel = "key.path=value",
      converter = OverrideConverter.class,
      description =
          "Override one scenario key, e.g. --set producers.count=500 "
              + "(repeatable; applied in order, after the file and its extends).")
  List<String> overrides = new ArrayList<>();

  /** The overrides followed by {@code extra} (shorthands such as --seed win over --set). */
  List<String> overridesWith(List<String> extra) {
    List<String> all = new ArrayList<>(overrides);
    all.addAll(extra);
    return all;
  }
}
