package org.minga.model.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minga.model.random.RandomStream;
import org.minga.scenario.PriceConfig.Process;

class PriceShocksTest {

  @Test
  void aHalvingShockHalvesExactlyItsMonthsAndLeavesTheRandomStreamAlone() {
    int steps = 30;
    WorldPrice plain = PriceSetup.of(Process.MEAN_REVERTING).world(steps);
    WorldPrice shocked = PriceSetup.of(Process.MEAN_REVERTING).shock(10, 3, 0.5).world(steps);
    // Common random numbers: same seed for both runs.
    RandomStream rngPlain = Rngs.of(42);
    RandomStream rngShocked = Rngs.of(42);
    for (int s = 0; s < steps; s++) {
      double a = plain.advance(s, rngPlain);
      double b = shocked.advance(s, rngShocked);
      // Steps 10, 11, 12 are the shock's 3 months; halving is exact in floating point, and the
      // price must return to the unshocked path at 13 (a step shock, not a lasting one).
      double expected = s >= 10 && s <= 12 ? a * 0.5 : a;
      assertEquals(expected, b, 0.0, "step " + s);
      assertEquals(plain.underlying(), shocked.underlying(), 0.0, "underlying, step " + s);
    }
    // The shock drew nothing: both streams are at the same point.
    assertTrue(Rngs.samePoint(rngPlain, rngShocked));
  }

  @Test
  void aRampReachesItsMultiplierAtTheEndOfItsDurationAndStays() {
    double[] prices = PriceSetup.of(Process.CONSTANT).ramp(5, 4, 2.0).run(1, 20);
    for (int s = 0; s < 20; s++) {
      // Linear from 1 towards 2 over steps 5..8 (1.25, 1.5, 1.75, 2), then held at 2.
      double factor = s < 5 ? 1 : s <= 8 ? 1 + (s - 4) * 0.25 : 2;
      assertEquals(100 * factor, prices[s], 1e-12, "step " + s);
    }
  }

  @Test
  void scheduledShocksMultiplyTogether() {
    double[] prices = PriceSetup.of(Process.CONSTANT).shock(2, 4, 0.5).shock(4, 4, 3).run(1, 10);
    // 0.5 in steps 2-5, 3 in steps 4-7: both (1.5) in steps 4-5.
    double[] factor = {1, 1, 0.5, 0.5, 1.5, 1.5, 3, 3, 1, 1};
    for (int s = 0; s < 10; s++) {
      assertEquals(100 * factor[s], prices[s], 1e-12, "step " + s);
    }
  }

  @Test
  void injectedShocksMultiplyWithScheduledOnes() {
    WorldPrice w = PriceSetup.of(Process.CONSTANT).shock(10, 3, 0.5).world(20);
    RandomStream rng = Rngs.of(1);
    for (int s = 0; s < 5; s++) {
      w.advance(s, rng);
    }
    w.inject(11, 5, 3.0); // as from the workshop window, mid-run
    for (int s = 5; s < 20; s++) {
      double price = w.advance(s, rng);
      // Scheduled 0.5 in 10-12, injected 3 in 11-15: 0.5 at 10, 1.5 at 11-12, 3 at 13-15.
      double factor = s == 10 ? 0.5 : s == 11 || s == 12 ? 1.5 : s >= 13 && s <= 15 ? 3 : 1;
      assertEquals(100 * factor, price, 1e-12, "step " + s);
      assertEquals(100, w.underlying(), 0.0);
    }
  }

  @Test
  void theOldestInjectedShockIsDroppedBeyondCapacity() {
    PriceShocks shocks = new PriceShocks(List.of());
    shocks.inject(0, 1, 0.5); // the oldest, at step 0 only
    for (int i = 0; i < PriceShocks.INJECTED_CAPACITY - 1; i++) {
      shocks.inject(1, 1, 2); // fill the rest at step 1
    }
    assertEquals(0.5, shocks.factorAt(0), 0.0); // still kept at exactly full capacity
    shocks.inject(2, 1, 3); // one more: the step-0 shock goes
    assertEquals(1.0, shocks.factorAt(0), 0.0);
    assertEquals(Math.pow(2, PriceShocks.INJECTED_CAPACITY - 1), shocks.factorAt(1), 0.0);
    assertEquals(3.0, shocks.factorAt(2), 0.0);
  }

  @Test
  void refusesNonsenseInjections() {
    WorldPrice w = PriceSetup.of(Process.CONSTANT).world(12);
    assertThrows(IllegalArgumentException.class, () -> w.inject(-1, 3, 0.5));
    assertThrows(IllegalArgumentException.class, () -> w.inject(0, 0, 0.5));
    assertThrows(IllegalArgumentException.class, () -> w.inject(0, 3, -0.5));
    assertThrows(IllegalArgumentException.class, () -> w.inject(0, 3, Double.NaN));
  }
}
