package org.minga.sweep;

/**
 * A sweep could not go on: a run's scenario was invalid (bad input), a run failed inside the model,
 * or an output could not be written. The message names the run and says what to do.
 */
public final class SweepFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of failure, for the exit status. */
  public enum Kind {
    BAD_INPUT,
    MODEL,
    IO
  }

  private final Kind kind;

  public SweepFailure(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /**
   * The result of a run handed to a pool thread: waits for it, and turns its failure into a
   * SweepFailure (the run's own, or MODEL for anything else it threw).
   */
  public static <T> T await(java.util.concurrent.Future<T> run) {
    try {
      return run.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SweepFailure(Kind.IO, "interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof SweepFailure f) {
        throw f;
      }
      throw new SweepFailure(Kind.MODEL, "a run failed: " + e.getCause(), e.getCause());
    }
  }
}
