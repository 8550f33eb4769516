package org.minga.patterns;

/**
 * The outcome of one check: the per-replicate statistics, their interval, and for a validation fact
 * the same over the ablation arm; the verdict.
 *
 * @param check the check
 * @param firstSeed seed of replicate 0 (replicate r used firstSeed + r in every arm)
 * @param values the statistic of each replicate, in replicate order
 * @param interval mean and 95% interval over replicates
 * @param holds whether the interval meets the check's expectation
 * @param ablationValues the statistic of each replicate with the claimed mechanism switched off
 *     (validation facts; else null)
 * @param ablationInterval their interval (or null)
 * @param explained whether the effect vanished or shrank without the mechanism (null when there is
 *     no ablation arm)
 * @param wallSeconds time spent in this check's runs (summed over threads)
 */
public record PatternResult(
    PatternCheck check,
    long firstSeed,
    double[] values,
    PairedInterval interval,
    boolean holds,
    double[] ablationValues,
    PairedInterval ablationInterval,
    Boolean explained,
    double wallSeconds) {

  /** What the report says of a check. */
  public enum Verdict {
    PASS("pass"),
    FAIL("FAIL"),
    /** The fact holds, and still holds with the claimed mechanism switched off. */
    NOT_EXPLAINED("not explained by the claimed mechanism");

    private final String text;

    Verdict(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  /** Builds the result of {@code check} from its replicate statistics. */
  static PatternResult of(
      PatternCheck check,
      long firstSeed,
      double[] values,
      double[] ablationValues,
      double wallSeconds) {
    PairedInterval ci = PairedInterval.of(values);
    boolean holds = check.expectation().isMetBy(ci.low(), ci.high());
    PairedInterval abl = null;
    Boolean explained = null;
    if (ablationValues != null) {
      abl = PairedInterval.of(ablationValues);
      explained =
          Ablation.explains(
              ci.mean(), abl.mean(), check.expectation().isMetBy(abl.low(), abl.high()));
    }
    return new PatternResult(
        check,
        firstSeed,
        values.clone(),
        ci,
        holds,
        ablationValues == null ? null : ablationValues.clone(),
        abl,
        explained,
        wallSeconds);
  }

  public Verdict verdict() {
    if (!holds) {
      return Verdict.FAIL;
    }
    return Boolean.FALSE.equals(explained) ? Verdict.NOT_EXPLAINED : Verdict.PASS;
  }

  /** Whether the check passed (held, and was explained by its mechanism if it has one). */
  public boolean pass() {
    return verdict() == Verdict.PASS;
  }

  /**
   * Whether this result should fail a strict run: a check that does not pass, unless it is a
   * declared known failure; and a declared known failure that now passes (its mark is stale).
   */
  public boolean failsStrict() {
    return check.knownFailure() == null ? !pass() : pass();
  }
}
