package org.minga.model.price;

import org.minga.model.random.RandomStream;

/** The world price stays at its base. Draws nothing, so it leaves the run's stream untouched. */
final class ConstantProcess implements PriceProcess {
  private final double base;

  ConstantProcess(double base) {
    this.base = base;
  }

  @Override
  public double next(RandomStream rng) {
    return base;
  }
}
