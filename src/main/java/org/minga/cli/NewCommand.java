package org.minga.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.minga.scenario.BundledScenarios;
import org.minga.scenario.NewScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code minga new NAME --from BASE}: a scenario of one's own to edit, {@code NAME.yaml}, that
 * extends a bundled scenario (or a file) and says in its header what to change and how to run it.
 * How the base is reached, and what is copied: {@link NewScenario}.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description =
        "Write NAME.yaml, a scenario of your own that extends a bundled one (or a "
            + "file), with a header saying what to change and how to run it; never overwrites.")
final class NewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "NAME",
      description = "Name of the new scenario; it is written to NAME.yaml.")
  String name;

  @Option(
      names = "--from",
      paramLabel = "SCENARIO",
      defaultValue = "baseline",
      description =
          "The scenario it extends: a bundled one by name (minga scenarios lists "
              + "them) or a file (default: ${DEFAULT-VALUE}).")
  Path from;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "Where to write it (default: the current directory).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    String plain = name.replaceFirst("(?i)\\.ya?ml$", "");
    if (!NewScenario.NAME.matcher(plain).matches()) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid name '"
              + name
              + "': use "
              + "letters, digits, -, _ and . (it becomes the file name NAME.yaml), e.g. my-run");
    }
    Path base = ScenarioSource.locate(from);
    NewScenario.Written w;
    try {
      w = NewScenario.write(plain, base, dir, BundledScenarios.repository());
    } catch (NewScenario.Refused e) {
      throw new CliFailure(ExitCodes.BAD_INPUT, e.getMessage(), e);
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.FAILURE,
          "cannot write " + plain + ".yaml in " + dir + ": " + IoMessages.describe(e),
          e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("Wrote " + w.file() + ", which extends " + w.base() + ".");
    if (!w.copied().isEmpty()) {
      out.println(
          "Copied beside it: "
              + String.join(
                  ", ",
                  w.copied().stream()
                      .map(
                          p ->
                              w.file()
                                  .toAbsolutePath()
                                  .getParent()
                                  .relativize(p.toAbsolutePath())
                                  .toString())
                      .toList())
              + ".");
    }
    out.println(
        "Edit it (its header says how), then: minga validate "
            + w.file()
            + " and minga run "
            + w.file());
    return ExitCodes.OK;
  }
}
