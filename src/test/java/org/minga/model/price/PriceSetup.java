package org.minga.model.price;

import java.util.ArrayList;
import java.util.List;
import org.minga.model.random.RandomStream;
import org.minga.scenario.PriceConfig;
import org.minga.scenario.PriceConfig.Interpolation;
import org.minga.scenario.PriceConfig.Process;
import org.minga.scenario.PriceConfig.ReplayConfig;
import org.minga.scenario.ShockConfig;

/** Builds price configurations for tests: the schema defaults, with base 100 for round numbers. */
final class PriceSetup {
  Process process;
  double base = 100;
  double phi = 0.95;
  double sigma = 0.06;
  double drift = 0;
  double boomMultiplier = 1.4;
  double bustMultiplier = 0.7;
  double boomExit = 0.05;
  double bustExit = 0.04;
  List<Double> seasonal = new ArrayList<>();
  final List<ShockConfig> shocks = new ArrayList<>();

  private PriceSetup(Process process) {
    this.process = process;
  }

  static PriceSetup of(Process process) {
    return new PriceSetup(process);
  }

  PriceSetup shock(int at, int duration, double multiplier) {
    shocks.add(new ShockConfig(at, duration, multiplier, false, -1, -1, 0));
    return this;
  }

  PriceSetup ramp(int at, int duration, double multiplier) {
    shocks.add(new ShockConfig(at, duration, multiplier, true, -1, -1, 0));
    return this;
  }

  PriceConfig config() {
    return new PriceConfig(
        process,
        base,
        phi,
        sigma,
        drift,
        boomMultiplier,
        bustMultiplier,
        boomExit,
        bustExit,
        seasonal,
        new ReplayConfig("", "date", "price", 1, 0, Interpolation.LINEAR),
        shocks);
  }

  WorldPrice world(int horizonSteps) {
    return WorldPrice.from(config(), null, horizonSteps);
  }

  /** The first {@code steps} prices of a run with the given seed. */
  double[] run(long seed, int steps) {
    WorldPrice w = world(steps);
    RandomStream rng = Rngs.of(seed);
    double[] out = new double[steps];
    for (int s = 0; s < steps; s++) {
      out[s] = w.advance(s, rng);
    }
    return out;
  }
}
