package org.minga.model.price;

import java.util.Arrays;
import java.util.List;

/**
 * Multiplier of the world price by calendar month. Step 0 is January, so the month of step s is (s
 * % 12) + 1, the same calendar month the rest of the model uses; with no multipliers every month is
 * 1.
 */
final class SeasonalMultiplier {
  private final double[] byMonth = new double[12];

  /**
   * @param multipliers January to December, or empty for none
   */
  SeasonalMultiplier(List<Double> multipliers) {
    if (multipliers.isEmpty()) {
      Arrays.fill(byMonth, 1.0);
      return;
    }
    if (multipliers.size() != 12) {
      throw new IllegalArgumentException(
          "seasonal has "
              + multipliers.size()
              + " multipliers; give 12 (January-December) or none");
    }
    for (int m = 0; m < 12; m++) {
      double v = multipliers.get(m);
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new IllegalArgumentException(
            "seasonal[" + m + "] is " + v + "; multipliers must be finite and not negative");
      }
      byMonth[m] = v;
    }
  }

  /** The multiplier at {@code step}. */
  double at(int step) {
    return byMonth[step % 12];
  }
}
