package org.minga.scenario;

import org.minga.scenario.schema.Checked;
import org.minga.scenario.schema.Param;
import org.minga.scenario.schema.Problems;

/** A tractor firm (agro-exporter, anchor buyer; docs/model.md 2 and 7.9). */
public record FirmConfig(
    @Param(doc = "Name of the firm, for labels.", def = "firm") String name,
    @Param(
            doc = "Earliest year (from 0) in which the firm considers entering.",
            unit = "year",
            def = "0",
            min = 0)
        int entryYear,
    @Param(
            doc =
                "Entry rule: always (enters in entry_year) or profit (enters in a year when "
                    + "expected profit, with policy support, exceeds the setup cost).",
            def = "profit")
        EntryRule entryRule,
    @Param(
            doc = "Setup cost of the consortium (organisation, certification, plant).",
            unit = "USD",
            def = "150000",
            min = 0,
            source = "assumption")
        double setupCost,
    @Param(
            doc = "Horizon over which the firm expects to recover the setup cost.",
            unit = "years",
            def = "5",
            min = 1,
            source = "assumption")
        double paybackYears,
    @Param(
            doc =
                "Yearly value of the extra months of supply contracts secure (e.g. an early "
                    + "season export window).",
            unit = "USD/year",
            def = "20000",
            min = 0,
            source = "[HacerPeru-nd, “CUATRO OPCIONES DE POLÍTICA CONCURRENTES…”]")
        double supplyWindowValue,
    @Param(
            doc = "Export premium the firm earns over the world price.",
            unit = "share of price",
            def = "0.12",
            min = 0,
            max = 2,
            source = "assumption: quality and window",
            plausibleMax = 0.5)
        double exportPremium,
    @Param(
            doc = "Producers the firm wants under contract.",
            unit = "producers",
            def = "150",
            min = 0,
            source =
                "[MunozViana-nd, ch. 4 “Inserción de los pequeños productores en los "
                    + "mercados”] (~150 per chain: 10,000 in 65 chains)")
        int targetProducers,
    @Param(
            doc =
                "Share of its purchases the firm buys from intermediaries (the rest through "
                    + "contracts).",
            unit = "share 0-1",
            def = "0.3",
            min = 0,
            max = 1,
            source =
                "[MunozViana-nd, ch. 4 “Inserción de los pequeños productores en los mercados”]")
        double intermediaryShare,
    @Param(
            doc = "Margin the firm keeps on the world price in its contract price.",
            unit = "share 0-1",
            def = "0.1",
            min = 0,
            max = 0.9,
            source = "assumption")
        double margin,
    @Param(
            doc = "Contract floor price.",
            unit = "USD/unit",
            def = "95",
            min = 0,
            source = "assumption",
            plausibleMax = 2,
            plausibleOf = "prices.base")
        double floor,
    @Param(
            doc = "Contract premium per unit for each 0.1 of quality above 0.5.",
            unit = "share of price",
            def = "0.02",
            min = 0,
            source = "assumption",
            plausibleMax = 0.5)
        double qualityPremium,
    @Param(
            doc = "Input credit advanced per ha each year, repaid from deliveries.",
            unit = "USD/ha/year",
            def = "150",
            min = 0,
            source = "assumption")
        double inputCreditPerHa,
    @Param(
            doc = "Technical assistance cost per contracted producer per year.",
            unit = "USD/producer/year",
            def = "120",
            min = 0,
            source = "assumption")
        double assistanceCost,
    @Param(
            doc = "Yearly capability gain of contracted producers.",
            unit = "score per year",
            def = "0.1",
            min = 0,
            max = 1,
            source = "[HacerPeru-nd, “EVIDENCIA”]")
        double assistanceGain,
    @Param(
            doc =
                "Yearly probability a breach is detected at the base price (spread over the "
                    + "harvest months).",
            unit = "probability",
            def = "0.2",
            min = 0,
            max = 1,
            source = "assumption")
        double exclusivityBase,
    @Param(
            doc =
                "Extra detection per unit of world price above its base (P/base - 1): "
                    + "exclusivity is enforced harder when the price is high.",
            def = "0.8",
            min = 0,
            source =
                "[MunozViana-nd, ch. 4 “Inserción de los pequeños productores en los mercados”]")
        double exclusivityPriceSlope,
    @Param(
            doc =
                "What a producer expects to lose per unit diverted if the breach is detected "
                    + "(the contract's future value), scaled by the detection probability.",
            unit = "share of price",
            def = "0.5",
            min = 0,
            source = "assumption",
            plausibleMax = 2)
        double breachSanction,
    @Param(
            doc =
                "Contract price rule: indexed (max(floor, P x (1 - margin)) at delivery) or "
                    + "fixed (max(floor, P x (1 - margin)) at the contract's start, held for the contract "
                    + "period).",
            def = "indexed",
            source = "assumption: indexed keeps today's behaviour")
        PriceRule priceRule,
    @Param(
            doc =
                "Share of a month's output a contract farmer may divert without sanction "
                    + "(household needs, local obligations).",
            unit = "share 0-1",
            def = "0.2",
            min = 0,
            max = 1,
            source = "assumption: firms tolerate some side-selling")
        double breachTolerance,
    @Param(
            doc = "A detected diversion above this share ends the contract at once.",
            unit = "share 0-1",
            def = "0.6",
            min = 0,
            max = 1,
            source = "assumption: a majority diverted is a large breach")
        double breachLargeShare,
    @Param(
            doc =
                "Price penalty on a detected breach that does not end the contract, per unit "
                    + "diverted.",
            unit = "share of contract price",
            def = "0.2",
            min = 0,
            max = 2,
            source = "assumption: a warning with a price penalty")
        double breachPenalty,
    @Param(
            doc = "A second detected breach within this many years ends the contract.",
            unit = "years",
            def = "2",
            min = 0,
            max = 50,
            source = "assumption: two strikes")
        int breachRepeatYears,
    @Param(
            doc =
                "Years after which a producer whose contract was terminated may be contracted "
                    + "again.",
            unit = "years",
            def = "5",
            min = 0,
            max = 1000,
            source = "assumption: firms forget after a few years")
        int blacklistYears,
    @Param(
            doc = "Selection score weights: area, quality, nearness, reliability.",
            def = "[1.0, 1.0, 0.5, 1.0]",
            min = 0,
            source =
                "[MunozViana-nd, ch. 4 “Inserción de los "
                    + "pequeños productores en los mercados”]")
        java.util.List<Double> selectionWeights,
    @Param(doc = "x of the firm's plant.", unit = "km", def = "30") double xKm,
    @Param(doc = "y of the firm's plant.", unit = "km", def = "30") double yKm,
    @Param(
            doc = "Distance within which the firm contracts producers.",
            unit = "km",
            def = "40",
            min = 0)
        double reachKm,
    @Param(
            doc = "Contract length; at renewal unreliable producers are dropped.",
            unit = "years",
            def = "2",
            min = 1)
        int contractYears,
    @Param(
            doc = "Consecutive loss-making years after which the firm exits.",
            unit = "years",
            def = "2",
            min = 1)
        int exitLossYears,
    @Param(
            doc = "Fixed operating cost per year once entered.",
            unit = "USD/year",
            def = "30000",
            min = 0,
            source = "assumption")
        double fixedCostPerYear)
    implements Checked {

  /** When a firm enters. */
  public enum EntryRule {
    ALWAYS,
    PROFIT
  }

  /** How the contract price is set. */
  public enum PriceRule {
    INDEXED,
    FIXED
  }

  public FirmConfig {
    selectionWeights = java.util.List.copyOf(selectionWeights);
  }

  @Override
  public void check(Problems p) {
    if (selectionWeights.size() != 4) {
      p.add(
          "selection_weights",
          "has "
              + selectionWeights.size()
              + " weights; give 4: area, "
              + "quality, nearness, reliability");
    }
  }
}
