package org.minga.scenario.schema;

/**
 * A configuration record whose values must agree with each other (beyond single-key ranges). The
 * validator calls {@link #check} on every bound record, after single-key validation.
 */
public interface Checked {
  /** Report every inconsistency through {@code problems}; never throw. */
  void check(Problems problems);
}
