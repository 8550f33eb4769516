package org.minga.model.random;

import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One sequential random stream: the draws a mechanism makes in turn (a price path, a month's
 * visiting order, an agent's attributes). Obtained from {@link RandomStreams}; independent of every
 * other stream of the run. Uniforms and integers follow Commons RNG's conversions from the
 * generator's 64-bit words; normals use its ziggurat sampler.
 */
public final class RandomStream {
  private final PhiloxSequence rng = new PhiloxSequence();
  private final NormalizedGaussianSampler gaussian = ZigguratSampler.NormalizedGaussian.of(rng);

  RandomStream() {}

  /** Restarts this object as the sub-stream (key, index): no allocation. */
  void moveTo(long seed, StreamName stream, long index) {
    rng.moveTo(seed, stream.key(), index, 1);
  }

  /** Uniform in [0, 1). */
  public double nextDouble() {
    return rng.nextDouble();
  }

  /** Uniform integer in [0, n). */
  public int nextInt(int n) {
    return rng.nextInt(n);
  }

  /** Standard normal. */
  public double nextGaussian() {
    return gaussian.sample();
  }

  /** True with probability {@code p}. */
  public boolean chance(double p) {
    return rng.nextDouble() < p;
  }
}
