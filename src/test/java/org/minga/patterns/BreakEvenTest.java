package org.minga.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BreakEvenTest {
  private static final int[] SIZES = {40, 60, 80, 100};

  @Test
  void interpolatesTheFirstCrossingFromFallingToRising() {
    // -300 at 60, +100 at 80: zero three quarters of the way, at 75.
    assertEquals(75, BreakEven.members(SIZES, new double[] {-900, -300, 100, 500}), 1e-9);
  }

  @Test
  void aReserveThatNeverFallsBreaksEvenAtTheSmallestSize() {
    assertEquals(40, BreakEven.members(SIZES, new double[] {10, 20, 30, 40}), 0);
  }

  @Test
  void aReserveThatAlwaysFallsBreaksEvenBeyondTheSizesTried() {
    assertEquals(
        Double.POSITIVE_INFINITY, BreakEven.members(SIZES, new double[] {-4, -3, -2, -1}), 0);
  }
}
