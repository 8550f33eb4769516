package org.minga.cli;

import org.minga.sweep.SweepFailure;

/** Maps a sweep's failures to the CLI's exit statuses. */
final class SweepFailures {
  private SweepFailures() {}

  static CliFailure toCli(SweepFailure f) {
    int code =
        switch (f.kind()) {
          case BAD_INPUT -> ExitCodes.BAD_INPUT;
          case MODEL -> ExitCodes.INVARIANT_VIOLATION;
          case IO -> ExitCodes.FAILURE;
        };
    return new CliFailure(code, f.getMessage(), f.getCause());
  }
}
