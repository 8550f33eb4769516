package org.minga.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code minga describe [key.path]}: type, default, unit, range and meaning of scenario keys. */
@Command(name = "describe", mixinStandardHelpOptions = true,
    description = "Describe scenario keys: type, default, unit, range, meaning and source.")
final class DescribeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "key.path",
      description = "A key or section, e.g. producers or producers.area_ha (default: all).")
  String keyPath;

  @Override
  public Integer call() throws Exception {
    spec.commandLine().getOut().print(ScenarioSource.describe(keyPath));
    return ExitCodes.OK;
  }
}
