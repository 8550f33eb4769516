package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.10: households whose income stays below subsistence for leave_farming_years leave
 * farming and come back when prices are good ([MunozViana-nd, ch. 5, “La diversificación de
 * ingresos, riesgos y mercados”]); innovators leave a year sooner and come back more readily
 * ([Rimisp-nd, p. 8, “La presencia de ciudades intermedias…”]).
 */
class LeavingFarmingTest {

  /** Subsistence needs spread so that some households earn less than they need, some more. */
  private static final String HOUSEHOLDS =
      """
      territory: {width_km: 40, height_km: 40, clusters: 6}
      prices: {process: constant}
      producers:
        subsistence_per_month: {dist: uniform, min: 100, max: 700}
        return_price_ratio: 1.5
        return_probability: 1
      cooperatives: {count: 2, formation: {enabled: false}}
      """;

  /** Active producers whose trailing income is below a year of subsistence. */
  private static Set<Integer> belowSubsistence(MingaModel m) {
    Set<Integer> below = new HashSet<>();
    for (Producer p : m.producers) {
      if (p.isActive() && p.income12() < 12 * p.subsistencePerMonth()) {
        below.add(p.id);
      }
    }
    return below;
  }

  @Test
  void householdsBelowSubsistenceLeaveFarmingAfterTheSetYears() {
    // leave_farming_years 1: at the first yearly decision (step 12) exactly the households
    // whose income over the past year was below a year of subsistence leave; the others stay.
    MechanismRun r =
        MechanismRun.of(
            HOUSEHOLDS, "producers.count=400", "years=2", "producers.leave_farming_years=1");
    r.until(12);
    Set<Integer> below = belowSubsistence(r.m);
    assertTrue(below.size() > 40 && below.size() < 360, "below subsistence: " + below.size());
    r.until(13);
    for (Producer p : r.m.producers) {
      assertEquals(!below.contains(p.id), p.isActive(), "producer " + p.id);
      if (!p.isActive()) {
        assertEquals(-1, p.cooperative());
        assertEquals(0, p.stock(), 0.0);
      }
    }
    assertEquals(400 - below.size(), r.get("active_producers"));
  }

  @Test
  void withTwoYearsOnlyInnovatorsLeaveAfterTheFirst() {
    // leave_farming_years 2: after one bad year only innovators (who leave a year sooner) go.
    MechanismRun r =
        MechanismRun.of(
            HOUSEHOLDS, "producers.count=400", "years=2", "producers.leave_farming_years=2");
    r.until(12);
    Set<Integer> below = belowSubsistence(r.m);
    r.until(13);
    int left = 0;
    for (Producer p : r.m.producers) {
      assertEquals(!(below.contains(p.id) && p.isInnovator()), p.isActive(), "producer " + p.id);
      left += p.isActive() ? 0 : 1;
    }
    assertTrue(left > 5, "innovators who left: " + left);
  }

  @Test
  void householdsComeBackWhenThePriceIsHigh() {
    // After the exodus at step 12 the world price doubles from step 13. At step 24 the mean
    // price of the past year is 1.9 x base, above return_price_ratio (1.5): with
    // return_probability 1 every inactive household comes back. With the price unchanged
    // nobody returns.
    String boom =
        HOUSEHOLDS.replace(
            "prices: {process: constant}",
            "prices: {process: constant, shocks: [{at: 13, duration: 100, multiplier: 2}]}");
    MechanismRun high =
        MechanismRun.of(boom, "producers.count=400", "years=3", "producers.leave_farming_years=1");
    MechanismRun flat =
        MechanismRun.of(
            HOUSEHOLDS, "producers.count=400", "years=3", "producers.leave_farming_years=1");
    high.until(24);
    flat.until(24);
    double left = 400 - high.get("active_producers");
    assertTrue(left > 40, "left: " + left);
    assertEquals(high.get("active_producers"), flat.get("active_producers"), 0.0);
    high.until(25);
    flat.until(25);
    assertEquals(400, high.get("active_producers"));
    assertTrue(
        flat.get("active_producers") <= 400 - left, "flat price: " + flat.get("active_producers"));
  }
}
