package org.minga.model.price;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.minga.model.random.RandomStream;
import org.minga.scenario.PriceConfig.Process;

class MeanRevertingProcessTest {

  @Test
  void firstCallIsBaseWithoutDrawing() {
    MeanRevertingProcess p = new MeanRevertingProcess(100, 0.95, 0.06);
    RandomStream rng = Rngs.of(3);
    assertEquals(100.0, p.next(rng), 0.0);
    assertEquals(true, Rngs.samePoint(rng, Rngs.of(3)));
  }

  @Test
  void logDeviationShrinksByPhiPerStepInExpectation() {
    // E[d(t+1) | d(t)] = phi d(t), so after k steps from d0 the mean over many seeds is phi^k d0.
    // phi = 0.8 and d0 = ln 3 (price three times the base) make phi^k d0 far from d0 and from 0.
    double phi = 0.8;
    double sigma = 0.06;
    double d0 = Math.log(3);
    int seeds = 20_000;
    int steps = 3;
    double[] sum = new double[steps];
    for (int seed = 0; seed < seeds; seed++) {
      MeanRevertingProcess p = new MeanRevertingProcess(100, phi, sigma);
      p.setLogDeviation(d0);
      RandomStream rng = Rngs.of(seed);
      for (int k = 0; k < steps; k++) {
        double price = p.next(rng);
        sum[k] += Math.log(price / 100);
      }
    }
    for (int k = 0; k < steps; k++) {
      double expected = Math.pow(phi, k + 1) * d0;
      // Standard error of the mean is at most sigma / sqrt(1 - phi^2) / sqrt(seeds) = 0.0007;
      // 0.004 is over 5 standard errors, and a wrong phi (e.g. 0.85) would miss by > 0.05.
      assertEquals(expected, sum[k] / seeds, 0.004, "after " + (k + 1) + " steps");
    }
  }

  @Test
  void longRunMomentsOfLogPriceMatchTheStationaryAr1() {
    double phi = 0.95;
    double sigma = 0.06;
    PriceSetup setup = PriceSetup.of(Process.MEAN_REVERTING);
    setup.phi = phi;
    setup.sigma = sigma;
    int n = 200_000;
    double[] prices = setup.run(11, n);
    double sum = 0;
    double sumSq = 0;
    for (double p : prices) {
      double l = Math.log(p);
      sum += l;
      sumSq += l * l;
    }
    double mean = sum / n;
    double sd = Math.sqrt(sumSq / n - mean * mean);
    double stationarySd = sigma / Math.sqrt(1 - phi * phi); // 0.192
    // Effective sample size of an AR(1) is about n (1 - phi) / (1 + phi) = 5,100, so the mean has
    // a standard error of about 0.192 / sqrt(5100) = 0.0027: 0.012 is over 4 of them.
    assertEquals(Math.log(100), mean, 0.012);
    // The sample sd has a relative standard error near 0.7% here; 4% allows ~6 of them, while
    // confusing the stationary sd with sigma (0.06) would be off by 70%.
    assertEquals(stationarySd, sd, 0.04 * stationarySd);
  }
}
