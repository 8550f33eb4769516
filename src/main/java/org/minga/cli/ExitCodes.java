package org.minga.cli;

/** Exit statuses of the {@code minga} command, documented in its help. */
public final class ExitCodes {
  /** Success. */
  public static final int OK = 0;

  /** Unexpected failure: a bug, or output that could not be written. */
  public static final int FAILURE = 1;

  /** Bad input of any kind: scenario problems, options, values, unknown subcommands. */
  public static final int BAD_INPUT = 2;

  /** The model broke one of its invariants (volume, money or membership accounting). */
  public static final int INVARIANT_VIOLATION = 3;

  private ExitCodes() {}
}
