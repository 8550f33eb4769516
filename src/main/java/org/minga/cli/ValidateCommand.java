package org.minga.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code minga validate}: loads a scenario (and the data files it names) without running it,
 * and reports every problem with file, line and column.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a scenario file without running it; lists every problem.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScenarioOptions scenario;

  @Override
  public Integer call() throws Exception {
    scenario.requireFile(spec);
    // Problems surface as a ScenarioException, reported by ErrorReporter with exit status 2.
    ScenarioSource.load(scenario.file, scenario.overrides);
    String counts = ScenarioSource.keyCounts(scenario.file, scenario.overrides)
        .map(c -> " (" + c.set() + " keys set, " + c.defaulted() + " defaulted)").orElse("");
    spec.commandLine().getOut().println("OK: " + scenario.file + " is valid" + counts);
    return ExitCodes.OK;
  }
}
