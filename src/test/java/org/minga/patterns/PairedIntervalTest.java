package org.minga.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PairedIntervalTest {
  @Test
  void studentIntervalOfFiveValues() {
    // mean 3, sd sqrt(2.5) = 1.5811; t(0.975, 4) = 2.7764; half-width 2.7764 * 1.5811 / sqrt(5)
    PairedInterval ci = PairedInterval.of(new double[] {1, 2, 3, 4, 5});
    assertEquals(3.0, ci.mean(), 1e-12);
    assertEquals(1.58114, ci.sd(), 1e-5);
    assertEquals(3 - 1.96324, ci.low(), 1e-4);
    assertEquals(3 + 1.96324, ci.high(), 1e-4);
  }

  @Test
  void zeroSpreadGivesThePoint() {
    PairedInterval ci = PairedInterval.of(new double[] {0.5, 0.5, 0.5});
    assertEquals(0.5, ci.low(), 0);
    assertEquals(0.5, ci.high(), 0);
  }

  @Test
  void aMissingReplicateMakesTheIntervalUndefinedAndTheCheckFail() {
    PairedInterval ci = PairedInterval.of(new double[] {1, Double.NaN, 2});
    assertTrue(Double.isNaN(ci.low()));
    assertFalse(Expectation.positive().isMetBy(ci.low(), ci.high()));
  }

  @Test
  void expectationsNeedTheWholeIntervalOnTheExpectedSide() {
    assertTrue(Expectation.positive().isMetBy(0.01, 2));
    assertFalse(Expectation.positive().isMetBy(-0.01, 2)); // straddles zero
    assertFalse(Expectation.positive().isMetBy(0, 2)); // touches zero: not excluded
    assertTrue(Expectation.negative().isMetBy(-3, -0.1));
    assertFalse(Expectation.negative().isMetBy(-3, 0.1));
    assertTrue(Expectation.within(70, 150).isMetBy(80, 120));
    assertFalse(Expectation.within(70, 150).isMetBy(69, 120));
    assertFalse(Expectation.within(70, 150).isMetBy(80, 151));
  }
}
