package org.minga.cli;

import java.util.concurrent.Callable;
import org.minga.scenario.KeySearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code minga describe [key.path]}: type, default, unit, range and meaning of scenario keys. */
@Command(
    name = "describe",
    mixinStandardHelpOptions = true,
    description =
        "Describe scenario keys: type, default, unit, range, meaning and source; "
            + "--search finds keys by words.")
final class DescribeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "key.path",
      description = "A key or section, e.g. producers or producers.area_ha (default: all).")
  String keyPath;

  @picocli.CommandLine.Option(
      names = "--search",
      paramLabel = "WORDS",
      description =
          "List the "
              + "keys whose name, meaning, unit or source mention WORDS (e.g. --search crash).")
  String search;

  @Override
  public Integer call() throws Exception {
    spec.commandLine()
        .getOut()
        .print(search != null ? KeySearch.render(search) : ScenarioSource.describe(keyPath));
    return ExitCodes.OK;
  }
}
