package org.minga.sweep;

import java.util.List;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.minga.output.CsvNumbers;

/**
 * One varied scenario key and how its values are drawn. A design places every run in the unit
 * hypercube; {@link #valueAt(double)} maps a coordinate in [0, 1] to the value written as a {@code
 * --set} override. Discrete parameters ({@code values}, or a range with a {@code step}) take the
 * level whose slice of [0, 1) holds the coordinate; continuous ones are linear between {@code min}
 * and {@code max}; distributions use their inverse CDF.
 *
 * @param key the scenario key path, e.g. {@code prices.sigma} or {@code cooperatives[0].fee}
 * @param levels the values of a discrete parameter, as override text; empty when continuous
 * @param shape how a continuous parameter is drawn; null when discrete
 * @param integer whether the key holds whole numbers (values are rounded)
 */
public record SweepParameter(String key, List<String> levels, Shape shape, boolean integer) {
  /** Coordinates are kept this far from 0 and 1 so inverse CDFs stay finite. */
  private static final double EDGE = 1e-9;

  /** A continuous draw: uniform between {@code a} and {@code b}, or a distribution. */
  public record Shape(String dist, double a, double b, double c) {
    double at(double u) {
      double q = Math.min(1 - EDGE, Math.max(EDGE, u));
      return switch (dist) {
        case "uniform" -> a + u * (b - a);
        case "normal" -> new NormalDistribution(null, a, b).inverseCumulativeProbability(q);
        case "lognormal" -> {
          // a, b are the mean and sd of the variable itself (as in scenarios' distributions).
          double s2 = Math.log(1 + (b * b) / (a * a));
          yield new LogNormalDistribution(null, Math.log(a) - s2 / 2, Math.sqrt(s2))
              .inverseCumulativeProbability(q);
        }
        case "triangular" ->
            new TriangularDistribution(null, a, c, b).inverseCumulativeProbability(u);
        default -> throw new IllegalStateException("unknown distribution " + dist);
      };
    }
  }

  /** Whether the parameter has a finite list of levels (required by grid designs). */
  public boolean isDiscrete() {
    return shape == null;
  }

  /** The override text of the value at coordinate {@code u} in [0, 1]. */
  public String valueAt(double coordinate) {
    double u = Math.min(1, Math.max(0, coordinate));
    if (isDiscrete()) {
      int i = Math.min(levels.size() - 1, Math.max(0, (int) Math.floor(u * levels.size())));
      return levels.get(i);
    }
    double x = shape.at(u);
    // Rounded to the CSV precision so that runs.csv shows exactly the value that was run.
    return integer ? Long.toString(Math.round(x)) : CsvNumbers.format(x);
  }
}
