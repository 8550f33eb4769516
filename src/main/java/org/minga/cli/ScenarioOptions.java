package org.minga.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario file and its {@code --set} overrides, shared by commands that load one. */
final class ScenarioOptions {
  @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "The scenario file.")
  Path file;

  @Option(names = "--set", paramLabel = "key.path=value", converter = OverrideConverter.class,
      description = "Override one scenario key, e.g. --set producers.count=500 "
          + "(repeatable; applied in order, after the file and its extends).")
  List<String> overrides = new ArrayList<>();

  /** The overrides followed by {@code extra} (shorthands such as --seed win over --set). */
  List<String> overridesWith(List<String> extra) {
    List<String> all = new ArrayList<>(overrides);
    all.addAll(extra);
    return all;
  }
}
