package org.minga.patterns;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * One automated check: a calibration target, a validation fact (a stylised fact of docs/model.md
 * section 15) or a mechanism check; the arms to run on the same seed, what to measure in each run,
 * how the arms' measures combine into the replicate's statistic, and what its 95% interval must
 * show.
 *
 * @param id short id, e.g. "1", "2a", "C1"
 * @param fact the stylised fact's number (0 for calibration targets)
 * @param title the fact in a few words
 * @param source where the sources state it (a citation key of docs/sources.md and a location)
 * @param statistic what the statistic is, in words, for the report
 * @param expectation what the interval must show
 * @param arms the runs of one replicate, all on the replicate's seed
 * @param probe makes a fresh probe for each run
 * @param combine the replicate's statistic from the arms' measures (each arm's {@link
 *     Probe#vector()}), in arm order
 * @param kind calibration target, validation fact or mechanism check
 * @param ablation for a validation fact: the claimed mechanism and how to switch it off
 * @param fitted for a calibration target: what was fitted to it, and how
 * @param knownFailure why a fact that fails is reported as failed and awaits a decision rather than
 *     being rescued by retuning; null when the check is expected to pass
 */
public record PatternCheck(
    String id,
    int fact,
    String title,
    String source,
    String statistic,
    Expectation expectation,
    List<Arm> arms,
    Supplier<Probe> probe,
    ToDoubleFunction<double[][]> combine,
    CheckKind kind,
    Ablation ablation,
    String fitted,
    String knownFailure) {
  public PatternCheck {
    arms = List.copyOf(arms);
    if (arms.isEmpty()) {
      throw new IllegalArgumentException("check " + id + " has no arm");
    }
    if ((kind == CheckKind.VALIDATION) != (ablation != null)) {
      throw new IllegalArgumentException(
          "check " + id + ": validation facts, and only they, have an ablation arm");
    }
    if ((kind == CheckKind.CALIBRATION) != (fitted != null)) {
      throw new IllegalArgumentException(
          "check " + id + ": calibration targets, and only they, say what was fitted to them");
    }
  }

  /** A mechanism check, until made a validation fact or a calibration target. */
  public PatternCheck(
      String id,
      int fact,
      String title,
      String source,
      String statistic,
      Expectation expectation,
      List<Arm> arms,
      Supplier<Probe> probe,
      ToDoubleFunction<double[][]> combine) {
    this(
        id,
        fact,
        title,
        source,
        statistic,
        expectation,
        arms,
        probe,
        combine,
        CheckKind.MECHANISM,
        null,
        null,
        null);
  }

  /** This check as a validation fact claimed to come from {@code mechanism}. */
  public PatternCheck validation(String mechanism, String... switchOff) {
    return new PatternCheck(
        id,
        fact,
        title,
        source,
        statistic,
        expectation,
        arms,
        probe,
        combine,
        CheckKind.VALIDATION,
        new Ablation(mechanism, List.of(switchOff)),
        null,
        knownFailure);
  }

  /** This check as a calibration target: {@code fitted} says which parameter, how and on what. */
  public PatternCheck calibration(String fitted) {
    return new PatternCheck(
        id,
        fact,
        title,
        source,
        statistic,
        expectation,
        arms,
        probe,
        combine,
        CheckKind.CALIBRATION,
        null,
        fitted,
        knownFailure);
  }

  /** This check, reported as a known failure for the reason given (see {@link #knownFailure}). */
  public PatternCheck failsKnowingly(String why) {
    return new PatternCheck(
        id,
        fact,
        title,
        source,
        statistic,
        expectation,
        arms,
        probe,
        combine,
        kind,
        ablation,
        fitted,
        why);
  }

  /**
   * The arms with the ablation's overrides set first in each (validation facts only): what an arm
   * sets itself defines the comparison and wins (an arm without firms stays without).
   */
  public List<Arm> ablatedArms() {
    return arms.stream()
        .map(
            a -> {
              List<String> o = new java.util.ArrayList<>(ablation.overrides());
              o.addAll(a.overrides());
              return new Arm(a.label(), a.scenario(), o);
            })
        .toList();
  }

  /** First arm minus second arm: the paired difference of a controlled comparison. */
  public static ToDoubleFunction<double[][]> difference() {
    return m -> m[0][0] - m[1][0];
  }

  /** The single arm's measure (a within-run contrast, or a calibration value). */
  public static ToDoubleFunction<double[][]> single() {
    return m -> m[0][0];
  }

  /** The arms' scalar measures, in arm order. */
  public static double[] scalars(double[][] measures) {
    double[] out = new double[measures.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = measures[i][0];
    }
    return out;
  }

  /** The scenario files this check runs, without repeats, in arm order. */
  public String scenarios() {
    return String.join(", ", arms.stream().map(Arm::scenario).distinct().toList());
  }

  /** The arms' labels joined with " vs ". */
  public String comparison() {
    return String.join(" vs ", arms.stream().map(Arm::label).toList());
  }
}
