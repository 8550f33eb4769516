package org.minga.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.minga.scenario.ScenarioJsonSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code minga schema [--out FILE]}: the JSON Schema of scenario files, for editors that complete
 * keys and flag mistakes as you type (VS Code with the YAML extension; see
 * docs/scenario-reference).
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description =
        "Write the JSON Schema (draft 2020-12) of scenario files, for editors "
            + "(standard output, or --out FILE).")
final class SchemaCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "FILE", description = "Write it to FILE.")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (out == null) {
      spec.commandLine().getOut().print(ScenarioJsonSchema.generate());
    } else {
      ScenarioJsonSchema.write(out);
      spec.commandLine().getOut().println("wrote " + out);
    }
    return ExitCodes.OK;
  }
}
