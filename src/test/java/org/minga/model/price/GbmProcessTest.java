package org.minga.model.price;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.minga.model.random.RandomStream;
import org.minga.scenario.PriceConfig.Process;

class GbmProcessTest {

  @Test
  void meanLogIncrementIsDriftMinusHalfVarianceAndItsVarianceIsSigmaSquared() {
    double drift = 0.01;
    double sigma = 0.2;
    PriceSetup setup = PriceSetup.of(Process.GBM);
    setup.drift = drift;
    setup.sigma = sigma;
    // Many short runs rather than one long one, so the price never underflows.
    int seeds = 20_000;
    int steps = 11;
    double sum = 0;
    double sumSq = 0;
    int n = 0;
    for (int seed = 0; seed < seeds; seed++) {
      WorldPrice w = setup.world(steps);
      RandomStream rng = Rngs.of(seed);
      double previous = w.advance(0, rng);
      assertEquals(100.0, previous, 0.0); // step 0 is the base price
      for (int s = 1; s < steps; s++) {
        double price = w.advance(s, rng);
        double increment = Math.log(price / previous);
        sum += increment;
        sumSq += increment * increment;
        n++;
        previous = price;
      }
    }
    double mean = sum / n;
    double variance = sumSq / n - mean * mean;
    // Expected -0.01; the standard error is sigma / sqrt(200,000) = 0.00045, so 0.002 is ~4.5
    // of them, while forgetting the Ito term (expecting +0.01) would miss by 0.02.
    assertEquals(drift - sigma * sigma / 2, mean, 0.002);
    // Increments are i.i.d. N(., sigma^2): the variance's relative standard error is
    // sqrt(2 / n) = 0.3%, so 2% is generous.
    assertEquals(sigma * sigma, variance, 0.02 * sigma * sigma);
  }
}
