package org.minga.model.price;

import org.minga.model.random.RandomStream;

/**
 * Log AR(1): ln P(t) = ln Pbar + phi (ln P(t-1) - ln Pbar) + sigma e(t), e ~ N(0,1). Working on
 * logs keeps the price positive and makes shocks proportional; the stationary standard deviation of
 * ln P is sigma / sqrt(1 - phi^2).
 */
final class MeanRevertingProcess implements PriceProcess {
  private final double base;
  private final double phi;
  private final double sigma;

  /** ln P - ln Pbar; 0 before the first call so that step 0 gives the base price. */
  private double logDeviation;

  private boolean started;

  MeanRevertingProcess(double base, double phi, double sigma) {
    this.base = base;
    this.phi = phi;
    this.sigma = sigma;
  }

  @Override
  public double next(RandomStream rng) {
    if (started) {
      logDeviation = phi * logDeviation + sigma * rng.nextGaussian();
    } else {
      started = true; // step 0: the base price, no draw
    }
    return base * Math.exp(logDeviation);
  }

  /**
   * Puts the process at a given log deviation from the base, as if it had already run; the next
   * call evolves from there. For tests of the reversion rate.
   */
  void setLogDeviation(double deviation) {
    logDeviation = deviation;
    started = true;
  }

  double logDeviation() {
    return logDeviation;
  }
}
