package org.minga.model;

/** Thrown by {@code --check-invariants} when a conservation or consistency law is broken. */
public final class InvariantViolation extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public InvariantViolation(int step, String what) {
    super("invariant broken at step " + step + ": " + what);
  }
}
