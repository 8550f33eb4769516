package org.minga.scenario;

import java.util.List;
import org.minga.scenario.schema.Checked;
import org.minga.scenario.schema.Param;
import org.minga.scenario.schema.Problems;

/**
 * A whole scenario: the immutable configuration of one run. Built only by the scenario loader from
 * YAML (plus {@code extends} and {@code --set}); every entry point (CLI, window, sweep) produces
 * one of these and nothing sets model fields behind it.
 */
public record Scenario(
    @Param(doc = "Short name of the scenario, used in output metadata.", def = "unnamed")
        String name,
    @Param(doc = "What the scenario represents and what question it answers.", def = "\"\"")
        String description,
    @Param(
            doc =
                "Seed of the run's named random streams; same scenario and seed give the "
                    + "same bytes.",
            def = "1",
            min = 0)
        long seed,
    @Param(
            doc = "Horizon of the run in years (12 monthly steps each).",
            unit = "years",
            def = "20",
            min = 1,
            max = 50)
        int years,
    @Param(
            doc = "Calendar year of step 0, used for the year column of outputs.",
            unit = "year",
            def = "2000",
            min = 1800,
            max = 2200)
        int startYear,
    @Param(
            doc =
                "Month (1-12) in which yearly decisions are taken: joining and leaving "
                    + "cooperatives, formation and dissolution, firm entry and renewal, leaving farming.",
            unit = "month 1-12",
            def = "1",
            min = 1,
            max = 12)
        int assemblyMonth,
    @Param(doc = "Where producers live and who they observe.") TerritoryConfig territory,
    @Param(doc = "The commodity: harvest calendar and local market.") CommodityConfig commodity,
    @Param(doc = "The world (reference) price process and price shocks.") PriceConfig prices,
    @Param(doc = "Smallholder households and their heterogeneous attributes.")
        ProducerConfig producers,
    @Param(doc = "Informal intermediaries (acopiadores, traders).")
        IntermediaryConfig intermediaries,
    @Param(doc = "Cooperatives, associations and seasonal groups.") CooperativeConfig cooperatives,
    @Param(
            doc = "Tractor firms (agro-exporters, anchor buyers); each may enter and exit.",
            def = "[]")
        List<FirmConfig> firms,
    @Param(doc = "Policy levers, each with a start and end step.") PolicyConfig policies,
    @Param(doc = "Scheduled events: yield shocks, channel shutdowns, entries and exits.")
        EventsConfig events)
    implements Checked {

  public Scenario {
    firms = List.copyOf(firms);
  }

  /**
   * The data files the loader reads for this scenario (a replayed price series, a producer table),
   * as the resolved scenario names them: absolute paths, or {@code bundled:...} (see {@link
   * BundledScenarios#file}).
   */
  public List<String> dataFiles() {
    List<String> files = new java.util.ArrayList<>();
    if (prices.process() == PriceConfig.Process.REPLAY && !prices.replay().file().isBlank()) {
      files.add(prices.replay().file());
    }
    if (territory.layout() == TerritoryConfig.Layout.CSV && !territory.file().isBlank()) {
      files.add(territory.file());
    }
    return files;
  }

  /** Number of monthly steps in the run. */
  public int steps() {
    return years * 12;
  }

  @Override
  public void check(Problems p) {
    for (int i = 0; i < events.firmExits().size(); i++) {
      int firm = events.firmExits().get(i).firm();
      if (firm >= firms.size()) {
        p.add(
            "events.firm_exits[" + i + "].firm",
            "names firm "
                + firm
                + " but the scenario has "
                + firms.size()
                + " firm(s); use an index from 0 to "
                + (firms.size() - 1));
      }
    }
    for (int i = 0; i < firms.size(); i++) {
      FirmConfig f = firms.get(i);
      if (f.entryYear() >= years) {
        p.add(
            "firms[" + i + "].entry_year",
            "the firm would enter in year "
                + f.entryYear()
                + ", after the horizon of "
                + years
                + " years; use a year from 0 to "
                + (years - 1));
      }
    }
  }
}
