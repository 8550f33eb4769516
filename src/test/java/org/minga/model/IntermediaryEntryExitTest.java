package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.9: intermediaries enter while an entrant expects a profit above the cost of entry
 * (gradually), exit after a year of sustained losses, and scheduled events add or remove them.
 */
class IntermediaryEntryExitTest {

  private static final String TRADERS =
      """
      territory: {width_km: 30, height_km: 30, clusters: 5}
      prices: {process: constant}
      intermediaries: {count: 5, exit_loss_months: 12}
      cooperatives: {count: 1, formation: {enabled: false}}
      """;

  @Test
  void sustainedLossesMakeIntermediariesExitAfterExitLossMonths() {
    // A fixed cost of a million a month makes the trailing-year profit negative. The first year
    // in business is not judged; from the close of step 11 each month counts, and after six
    // (exit_loss_months) every intermediary exits, at step 17's settlement. With the ordinary
    // fixed cost they lose money every month outside the harvest, yet earn over the year, and
    // none exits: losses are judged over the year, not the month.
    MechanismRun losing =
        MechanismRun.of(
            TRADERS,
            "producers.count=300",
            "years=2",
            "intermediaries.fixed_cost_per_month=1000000",
            "intermediaries.exit_loss_months=6");
    MechanismRun normal =
        MechanismRun.of(
            TRADERS,
            "producers.count=300",
            "years=2",
            "intermediaries.exit_loss_months=6",
            "intermediaries.entry_profit=1000000000");
    losing.until(17);
    assertEquals(5, losing.get("active_intermediaries"), "still in business at step 16");
    losing.until(18);
    assertEquals(0, losing.get("active_intermediaries"), "after six losing months");
    normal.until(24);
    assertEquals(5, normal.get("active_intermediaries"));
  }

  @Test
  void entryFollowsExpectedProfitNotTheCap() {
    // Free entry with a cap far away (200): the count settles where one more trader would not
    // earn entry_profit, so a larger market (four times the producers, same territory) carries
    // more traders, and a dearer entry fewer. Common random numbers: same seed for all arms.
    String cap = "intermediaries.max_count=200";
    double small = countAfter(8, "producers.count=300", cap);
    double large = countAfter(8, "producers.count=1200", cap);
    double dear = countAfter(8, "producers.count=1200", cap, "intermediaries.entry_profit=30000");
    assertTrue(large > small + 2, "large market " + large + " vs small " + small);
    assertTrue(dear < large, "entry profit 30,000: " + dear + " vs 6,000: " + large);
    assertTrue(large < 200, "the cap is not what stops entry");
    assertEquals(
        5,
        countAfter(4, "producers.count=1200", cap, "intermediaries.entry_profit=1000000000"),
        "unreachable entry profit: nobody enters");
  }

  private static double countAfter(int years, String... sets) {
    String[] all = java.util.Arrays.copyOf(sets, sets.length + 2);
    all[sets.length] = "years=" + years;
    all[sets.length + 1] = "intermediaries.exit_loss_months=600";
    MechanismRun r = MechanismRun.of(TRADERS, all);
    r.until(12 * years);
    return r.get("active_intermediaries");
  }

  @Test
  void entryIsGradualAtMostMaxEntryShareOfTheActiveAYear() {
    // With any profit enough to enter (entry_profit 0), entrants per assembly are capped at
    // max(1, floor(0.25 x active)): 5 -> at most 6 -> 7 -> 8 -> 10.
    MechanismRun r =
        MechanismRun.of(
            TRADERS,
            "producers.count=1200",
            "years=6",
            "intermediaries.entry_profit=0",
            "intermediaries.exit_loss_months=600");
    double before = 5;
    int entered = 0;
    for (int year = 1; year <= 5; year++) {
      r.until(12 * year + 1);
      double now = r.get("active_intermediaries");
      assertTrue(
          now - before <= Math.max(1, Math.floor(0.25 * before)),
          "year " + year + ": " + before + " -> " + now);
      entered += (int) (now - before);
      before = now;
    }
    assertTrue(entered >= 4, "traders entered: " + entered);
  }

  @Test
  void anEntrantExpectsLessTheMoreTradersThereAre() {
    // 40,000 units a year at 10 USD per unit before fixed costs, margins of 0.10 among four
    // competitors: each extra trader takes a smaller share at a thinner margin.
    org.minga.scenario.IntermediaryConfig ic = ModelFixture.inputs("").scenario().intermediaries();
    IntermediaryEntryExit.Market market =
        new IntermediaryEntryExit.Market(40_000, 10, 0.10, 4, 5, 120);
    double previous = Double.MAX_VALUE;
    for (int traders = 5; traders < 60; traders++) {
      double e = market.entrantProfit(ic, traders);
      assertTrue(e < previous, traders + " traders: " + e);
      previous = e;
    }
    // With no more competition than now (the margin already at its target) the entrant's
    // share is volume x unit profit / (n + 1) minus a year of fixed costs: 40,000 x 10 / 6
    // - 12 x 400.
    IntermediaryEntryExit.Market atTarget =
        new IntermediaryEntryExit.Market(40_000, 10, ic.minMargin(), 4, 5, 120);
    assertEquals(
        40_000 * 10 / 6.0 - 12 * ic.fixedCostPerMonth(), atTarget.entrantProfit(ic, 5), 1e-6);
  }

  @Test
  void scheduledChangesAddAndRemoveIntermediaries() {
    // events.intermediary_changes: three enter at step 5, the four newest leave at step 20.
    // Entry and exit by profit are switched off, so only the events change the count.
    String yaml =
        TRADERS
            + """
        events:
          intermediary_changes:
            - {at: 5, count: 3}
            - {at: 20, count: -4}
        """;
    MechanismRun r =
        MechanismRun.of(
            yaml,
            "producers.count=300",
            "years=3",
            "intermediaries.entry_profit=1000000000",
            "intermediaries.exit_loss_months=600");
    r.until(5);
    assertEquals(5, r.get("active_intermediaries"));
    r.until(6);
    assertEquals(8, r.get("active_intermediaries"));
    r.until(20);
    assertEquals(8, r.get("active_intermediaries"));
    r.until(21);
    assertEquals(4, r.get("active_intermediaries"));
    for (int k = 0; k < r.m.intermediaries.size(); k++) {
      assertEquals(k < 4, r.m.intermediaries.get(k).isActive(), "intermediary " + k);
    }
    // Producers who sold to a closed intermediary now reach one still in business.
    for (Producer p : r.m.producers) {
      assertTrue(p.nearestIntermediary() < 4);
    }
    r.until(36);
    assertEquals(4, r.get("active_intermediaries"));
  }
}
