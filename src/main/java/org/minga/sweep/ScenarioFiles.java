package org.minga.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minga.scenario.BundledScenarios;
import org.minga.scenario.Scenario;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The files the scenario loader reads for a scenario: the file itself, the files of its {@code
 * extends} chain (each relative to the file that names it, as the loader resolves them), and the
 * data files of the loaded scenario that the loader reads (a replayed price series, a producer
 * table). Kept outside the scenario package, whose sources make the pattern report's version.
 */
final class ScenarioFiles {
  private ScenarioFiles() {}

  /** {@code scenario} and the files it extends, nearest first, all absolute and normalised. */
  static List<Path> chain(Path scenario) throws IOException {
    List<Path> chain = new ArrayList<>();
    Path file = scenario.toAbsolutePath().normalize();
    while (file != null && !chain.contains(file)) { // the loader has already refused cycles
      chain.add(file);
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(Integer.MAX_VALUE); // the loader has read it under its limits
      Object tree = new Yaml(new SafeConstructor(options)).load(Files.readString(file));
      Object base = tree instanceof Map<?, ?> m ? m.get("extends") : null;
      file = base == null ? null : BundledScenarios.resolve(file, base.toString()).normalize();
    }
    return chain;
  }

  /** The data files the loader reads for {@code s} (paths there are already absolute). */
  static List<Path> data(Scenario s) {
    return s.dataFiles().stream().map(BundledScenarios::file).toList();
  }
}
