package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.6, elite capture ([RedEAmerica-nd, “Enfrentar explícitamente las desigualdades de
 * poder en las asociaciones”]): remainders are shared by delivered volume x (area / mean area) ^
 * elite_capture, so better-endowed members get more per unit delivered.
 */
class EliteCaptureTest {

  private static final String WORLD =
      """
      territory: {width_km: 20, height_km: 20, clusters: 3}
      prices: {process: constant}
      cooperatives: {count: 1, reach_km: 40}
      producers:
        initial_member_share: 0.8
      """;

  /** Remainder per unit delivered by the largest and the smallest member, for equal volumes. */
  private static double[] perUnit(double eliteCapture) {
    MingaModel m =
        MechanismRun.unchecked(
            WORLD, "producers.count=200", "years=1", "cooperatives.elite_capture=" + eliteCapture);
    Cooperative c = m.cooperatives.get(0);
    Producer large = null;
    Producer small = null;
    for (int k = 0; k < c.memberCount(); k++) {
      Producer p = m.producers[c.memberAt(k)];
      large = large == null || p.area() > large.area() ? p : large;
      small = small == null || p.area() < small.area() ? p : small;
    }
    assertTrue(large.area() > 3 * small.area());
    MechanismRun.stageBatch(m, c, new Producer[] {large, small}, new double[] {10, 10}, 20, 20);
    double largeBefore = large.incomeMonth();
    double smallBefore = small.incomeMonth();
    CooperativeFinances.payRemainderDue(m, c);
    return new double[] {
      (large.incomeMonth() - largeBefore) / 10,
      (small.incomeMonth() - smallBefore) / 10,
      large.area() / small.area()
    };
  }

  @Test
  void withEliteCaptureALargeMemberGetsMorePerUnitThanASmallOne() {
    // Shares are volume x (area / mean area)^e; for equal volumes the large member's remainder
    // per unit exceeds the small one's by (area ratio)^e, and together they get the whole
    // surplus (20 per unit on 20 units).
    double[] r = perUnit(0.5);
    assertTrue(r[0] > r[1], "large " + r[0] + " vs small " + r[1]);
    assertEquals(Math.pow(r[2], 0.5), r[0] / r[1], 1e-6);
    assertEquals(400, 10 * r[0] + 10 * r[1], 1e-6);
  }

  @Test
  void withoutEliteCaptureEveryMemberGetsTheSamePerUnit() {
    // elite_capture 0: sharing is strictly by volume, whatever the area.
    double[] r = perUnit(0);
    assertEquals(20, r[0], 1e-9);
    assertEquals(20, r[1], 1e-9);
  }
}
