package org.minga.patterns;

/**
 * How often a validation fact still holds across a Latin hypercube over its scenario's assumed
 * parameters.
 *
 * @param id the check's id
 * @param points design points run
 * @param held points at which the fact held
 * @param parameters assumed parameters varied
 */
public record Robustness(String id, int points, int held, int parameters) {
  /** Share of points at which the fact held. */
  public double share() {
    return points == 0 ? Double.NaN : (double) held / points;
  }

  /** "0.81 (26/32 points, 14 parameters)". */
  public String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "%.2f (%d/%d points, %d parameters)",
        share(),
        held,
        points,
        parameters);
  }
}
