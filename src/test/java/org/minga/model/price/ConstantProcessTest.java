package org.minga.model.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minga.model.random.RandomStream;
import org.minga.scenario.PriceConfig.Process;

class ConstantProcessTest {

  @Test
  void staysAtBaseAndDrawsNothing() {
    WorldPrice w = PriceSetup.of(Process.CONSTANT).world(600);
    RandomStream rng = Rngs.of(7);
    for (int s = 0; s < 600; s++) {
      // No seasonality and no shocks: the price is exactly the configured base every month.
      assertEquals(100.0, w.advance(s, rng), 0.0, "step " + s);
      assertEquals(100.0, w.underlying(), 0.0);
    }
    // A constant price must not consume the run's random numbers, or it would shift every
    // other draw of the model relative to a run with a different process.
    assertTrue(Rngs.samePoint(rng, Rngs.of(7)));
  }
}
