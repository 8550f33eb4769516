package org.minga.scenario;

import java.util.Arrays;
import java.util.List;

/**
 * A distribution for a heterogeneous producer attribute, written in YAML either as a plain number
 * (a constant) or as a map: {@code {dist: normal, mean: 3, sd: 1, min: 0.5, max: 10}}, {@code
 * {dist: lognormal, mean: 3, sd: 2}} (mean and sd of the attribute itself), {@code {dist: uniform,
 * min: 1, max: 5}}, {@code {dist: beta, alpha: 2, beta: 5}} (on 0-1, stretched to min-max when
 * given), {@code {dist: empirical, values: [1, 2, 5], weights: [0.5, 0.3, 0.2]}}. {@code min} and
 * {@code max} truncate normal and lognormal draws (redrawn, then clamped).
 */
public record Dist(
    Kind kind, double a, double b, double min, double max, double[] values, double[] weights) {

  /** The supported families. */
  public enum Kind {
    CONSTANT,
    UNIFORM,
    NORMAL,
    LOGNORMAL,
    BETA,
    EMPIRICAL
  }

  public Dist {
    values = values == null ? new double[0] : values.clone();
    weights = weights == null ? new double[0] : weights.clone();
  }

  public static Dist constant(double v) {
    return new Dist(Kind.CONSTANT, v, 0, v, v, null, null);
  }

  public static Dist uniform(double lo, double hi) {
    return new Dist(Kind.UNIFORM, lo, hi, lo, hi, null, null);
  }

  public static Dist normal(double mean, double sd, double lo, double hi) {
    return new Dist(Kind.NORMAL, mean, sd, lo, hi, null, null);
  }

  public static Dist lognormal(double mean, double sd, double lo, double hi) {
    return new Dist(Kind.LOGNORMAL, mean, sd, lo, hi, null, null);
  }

  public static Dist beta(double alpha, double beta, double lo, double hi) {
    return new Dist(Kind.BETA, alpha, beta, lo, hi, null, null);
  }

  public static Dist empirical(double[] values, double[] weights) {
    return new Dist(
        Kind.EMPIRICAL, 0, 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, values, weights);
  }

  /** Expected value, used for documentation and for scaling decisions, not for sampling. */
  public double mean() {
    return switch (kind) {
      case CONSTANT, NORMAL, LOGNORMAL -> a;
      case UNIFORM -> (a + b) / 2;
      case BETA -> {
        double m = a / (a + b);
        yield Double.isFinite(min) && Double.isFinite(max) ? min + m * (max - min) : m;
      }
      case EMPIRICAL -> {
        double s = 0;
        double w = 0;
        for (int i = 0; i < values.length; i++) {
          double wi = weights.length == 0 ? 1 : weights[i];
          s += wi * values[i];
          w += wi;
        }
        yield w == 0 ? 0 : s / w;
      }
    };
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dist d
        && d.kind == kind
        && Double.compare(d.a, a) == 0
        && Double.compare(d.b, b) == 0
        && Double.compare(d.min, min) == 0
        && Double.compare(d.max, max) == 0
        && Arrays.equals(d.values, values)
        && Arrays.equals(d.weights, weights);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31
        + Double.hashCode(a) * 17
        + Double.hashCode(b)
        + Arrays.hashCode(values);
  }

  /** Names accepted after {@code dist:} in YAML, lower case. */
  public static List<String> kindNames() {
    return Arrays.stream(Kind.values()).map(k -> k.name().toLowerCase()).toList();
  }
}
