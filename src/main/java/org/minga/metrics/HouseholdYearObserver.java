package org.minga.metrics;

/**
 * Receives the yearly households panel: called at the end of each calendar year (its December step)
 * and, when a run ends mid-year, once more for that partial year. Runs on the model's thread; the
 * rows read the model's live state and are valid only during the call.
 */
public interface HouseholdYearObserver {
  /** One row per chosen household for the year that just ended. */
  void onYear(HouseholdYear rows);

  /** Called once after the last year (flush here). */
  default void onFinish() {}
}
