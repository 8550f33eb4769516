package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.9 entry and stylised fact 8: a tractor firm enters when expected profit over its
 * payback horizon covers the setup cost; the tax deduction ([HacerPeru-nd, “CUATRO OPCIONES DE
 * POLÍTICA CONCURRENTES…”, component 1]), the co-financing fund ([HacerPeru-nd, “CUATRO OPCIONES DE
 * POLÍTICA CONCURRENTES…”, component 2]) and matching grants ([RedEAmerica-nd, “Promover el acceso
 * a servicios especializados…”]) lower that bar.
 */
class FirmEntryTest {

  /** A firm with a thin export premium and a costly consortium to set up. */
  private static final String FIRM =
      """
      territory: {width_km: 40, height_km: 40, clusters: 6}
      prices: {process: constant}
      cooperatives: {count: 2, formation: {enabled: false}}
      firms:
        - {name: exporter, entry_rule: profit, setup_cost: 1500000, export_premium: 0.03,
           x_km: 20, y_km: 20, reach_km: 40, target_producers: 100}
      policies:
        tax_deduction: {start: 0}
        cofinancing: {start: 0}
        matching_grants: {start: 0}
      """;

  private static final String[] PACKAGE = {
    "policies.tax_deduction.enabled=true",
    "policies.cofinancing.enabled=true",
    "policies.matching_grants.enabled=true"
  };

  @Test
  void eachLeverMovesTheEntryBarTheRightWay() {
    // Tax deduction: expected profit gains rate x tax rate x purchases (25% x 29.5%).
    // Co-financing: the fund pays half the assistance cost. Matching grants: the firm pays
    // only 20% of the setup cost.
    MingaModel none = ModelFixture.start(FIRM, "producers.count=400", "years=3");
    MingaModel all = ModelFixture.start(FIRM, with(PACKAGE));
    ModelFixture.run(none, 1);
    ModelFixture.run(all, 1);
    TractorFirm f0 = none.firms[0];
    TractorFirm f1 = all.firms[0];
    assertEquals(0, FirmEntry.taxSaving(none, 1000), 0.0);
    assertEquals(0.25 * 0.295 * 1000, FirmEntry.taxSaving(all, 1000), 1e-9);
    assertEquals(1500000, FirmEntry.setupCost(none, f0), 1e-6);
    assertEquals(0.2 * 1500000, FirmEntry.setupCost(all, f1), 1e-6);
    assertEquals(0, FirmEntry.cofinancingShare(none), 0.0);
    assertEquals(0.5, FirmEntry.cofinancingShare(all), 0.0);
    assertTrue(
        FirmEntry.expectedYearlyProfit(all, f1) > FirmEntry.expectedYearlyProfit(none, f0) + 50000);
  }

  @Test
  void aFirmThatWouldNotEnterAloneEntersWithThePolicyPackage() {
    // Without policies expected profit over the payback years falls short of the setup cost,
    // so the firm never enters; with the deduction, the fund and the grants it enters at the
    // first yearly decision (step 12) and contracts producers, which opens export access to
    // smallholders (fact 8).
    MechanismRun none = MechanismRun.of(FIRM, "producers.count=400", "years=3");
    MechanismRun all = MechanismRun.of(FIRM, with(PACKAGE));
    none.steps(1);
    TractorFirm f = none.m.firms[0];
    assertTrue(
        FirmEntry.expectedYearlyProfit(none.m, f) * f.config().paybackYears()
            < FirmEntry.setupCost(none.m, f),
        "the firm would enter without policies");
    none.until(36);
    assertFalse(f.hasEntered());
    assertEquals(0, none.get("contracted_producers"));
    all.until(12);
    assertFalse(all.m.firms[0].hasEntered());
    all.until(13);
    assertTrue(all.m.firms[0].isActive());
    assertEquals(12, all.m.firms[0].enteredAt());
    assertTrue(all.get("contracted_producers") > 50);
    all.until(36);
    assertTrue(
        all.get("export_access_share") > none.get("export_access_share") + 0.1,
        "export access "
            + none.get("export_access_share")
            + " vs "
            + all.get("export_access_share"));
  }

  @Test
  void aFirmWithTheAlwaysRuleEntersInItsEntryYear() {
    // entry_rule always, entry_year 2: it enters at the yearly decision of year 2 (step 24)
    // whatever its profit; with entry_year 0 it is there from the start.
    String yaml = FIRM.replace("entry_rule: profit", "entry_rule: always, entry_year: 2");
    MechanismRun r = MechanismRun.of(yaml, "producers.count=400", "years=4");
    r.until(24);
    assertFalse(r.m.firms[0].hasEntered());
    assertEquals(0, r.get("active_firms"));
    r.until(25);
    assertEquals(1, r.get("active_firms"));
    assertEquals(24, r.m.firms[0].enteredAt());
    assertTrue(r.get("contracted_producers") > 50);
    MingaModel fromStart =
        ModelFixture.start(
            FIRM.replace("entry_rule: profit", "entry_rule: always"),
            "producers.count=400",
            "years=1");
    assertTrue(fromStart.firms[0].isActive());
    assertEquals(0, fromStart.firms[0].enteredAt());
  }

  private static String[] with(String[] levers) {
    String[] all = new String[levers.length + 2];
    all[0] = "producers.count=400";
    all[1] = "years=3";
    System.arraycopy(levers, 0, all, 2, levers.length);
    return all;
  }
}
