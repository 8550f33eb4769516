package org.minga.patterns;

/**
 * The outcome of one check: the per-replicate statistics, their interval and the verdict.
 *
 * @param check the check
 * @param values the statistic of each replicate, in replicate order
 * @param interval mean and 95% interval over replicates
 * @param pass whether the interval meets the check's expectation
 * @param wallSeconds time spent in this check's runs (summed over threads)
 */
public record PatternResult(PatternCheck check, double[] values, PairedInterval interval,
    boolean pass, double wallSeconds) {
  /** Builds the result of {@code check} from its replicate statistics. */
  static PatternResult of(PatternCheck check, double[] values, double wallSeconds) {
    PairedInterval ci = PairedInterval.of(values);
    return new PatternResult(check, values.clone(), ci,
        check.expectation().isMetBy(ci.low(), ci.high()), wallSeconds);
  }
}
