package org.minga.sweep;

/**
 * A sweep could not go on: a run's scenario was invalid (bad input), a run failed inside the
 * model, or an output could not be written. The message names the run and says what to do.
 */
public final class SweepFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of failure, for the exit status. */
  public enum Kind { BAD_INPUT, MODEL, IO }

  private final Kind kind;

  public SweepFailure(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
