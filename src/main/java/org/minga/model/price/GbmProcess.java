package org.minga.model.price;

import org.minga.model.random.RandomStream;

/**
 * Geometric random walk: ln P(t) = ln P(t-1) + drift - sigma^2/2 + sigma e(t). The -sigma^2/2 (Ito)
 * term makes {@code drift} the growth rate of the expected price, E[P(t)] = P(t-1) exp(drift); the
 * median price grows at drift - sigma^2/2.
 */
final class GbmProcess implements PriceProcess {
  private final double base;
  private final double logIncrementMean;
  private final double sigma;

  /**
   * ln(P / base), kept in logs so a long run accumulates no rounding from repeated multiplication,
   * and relative to the base so step 0 gives the base exactly (exp(ln base) need not round back to
   * base).
   */
  private double logRatio;

  private boolean started;

  GbmProcess(double base, double drift, double sigma) {
    this.base = base;
    this.logIncrementMean = drift - sigma * sigma / 2;
    this.sigma = sigma;
  }

  @Override
  public double next(RandomStream rng) {
    if (started) {
      logRatio += logIncrementMean + sigma * rng.nextGaussian();
    } else {
      started = true; // step 0: the base price, no draw
    }
    return base * Math.exp(logRatio);
  }
}
