package org.minga.model.price;

import org.minga.model.random.RandomStream;

/**
 * Replays a prepared monthly series: the n-th call returns {@code series[n]}. Past the end of the
 * series the last value is held, so a run longer than the data continues at the last observed price
 * rather than failing or wrapping around (wrapping would invent a price jump). Draws nothing.
 */
final class ReplayProcess implements PriceProcess {
  private final double[] series;
  private int next;

  /**
   * @param series monthly prices, index 0 for step 0; copied, never mutated
   */
  ReplayProcess(double[] series) {
    if (series.length == 0) {
      throw new IllegalArgumentException("the replayed price series is empty");
    }
    for (int i = 0; i < series.length; i++) {
      if (!(series[i] >= 0) || Double.isInfinite(series[i])) {
        throw new IllegalArgumentException(
            "replayed price at month "
                + i
                + " is "
                + series[i]
                + "; prices must be finite and not negative");
      }
    }
    this.series = series.clone();
  }

  @Override
  public double next(RandomStream rng) {
    double value = series[Math.min(next, series.length - 1)];
    if (next < series.length) {
      next++; // stop counting at the end so a very long run cannot overflow
    }
    return value;
  }
}
