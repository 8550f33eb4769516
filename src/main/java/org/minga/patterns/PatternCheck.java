package org.minga.patterns;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * One automated check of a stylised fact (docs/model.md section 11) or a calibration fact (section
 * 15): the arms to run on the same seed, what to measure in each run, how the arms' measures
 * combine into the replicate's statistic, and what its 95% interval must show.
 *
 * @param id short id, e.g. "1", "2a", "C1"
 * @param fact the fact's number in docs/model.md section 11 (0 for calibration checks)
 * @param title the fact in a few words
 * @param source where the sources state it (a citation key of docs/sources.md, with its location)
 * @param statistic what the statistic is, in words, for the report
 * @param expectation what the interval must show
 * @param arms the runs of one replicate, all on the replicate's seed
 * @param probe makes a fresh probe for each run
 * @param combine the replicate's statistic from the arms' measures (each arm's {@link
 *     Probe#vector()}), in arm order
 */
public record PatternCheck(String id, int fact, String title, String source, String statistic,
    Expectation expectation, List<Arm> arms, Supplier<Probe> probe,
    ToDoubleFunction<double[][]> combine) {
  public PatternCheck {
    arms = List.copyOf(arms);
    if (arms.isEmpty()) {
      throw new IllegalArgumentException("check " + id + " has no arm");
    }
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
