package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * MODEL.md 5.7: intermediaries enter when margins have been profitable for a year, exit after
 * sustained losses, and scheduled events add or remove them.
 */
class IntermediaryEntryExitTest {

  private static final String TRADERS = """
      territory: {width_km: 30, height_km: 30, clusters: 5}
      prices: {process: constant}
      intermediaries: {count: 5, exit_loss_months: 12}
      cooperatives: {count: 1, formation: {enabled: false}}
      """;

  @Test
  void sustainedLossesMakeIntermediariesExitAfterExitLossMonths() {
    // A fixed cost of a million a month makes every month a loss, harvest or not: after twelve
    // consecutive loss-making months (steps 0-11) every intermediary exits, at step 12's
    // settlement. With the ordinary fixed cost the harvest months are profitable, the count of
    // loss months resets, and none exits.
    MechanismRun losing = MechanismRun.of(TRADERS, "producers.count=300", "years=2",
        "intermediaries.fixed_cost_per_month=1000000");
    MechanismRun normal = MechanismRun.of(TRADERS, "producers.count=300", "years=2");
    losing.until(12);
    assertEquals(5, losing.get("active_intermediaries"), "still in business at step 11");
    losing.until(13);
    assertEquals(0, losing.get("active_intermediaries"), "after twelve loss-making months");
    normal.until(24);
    assertTrue(normal.get("active_intermediaries") >= 5);
  }

  @Test
  void highProfitsBringEntryUpToTheMaximumCount() {
    // One intermediary enters at each assembly while the mean trailing-year profit of active
    // ones exceeds entry_profit (0 here: any profit), until max_count (7) are active. With an
    // unreachable entry profit nobody enters.
    MechanismRun open = MechanismRun.of(TRADERS, "producers.count=300", "years=5",
        "intermediaries.entry_profit=0", "intermediaries.max_count=7",
        "intermediaries.exit_loss_months=600");
    MechanismRun closed = MechanismRun.of(TRADERS, "producers.count=300", "years=5",
        "intermediaries.entry_profit=1000000000", "intermediaries.max_count=7",
        "intermediaries.exit_loss_months=600");
    double[] expected = {6, 7, 7, 7};
    for (int year = 1; year <= 4; year++) {
      open.until(12 * year + 1);
      closed.until(12 * year + 1);
      assertEquals(expected[year - 1], open.get("active_intermediaries"), "year " + year);
      assertEquals(5, closed.get("active_intermediaries"), "year " + year);
    }
  }

  @Test
  void scheduledChangesAddAndRemoveIntermediaries() {
    // events.intermediary_changes: three enter at step 5, the four newest leave at step 20.
    // Entry and exit by profit are switched off, so only the events change the count.
    String yaml = TRADERS + """
        events:
          intermediary_changes:
            - {at: 5, count: 3}
            - {at: 20, count: -4}
        """;
    MechanismRun r = MechanismRun.of(yaml, "producers.count=300", "years=3",
        "intermediaries.entry_profit=1000000000", "intermediaries.exit_loss_months=600");
    r.until(5);
    assertEquals(5, r.get("active_intermediaries"));
    r.until(6);
    assertEquals(8, r.get("active_intermediaries"));
    r.until(20);
    assertEquals(8, r.get("active_intermediaries"));
    r.until(21);
    assertEquals(4, r.get("active_intermediaries"));
    for (int k = 0; k < r.m.intermediaries.size(); k++) {
      assertEquals(k < 4, r.m.intermediaries.get(k).active, "intermediary " + k);
    }
    // Producers who sold to a closed intermediary now reach one still in business.
    for (Producer p : r.m.producers) {
      assertTrue(p.nearestIntermediary < 4);
    }
    r.until(36);
    assertEquals(4, r.get("active_intermediaries"));
  }
}
