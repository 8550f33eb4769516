package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minga.model.random.RandomStream;
import org.minga.model.random.RandomStreams;
import org.minga.model.random.StreamName;
import org.minga.scenario.Dist;
import org.minga.scenario.ProducerConfig;

/**
 * Each distribution family of {@link Dist} draws with the documented meaning: sample mean and sd
 * match the family's moments and every draw respects its bounds.
 *
 * <p>Tolerances: with N draws the sample mean's standard error is sd / sqrt(N) and the sample sd's
 * is sd x sqrt((kurtosis - 1) / (4N)), estimated from the sample's own fourth moment. We allow 5
 * standard errors (a false alarm about once in 1.7 million for a correct sampler; the fixed seed
 * makes each run identical anyway), while a wrong parameterisation (log-scale mean taken as the
 * attribute's mean, a missed stretch, ignored weights) is off by tens of standard errors.
 */
class SamplerTest {
  private static final int N = 200_000;
  private static final double SE = 5;

  /** Sample moments of N draws, with their bounds. */
  private record Sample(
      double mean, double sd, double min, double max, double meanTol, double sdTol) {}

  private static Sample sample(Dist d, long seed) {
    RandomStream rng = new RandomStreams(seed).sequence(StreamName.PRODUCER_ATTRIBUTES);
    double[] v = new double[N];
    double sum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < N; i++) {
      v[i] = Sampler.draw(d, rng);
      sum += v[i];
      lo = Math.min(lo, v[i]);
      hi = Math.max(hi, v[i]);
    }
    double mean = sum / N;
    double m2 = 0;
    double m4 = 0;
    for (double x : v) {
      double e = (x - mean) * (x - mean);
      m2 += e;
      m4 += e * e;
    }
    m2 /= N;
    m4 /= N;
    double sd = Math.sqrt(m2);
    double kurtosis = m2 > 0 ? m4 / (m2 * m2) : 1;
    double meanTol = SE * sd / Math.sqrt(N);
    double sdTol = SE * sd * Math.sqrt(Math.max(0, kurtosis - 1) / (4.0 * N));
    return new Sample(mean, sd, lo, hi, meanTol, sdTol);
  }

  private static void assertMoments(Sample s, double mean, double sd) {
    assertEquals(mean, s.mean, s.meanTol, "mean (tolerance " + s.meanTol + ")");
    assertEquals(sd, s.sd, s.sdTol, "sd (tolerance " + s.sdTol + ")");
  }

  @Test
  void constantAlwaysDrawsItsValueAndConsumesNoRandomness() {
    RandomStream rng = new RandomStreams(1).sequence(StreamName.PRODUCER_ATTRIBUTES);
    for (int i = 0; i < 100; i++) {
      assertEquals(3.25, Sampler.draw(Dist.constant(3.25), rng), 0.0);
    }
    RandomStream fresh = new RandomStreams(1).sequence(StreamName.PRODUCER_ATTRIBUTES);
    assertTrue(rng.nextDouble() == fresh.nextDouble(), "no draw consumed");
  }

  @Test
  void uniformHasMeanMidpointSdWidthOverRootTwelveAndStaysInside() {
    Sample s = sample(Dist.uniform(1, 5), 11);
    assertMoments(s, 3, 4 / Math.sqrt(12));
    assertTrue(s.min >= 1 && s.max <= 5, s.toString());
    // It does reach both ends (with 200,000 draws the extreme gap is ~ 4/200,000 each side).
    assertTrue(s.min < 1.001 && s.max > 4.999, s.toString());
  }

  @Test
  void normalWithoutBindingBoundsHasItsMeanAndSd() {
    Sample s = sample(Dist.normal(15, 3, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY), 12);
    assertMoments(s, 15, 3);
  }

  @Test
  void normalTruncatedBelowHasTheTruncatedNormalsMomentsAndRespectsTheBound() {
    // N(3, 1) truncated to [2.5, 10]: the moments of a truncated normal, computed numerically,
    // not those of N(3, 1): mean 3.509, sd 0.697 (a clamp instead of a redraw would pile mass
    // on 2.5 and give a mean near 3.20).
    Sample s = sample(Dist.normal(3, 1, 2.5, 10), 13);
    double[] expected = truncatedNormalMoments(3, 1, 2.5, 10);
    assertMoments(s, expected[0], expected[1]);
    assertEquals(3.509, expected[0], 0.001);
    assertTrue(s.min >= 2.5 && s.max <= 10, s.toString());
  }

  @Test
  void normalTruncatedOnBothSidesRespectsBothBounds() {
    Sample s = sample(Dist.normal(110, 20, 90, 120), 14);
    double[] expected = truncatedNormalMoments(110, 20, 90, 120);
    assertMoments(s, expected[0], expected[1]);
    assertTrue(s.min >= 90 && s.max <= 120, s.toString());
  }

  @Test
  void lognormalTakesTheMeanAndSdOfTheAttributeItself() {
    // {dist: lognormal, mean: 3.5, sd: 1.8}: the farm areas average 3.5 ha with sd 1.8 ha (not
    // exp(3.5), which would be 33 ha).
    Sample s = sample(Dist.lognormal(3.5, 1.8, 0, Double.POSITIVE_INFINITY), 15);
    assertMoments(s, 3.5, 1.8);
    assertTrue(s.min > 0, "lognormal draws are positive");
  }

  @Test
  void lognormalTruncationRespectsBounds() {
    // Lognormal with mean 300 and sd 250 truncated to [50, 1000]: draws are redrawn into the
    // bounds, so the moments are those of the truncated lognormal (computed numerically).
    Sample s = sample(Dist.lognormal(300, 250, 50, 1000), 16);
    double logSd = Math.sqrt(Math.log(1 + (250.0 * 250) / (300 * 300)));
    double logMu = Math.log(300) - logSd * logSd / 2;
    double[] expected = truncatedMoments(logMu, logSd, Math.log(50), Math.log(1000), true);
    assertMoments(s, expected[0], expected[1]);
    assertTrue(s.min >= 50 && s.max <= 1000, s.toString());
  }

  @Test
  void betaOnZeroOneHasTheBetaMoments() {
    // alpha = beta = 4 (the default quality): mean 0.5, sd sqrt(16 / (64 x 9)) = 1/6.
    Sample s = sample(Dist.beta(4, 4, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY), 17);
    assertMoments(s, 0.5, 1.0 / 6);
    assertTrue(s.min >= 0 && s.max <= 1);
  }

  @Test
  void betaWithShapesBelowOneUsesTheSmallShapeBranchCorrectly() {
    // Beta(0.5, 0.5) (arcsine): mean 0.5, variance 0.25 / 2, mass piled at both ends.
    Sample s = sample(Dist.beta(0.5, 0.5, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY), 18);
    assertMoments(s, 0.5, Math.sqrt(0.125));
    assertTrue(s.min >= 0 && s.max <= 1);
  }

  @Test
  void betaIsStretchedToMinMax() {
    // Beta(2, 5) on [10, 20]: mean 10 + 10 x 2/7, sd 10 x sqrt(10 / (49 x 8)).
    Sample s = sample(Dist.beta(2, 5, 10, 20), 19);
    assertMoments(s, 10 + 10 * 2.0 / 7, 10 * Math.sqrt(10.0 / (49 * 8)));
    assertTrue(s.min >= 10 && s.max <= 20, s.toString());
    assertEquals(Dist.beta(2, 5, 10, 20).mean(), 10 + 10 * 2.0 / 7, 1e-12);
  }

  @Test
  void empiricalDrawsOnlyItsValuesWithTheirWeights() {
    double[] values = {1, 2, 5};
    double[] weights = {0.5, 0.3, 0.2};
    assertFrequencies(Dist.empirical(values, weights), values, weights, 20);
    // Weights need not sum to 1: they are relative.
    assertFrequencies(Dist.empirical(values, new double[] {5, 3, 2}), values, weights, 21);
  }

  @Test
  void empiricalWithoutWeightsDrawsValuesEqually() {
    double[] values = {0.5, 1.5, 2.5, 10};
    assertFrequencies(Dist.empirical(values, null), values, new double[] {.25, .25, .25, .25}, 22);
  }

  @Test
  void empiricalWithAZeroWeightNeverDrawsThatValue() {
    double[] values = {1, 2, 3};
    assertFrequencies(
        Dist.empirical(values, new double[] {1, 0, 1}), values, new double[] {.5, 0, .5}, 23);
  }

  /** Each value's frequency within 5 binomial standard errors; no other value drawn. */
  private static void assertFrequencies(Dist d, double[] values, double[] probs, long seed) {
    RandomStream rng = new RandomStreams(seed).sequence(StreamName.PRODUCER_ATTRIBUTES);
    int[] counts = new int[values.length];
    for (int i = 0; i < N; i++) {
      double v = Sampler.draw(d, rng);
      int k = java.util.Arrays.binarySearch(values, v);
      assertTrue(k >= 0, "drew " + v + ", not one of the values");
      counts[k]++;
    }
    for (int k = 0; k < values.length; k++) {
      double p = probs[k];
      double tol = SE * Math.sqrt(p * (1 - p) / N);
      assertEquals(p, (double) counts[k] / N, tol, "frequency of " + values[k]);
    }
  }

  @Test
  void scenarioYamlDistributionsMeanWhatTheReferenceSays() {
    // Through the loader: the YAML keys (mean/sd of a lognormal, alpha/beta/min/max of a beta,
    // values/weights) land in the right Dist parameters.
    ProducerConfig pc =
        ModelFixture.inputs(
                """
        producers:
          area_ha: {dist: lognormal, mean: 2.0, sd: 0.8}
          quality: {dist: beta, alpha: 2, beta: 2, min: 0.2, max: 0.6}
          cash: {dist: empirical, values: [100, 400], weights: [3, 1]}
          yield_per_ha: {dist: normal, mean: 12, sd: 2, min: 10}
          capability: {dist: uniform, min: 0.2, max: 0.4}
          patience: 0.97
        """)
            .scenario()
            .producers();
    assertMoments(sample(pc.areaHa(), 31), 2.0, 0.8);
    Sample q = sample(pc.quality(), 32);
    assertMoments(q, 0.4, 0.4 * Math.sqrt(4.0 / (16 * 5))); // width 0.4 x Beta(2, 2) sd
    assertTrue(q.min >= 0.2 && q.max <= 0.6);
    assertMoments(sample(pc.cash(), 33), 175, Math.sqrt(0.75 * 0.25) * 300);
    Sample y = sample(pc.yieldPerHa(), 34);
    double[] ty = truncatedNormalMoments(12, 2, 10, Double.POSITIVE_INFINITY);
    assertMoments(y, ty[0], ty[1]);
    assertTrue(y.min >= 10);
    Sample c = sample(pc.capability(), 35);
    assertMoments(c, 0.3, 0.2 / Math.sqrt(12));
    assertTrue(c.min >= 0.2 && c.max <= 0.4);
    assertEquals(
        0.97,
        Sampler.draw(pc.patience(), new RandomStreams(1).sequence(StreamName.PRODUCER_ATTRIBUTES)),
        0.0);
  }

  /** Mean and sd of N(mu, sd) truncated to [lo, hi], by Simpson integration of the density. */
  static double[] truncatedNormalMoments(double mu, double sd, double lo, double hi) {
    return truncatedMoments(mu, sd, lo, hi, false);
  }

  /**
   * Mean and sd of Y ~ N(mu, sd) truncated to [lo, hi] (or of exp(Y) when {@code exp}), by Simpson
   * integration of the normal density over the truncated range.
   */
  static double[] truncatedMoments(double mu, double sd, double lo, double hi, boolean exp) {
    double a = Math.max(lo, mu - 12 * sd);
    double b = Math.min(hi, mu + 12 * sd);
    int n = 200_000;
    double h = (b - a) / n;
    double z = 0;
    double m1 = 0;
    double m2 = 0;
    for (int i = 0; i <= n; i++) {
      double x = a + i * h;
      double w = (i == 0 || i == n) ? 1 : (i % 2 == 1 ? 4 : 2);
      double f = w * Math.exp(-0.5 * ((x - mu) / sd) * ((x - mu) / sd));
      double g = exp ? Math.exp(x) : x;
      z += f;
      m1 += f * g;
      m2 += f * g * g;
    }
    double mean = m1 / z;
    return new double[] {mean, Math.sqrt(m2 / z - mean * mean)};
  }
}
