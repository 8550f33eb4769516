package org.minga.cli;

import java.io.PrintWriter;
import org.minga.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into a short message on stderr and an exit status ({@link ExitCodes}). Users
 * see a stack trace only for unexpected errors and only with {@code MINGA_DEBUG=1}.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {
  /** Environment variable that adds stack traces to error reports. */
  static final String DEBUG_VARIABLE = "MINGA_DEBUG";

  /** Bad command line: the message names the option or argument, then a pointer to --help. */
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("minga: " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    int code;
    if (ex instanceof ScenarioException se) {
      err.print(se.format());
      code = ExitCodes.BAD_INPUT;
    } else if (ex instanceof CliFailure f) {
      err.println("minga: " + f.getMessage());
      if (debug() && f.getCause() != null) {
        f.getCause().printStackTrace(err);
      }
      code = f.exitCode();
    } else {
      err.println("minga: unexpected error: " + ex);
      err.println(
          "This is a bug in Minga; please report it with the scenario and the command "
              + "line."
              + (debug() ? "" : " Set " + DEBUG_VARIABLE + "=1 to see the stack trace."));
      if (debug()) {
        ex.printStackTrace(err);
      }
      code = ExitCodes.FAILURE;
    }
    err.flush();
    return code;
  }

  private static boolean debug() {
    return "1".equals(System.getenv(DEBUG_VARIABLE));
  }
}
