package org.minga.model;

/**
 * A change made to a running model from outside its scenario (the workshop window): a price shock
 * injected, or a policy lever switched. Each takes effect from {@code step}, the first step not yet
 * run when it was made; a saved session lists them as scheduled events there.
 *
 * @param step first step the change applies to
 * @param lever the lever switched (null for a shock)
 * @param state what the lever was switched to (null for a shock)
 * @param months how long the shock lasts (0 for a lever)
 * @param multiplier the shock's factor on the world price (NaN for a lever)
 */
public record Intervention(
    int step, Policies.Lever lever, Policies.Override state, int months, double multiplier) {

  static Intervention shock(int step, int months, double multiplier) {
    return new Intervention(step, null, null, months, multiplier);
  }

  static Intervention lever(int step, Policies.Lever lever, Policies.Override state) {
    return new Intervention(step, lever, state, 0, Double.NaN);
  }

  /** Whether this is a price shock (else a lever switch). */
  public boolean isShock() {
    return lever == null;
  }
}
