package org.minga.model;

import org.minga.model.random.RandomStream;
import org.minga.scenario.Dist;

/** Draws producer attributes from scenario distributions from a random stream. */
final class Sampler {
  private static final int MAX_REDRAWS = 50;

  private Sampler() {}

  static double draw(Dist d, RandomStream rng) {
    return switch (d.kind()) {
      case CONSTANT -> d.a();
      case UNIFORM -> d.a() + rng.nextDouble() * (d.b() - d.a());
      case NORMAL -> truncated(d, rng, false);
      case LOGNORMAL -> truncated(d, rng, true);
      case BETA -> {
        double v = beta(d.a(), d.b(), rng);
        yield Double.isFinite(d.min()) && Double.isFinite(d.max())
            ? d.min() + v * (d.max() - d.min())
            : v;
      }
      case EMPIRICAL -> empirical(d, rng);
    };
  }

  /** Normal or lognormal (with the attribute's own mean and sd), redrawn into [min, max]. */
  private static double truncated(Dist d, RandomStream rng, boolean log) {
    double mu = d.a();
    double sd = d.b();
    double logSd = 0;
    double logMu = 0;
    if (log) {
      logSd = Math.sqrt(Math.log(1 + (sd * sd) / (mu * mu)));
      logMu = Math.log(mu) - logSd * logSd / 2;
    }
    double v = mu;
    for (int i = 0; i < MAX_REDRAWS; i++) {
      double g = rng.nextGaussian();
      v = log ? Math.exp(logMu + logSd * g) : mu + sd * g;
      if (v >= d.min() && v <= d.max()) {
        return v;
      }
    }
    return Math.min(d.max(), Math.max(d.min(), v));
  }

  /** Beta by two gamma draws (Marsaglia-Tsang), exact for any positive shape. */
  private static double beta(double a, double b, RandomStream rng) {
    double x = gamma(a, rng);
    double y = gamma(b, rng);
    return x + y == 0 ? 0.5 : x / (x + y);
  }

  private static double gamma(double shape, RandomStream rng) {
    if (shape < 1) {
      double u = rng.nextDouble();
      return gamma(shape + 1, rng) * Math.pow(u, 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double g = rng.nextGaussian();
      double v = 1 + c * g;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = rng.nextDouble();
      if (Math.log(u) < 0.5 * g * g + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  private static double empirical(Dist d, RandomStream rng) {
    double[] values = d.values();
    double[] weights = d.weights();
    if (weights.length == 0) {
      return values[rng.nextInt(values.length)];
    }
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = rng.nextDouble() * total;
    for (int i = 0; i < values.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }
}
