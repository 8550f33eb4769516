package org.minga.scenario;

import org.minga.scenario.schema.Param;
import org.minga.scenario.schema.Problems;

/**
 * A multiplicative shock from step {@code at} for {@code duration} months; with {@code ramp} the
 * multiplier moves linearly from 1 to its value over the duration and then stays there. Used for
 * world-price shocks and (with a region) for yield shocks.
 */
public record ShockConfig(
    @Param(doc = "Step (month, from 0) at which the shock starts.", unit = "step", min = 0) int at,
    @Param(doc = "Number of months the shock lasts.", unit = "months", def = "12", min = 1)
        int duration,
    @Param(
            doc = "Factor applied while the shock lasts (0.5 halves, 1.5 raises by half).",
            min = 0,
            unit = "factor",
            plausibleMin = 0.05,
            plausibleMax = 3)
        double multiplier,
    @Param(
            doc =
                "Ramp linearly to the multiplier over the duration, then keep it (a lasting "
                    + "level change) instead of a temporary step.",
            def = "false")
        boolean ramp,
    @Param(
            doc =
                "Yield shocks only: centre x of the affected region; negative for the whole "
                    + "territory.",
            unit = "km",
            def = "-1")
        double regionX,
    @Param(doc = "Yield shocks only: centre y of the affected region.", unit = "km", def = "-1")
        double regionY,
    @Param(
            doc = "Yield shocks only: radius of the affected region.",
            unit = "km",
            def = "0",
            min = 0)
        double regionRadiusKm) {

  /** Factor at {@code step}: 1 outside the shock. */
  public double factorAt(int step) {
    if (step < at) {
      return 1;
    }
    int k = step - at;
    if (ramp) {
      return k >= duration ? multiplier : 1 + (multiplier - 1) * (k + 1) / duration;
    }
    return k < duration ? multiplier : 1;
  }

  /** Whether the shock applies at a location (always, when no region is given). */
  public boolean covers(double x, double y) {
    if (regionX < 0 || regionY < 0) {
      return true;
    }
    double dx = x - regionX;
    double dy = y - regionY;
    return dx * dx + dy * dy <= regionRadiusKm * regionRadiusKm;
  }

  void checkWithin(Problems p, String path) {
    if (at >= p.horizonSteps()) {
      p.add(
          path + ".at",
          "the shock starts at step "
              + at
              + ", after the horizon ("
              + p.horizonSteps()
              + " steps); use a step from 0 to "
              + (p.horizonSteps() - 1));
    }
  }
}
