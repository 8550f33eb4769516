package org.minga.model.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minga.model.random.RandomStream;
import org.minga.scenario.PriceConfig.Process;

class ReplayProcessTest {

  @Test
  void returnsTheSeriesInOrderThenHoldsTheLastValue() {
    double[] series = {10, 20, 30};
    WorldPrice w = WorldPrice.from(PriceSetup.of(Process.REPLAY).config(), series, 6);
    RandomStream rng = Rngs.of(1);
    double[] expected = {10, 20, 30, 30, 30, 30}; // past the end, the last observation is held
    for (int s = 0; s < expected.length; s++) {
      assertEquals(expected[s], w.advance(s, rng), 0.0, "step " + s);
    }
    assertTrue(Rngs.samePoint(rng, Rngs.of(1)), "replay draws no random numbers");
  }

  @Test
  void isImmuneToLaterChangesOfTheCallersArray() {
    double[] series = {10, 20};
    WorldPrice w = WorldPrice.from(PriceSetup.of(Process.REPLAY).config(), series, 2);
    series[0] = 99;
    assertEquals(10, w.advance(0, Rngs.of(1)), 0.0);
  }

  @Test
  void refusesAMissingEmptyOrNegativeSeries() {
    var cfg = PriceSetup.of(Process.REPLAY).config();
    assertThrows(IllegalArgumentException.class, () -> WorldPrice.from(cfg, null, 12));
    assertThrows(IllegalArgumentException.class, () -> WorldPrice.from(cfg, new double[0], 12));
    assertThrows(
        IllegalArgumentException.class, () -> WorldPrice.from(cfg, new double[] {1, -2}, 12));
    assertThrows(
        IllegalArgumentException.class,
        () -> WorldPrice.from(cfg, new double[] {1, Double.NaN}, 12));
  }
}
