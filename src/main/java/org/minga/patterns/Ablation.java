package org.minga.patterns;

import java.util.List;

/**
 * The mechanism a validation fact is claimed to come from, and the overrides that switch it off.
 * The ablation arm reruns the fact's whole comparison with these overrides set in every arm (before
 * the arm's own settings), on the same seeds: if the effect does not vanish or shrink, the fact is
 * not explained by the claimed mechanism.
 *
 * @param mechanism what is switched off, in words
 * @param overrides {@code key.path=value} overrides set before each arm's own
 */
public record Ablation(String mechanism, List<String> overrides) {
  public Ablation {
    overrides = List.copyOf(overrides);
    if (overrides.isEmpty()) {
      throw new IllegalArgumentException("an ablation must switch something off");
    }
  }

  /**
   * Whether a fact whose effect was {@code full} (mean statistic) is explained by the mechanism,
   * given the ablated arm's mean and whether its interval still met the expectation: explained when
   * the ablated effect shrank to at most {@link #SHRINK} of the full one (or changed sign), or when
   * it shrank at all and no longer meets the expectation. An ablated effect as large as the full
   * one is never an explanation, however noisy.
   */
  public static boolean explains(double full, double ablated, boolean ablatedStillHolds) {
    if (!(Math.abs(full) > 0)) {
      return true; // nothing to explain; the fact itself fails
    }
    double ratio = ablated / full;
    return ratio <= SHRINK || (!ablatedStillHolds && ratio < 1);
  }

  /** An ablated effect at most this share of the full one counts as shrunk. */
  public static final double SHRINK = 0.5;
}
