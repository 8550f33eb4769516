package org.minga.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.minga.scenario.BundledScenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code minga scenarios}: the scenarios bundled with the program, each with its one-line {@code
 * description:} (every bundled scenario has one), runnable by name from any directory.
 */
@Command(
    name = "scenarios",
    mixinStandardHelpOptions = true,
    description =
        "List the bundled scenarios with what each one is about; run one by name "
            + "from any directory (minga run baseline).")
final class ScenariosCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<String> names = BundledScenarios.names();
    if (names.isEmpty()) {
      throw new CliFailure(
          ExitCodes.FAILURE,
          "this build has no bundled scenarios; build the "
              + "jar with Maven (mvn package), which copies scenarios/ into it");
    }
    int width = names.stream().mapToInt(String::length).max().orElse(0);
    PrintWriter out = spec.commandLine().getOut();
    out.println("Bundled scenarios (run one from any directory: minga run NAME):");
    out.println();
    for (String name : names) {
      String about =
          ScenarioSource.loadScenario(BundledScenarios.find(name).orElseThrow()).description();
      out.println(String.format(Locale.ROOT, "  %-" + width + "s  %s", name, about));
    }
    out.println();
    out.println("Start a scenario of your own from one: minga new my-run --from NAME");
    return ExitCodes.OK;
  }
}
