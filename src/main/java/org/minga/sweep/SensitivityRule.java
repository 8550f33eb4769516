package org.minga.sweep;

/**
 * What sensitivity analysis does with runs that have no value of a response. Indices need the
 * response at every point of a Sobol base sample, or at both ends of a Morris elementary effect; a
 * point is defined when all its replicates are ({@link PointMeans}). With values missing:
 *
 * <ul>
 *   <li>a first crossing's step is refused: a run without one did not cross in its window, so
 *       leaving it out would measure the sensitivity of the crossing time among the parameter
 *       values where crossing happens; its {@code _crossed} share carries that information and is
 *       analysed instead;
 *   <li>any other response is analysed on complete cases: base samples (effects) with an undefined
 *       point are left out, and the row says how many were used and how many runs had no value.
 * </ul>
 */
final class SensitivityRule {
  /** The note of an estimate on complete cases. */
  static final String COMPLETE_CASES = "complete cases";

  private SensitivityRule() {}

  /** Whether {@code r} is not analysed at all. */
  static boolean refuses(Response r, int missingRuns) {
    return r.censored() && missingRuns > 0;
  }

  /** The note of sensitivity.csv: empty when no run lacks a value. */
  static String note(Response r, int missingRuns) {
    if (missingRuns == 0) {
      return "";
    }
    return refuses(r, missingRuns)
        ? "refused: runs that never crossed are censored; see " + r.name() + Response.CROSSED_SUFFIX
        : COMPLETE_CASES;
  }
}
