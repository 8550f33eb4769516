package org.minga.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minga.metrics.Bounds;

class IntervalTest {
  /** t(0.975, 1 degree of freedom) = tan(0.95 pi / 2): the two-value quantile in closed form. */
  private static final double T1 = Math.tan(0.475 * Math.PI);

  @Test
  void unboundedMeansGetTheSymmetricTInterval() {
    Interval i = Interval.ofMean(new double[] {1, 3}, Bounds.NONE);
    assertEquals(2, i.n());
    assertEquals(2.0, i.mean(), 1e-12);
    assertEquals(Math.sqrt(2), i.sd(), 1e-12);
    assertEquals(2 - T1, i.low(), 1e-9); // half-width t sqrt(2) / sqrt(2)
    assertEquals(2 + T1, i.high(), 1e-9);
    assertEquals(Interval.T, i.rule());
  }

  @Test
  void aShareNearOneKeepsItsIntervalInsideZeroToOne() {
    // Two of three runs at 1, one at 0.55: the t interval would reach 1.4 and below 0.4.
    double[] v = {1, 1, 0.55};
    Interval free = Interval.ofMean(v, Bounds.NONE);
    Interval share = Interval.ofMean(v, Bounds.UNIT);
    assertTrue(free.high() > 1.3 && free.low() < 0.4, free.toString());
    assertEquals(1.0, share.high());
    assertEquals(free.low(), share.low(), "only the end past the bound moves");
    assertEquals(Interval.T_CLIPPED, share.rule());
    assertEquals(
        Interval.T,
        Interval.ofMean(new double[] {0.5, 0.6, 0.55, 0.52, 0.58}, Bounds.UNIT).rule(),
        "an interval inside the bounds is not marked clipped");
  }

  @Test
  void undefinedValuesAreLeftOutAndCounted() {
    Interval i = Interval.ofMean(new double[] {Double.NaN, 4, 6, Double.NaN}, Bounds.NONE);
    assertEquals(2, i.n());
    assertEquals(5.0, i.mean(), 1e-12);
    Interval one = Interval.ofMean(new double[] {Double.NaN, 4}, Bounds.NONE);
    assertEquals(1, one.n());
    assertTrue(Double.isNaN(one.low()) && Double.isNaN(one.high()), "no interval from one value");
  }

  @Test
  void wilsonIntervalOfNoneOrAllStaysHonestAndInBounds() {
    // 0 of 5: upper end z^2 / (n + z^2), not the t interval's [0, 0].
    double z2 = 1.959963984540054 * 1.959963984540054;
    Interval none = Interval.ofShare(0, 5);
    assertEquals(0.0, none.mean());
    assertEquals(0.0, none.low(), 1e-12);
    assertEquals(z2 / (5 + z2), none.high(), 1e-9);
    Interval all = Interval.ofShare(5, 5);
    assertEquals(1.0, all.high(), 1e-12);
    assertEquals(1 - z2 / (5 + z2), all.low(), 1e-9);
    Interval half = Interval.ofShare(10, 20);
    assertEquals(0.5, half.mean());
    assertEquals(1.0, half.low() + half.high(), 1e-12, "symmetric about one half");
    assertTrue(half.low() > 0.28 && half.high() < 0.72, half.toString());
  }
}
