package org.minga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minga.scenario.Problem;
import org.minga.scenario.ScenarioException;
import picocli.CommandLine;

/** Exit statuses and messages for failures during execution. */
class ErrorReporterTest {
  private final StringWriter err = new StringWriter();
  private final CommandLine cmd = Main.commandLine();

  ErrorReporterTest() {
    cmd.setErr(new PrintWriter(err, true));
  }

  @Test
  void scenarioProblemsAreBadInput() {
    ScenarioException e =
        new ScenarioException(
            List.of(new Problem("a.yaml", 3, 5, "producers.count", "must be 1 or more")));
    assertEquals(ExitCodes.BAD_INPUT, new ErrorReporter().handleExecutionException(e, cmd, null));
    assertEquals("a.yaml:3:5: producers.count: must be 1 or more\n", err.toString());
  }

  @Test
  void explainedFailuresKeepTheirStatusAndMessage() {
    CliFailure f =
        new CliFailure(
            ExitCodes.INVARIANT_VIOLATION,
            "model invariant violated",
            new IllegalStateException("volume"));
    assertEquals(3, new ErrorReporter().handleExecutionException(f, cmd, null));
    assertEquals("minga: model invariant violated", err.toString().strip());
  }

  @Test
  void unexpectedErrorsAskForABugReportWithoutAStackTrace() {
    int code =
        new ErrorReporter().handleExecutionException(new NullPointerException("boom"), cmd, null);
    assertEquals(ExitCodes.FAILURE, code);
    assertTrue(err.toString().contains("boom"), err::toString);
    assertTrue(err.toString().contains("please report"), err::toString);
    if (System.getenv(ErrorReporter.DEBUG_VARIABLE) == null) {
      assertFalse(err.toString().contains("\tat "), err::toString);
    }
  }
}
