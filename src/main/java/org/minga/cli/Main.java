package org.minga.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code minga} command line: {@code java -jar minga.jar SUBCOMMAND ...}. */
@Command(
    name = "minga",
    mixinStandardHelpOptions = true,
    versionProvider = MingaVersion.class,
    description =
        "Agent-based simulation of smallholder markets: producers, intermediaries, "
            + "cooperatives and tractor firms.",
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:unexpected error (please report) or outputs could not be written",
      "2:bad input: scenario problems, options or values",
      "3:the model broke an invariant (run with --check-invariants)"
    },
    footer = "%nRun 'minga COMMAND --help' for the options of a command.")
public final class Main implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Without a subcommand there is nothing to do: that is a usage error. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "Missing command: choose one of " + String.join(", ", spec.subcommands().keySet()));
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line with System.out and System.err; returns the exit status. */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line writing to {@code out} and {@code err}; returns the exit status. */
  static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cmd = commandLine();
    // After registering subcommands: these setters reach only subcommands present now.
    cmd.setOut(out);
    cmd.setErr(err);
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The configured command tree, without output streams set. */
  static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new Main());
    Subcommands.register(cmd);
    ErrorReporter reporter = new ErrorReporter();
    cmd.setParameterExceptionHandler(reporter);
    cmd.setExecutionExceptionHandler(reporter);
    return cmd;
  }
}
