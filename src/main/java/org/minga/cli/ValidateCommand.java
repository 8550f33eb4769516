package org.minga.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.minga.scenario.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code minga validate}: loads a scenario (and the data files it names) without running it, and
 * reports every problem with file, line and column; lists warnings (values that are valid but
 * implausible, a base's timeline replaced) and still exits 0 for them.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check a scenario file without running it; lists every problem.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin ScenarioOptions scenario;

  @Override
  public Integer call() throws Exception {
    scenario.requireFile(spec);
    // Problems surface as a ScenarioException, reported by ErrorReporter with exit status 2.
    Path file = ScenarioSource.locate(scenario.file);
    List<Problem> warnings = ScenarioSource.loadWithWarnings(file, scenario.overrides).warnings();
    String counts =
        ScenarioSource.keyCounts(file, scenario.overrides)
            .map(c -> " (" + c.set() + " keys set, " + c.defaulted() + " defaulted)")
            .orElse("");
    PrintWriter out = spec.commandLine().getOut();
    warnings.forEach(w -> out.println(w.format()));
    out.println(
        "OK: "
            + ScenarioSource.label(file)
            + " is valid"
            + counts
            + (warnings.isEmpty()
                ? ""
                : "; "
                    + warnings.size()
                    + (warnings.size() == 1 ? " warning" : " warnings")
                    + " above: allowed, but probably not what was meant"));
    return ExitCodes.OK;
  }
}
