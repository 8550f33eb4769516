package org.minga.model.price;

import org.minga.model.random.RandomStream;

/**
 * Boom and bust: a two-state Markov chain leaving boom with monthly probability {@code boomExit}
 * and bust with {@code bustExit} (so a boom lasts 1/boomExit months on average), times a
 * mean-reverting log noise x(t) = phi x(t-1) + sigma e(t). Price = base x state multiplier x
 * exp(x).
 *
 * <p>The first call returns the base price (like every process) and draws the starting state from
 * the chain's stationary distribution, P(boom) = bustExit / (boomExit + bustExit), so a run does
 * not always begin in the same regime; with both exits 0 the chain never moves and either start is
 * equally likely. Every later month draws exactly one uniform and one Gaussian whatever the
 * parameters, so changing a probability does not shift the random stream seen by the rest of the
 * model (common random numbers across scenario variants).
 */
final class RegimeSwitchingProcess implements PriceProcess {
  private final double base;
  private final double boomMultiplier;
  private final double bustMultiplier;
  private final double boomExit;
  private final double bustExit;
  private final double phi;
  private final double sigma;
  private boolean boom;
  private double logNoise;
  private boolean started;

  RegimeSwitchingProcess(
      double base,
      double boomMultiplier,
      double bustMultiplier,
      double boomExit,
      double bustExit,
      double phi,
      double sigma) {
    this.base = base;
    this.boomMultiplier = boomMultiplier;
    this.bustMultiplier = bustMultiplier;
    this.boomExit = boomExit;
    this.bustExit = bustExit;
    this.phi = phi;
    this.sigma = sigma;
  }

  @Override
  public double next(RandomStream rng) {
    if (!started) {
      started = true;
      boom = rng.nextDouble() < stationaryBoomShare();
      return base;
    }
    double exit = boom ? boomExit : bustExit;
    if (rng.nextDouble() < exit) {
      boom = !boom;
    }
    logNoise = phi * logNoise + sigma * rng.nextGaussian();
    return base * (boom ? boomMultiplier : bustMultiplier) * Math.exp(logNoise);
  }

  /** Long-run share of months in boom. */
  double stationaryBoomShare() {
    double total = boomExit + bustExit;
    return total > 0 ? bustExit / total : 0.5;
  }

  boolean inBoom() {
    return boom;
  }
}
