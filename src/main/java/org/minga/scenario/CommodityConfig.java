package org.minga.scenario;

import java.util.List;
import org.minga.scenario.schema.Checked;
import org.minga.scenario.schema.Param;
import org.minga.scenario.schema.Problems;

/** The commodity: when it is harvested, in what unit, and the optional local market. */
public record CommodityConfig(
    @Param(doc = "Name of the commodity (coffee, milk, cacao ...), for labels.", def = "coffee")
        String name,
    @Param(doc = "Unit of volume used by every price and yield.", def = "qq") String unit,
    @Param(
            doc = "Months (1-12) in which output arrives. Milk: all twelve.",
            unit = "months 1-12",
            def = "[5, 6, 7, 8]",
            min = 1,
            max = 12,
            source = "assumption: Andean coffee harvest May-August")
        List<Integer> harvestMonths,
    @Param(
            doc =
                "Share of the yearly output arriving in each harvest month (same order; must "
                    + "sum to 1). Empty: equal shares.",
            unit = "share 0-1",
            def = "[]",
            min = 0,
            max = 1)
        List<Double> harvestShares,
    @Param(
            doc = "Share of output lost when it is not sold in the month of harvest (perishable).",
            unit = "share 0-1",
            def = "0.05",
            min = 0,
            max = 1,
            source = "assumption: small storage losses for dried coffee")
        double storageLoss,
    @Param(doc = "Optional local market (fairs) whose price falls as local supply rises.")
        LocalMarketConfig localMarket)
    implements Checked {

  public CommodityConfig {
    harvestMonths = List.copyOf(harvestMonths);
    harvestShares = List.copyOf(harvestShares);
  }

  /** The local market's terms. */
  public record LocalMarketConfig(
      @Param(doc = "Whether producers may sell at local fairs.", def = "false") boolean enabled,
      @Param(
              doc = "Local price as a share of the world price when local supply is zero.",
              unit = "share of world price",
              def = "0.9",
              min = 0,
              max = 5,
              plausibleMin = 0.3,
              plausibleMax = 1.5)
          double priceRatio,
      @Param(
              doc = "Local volume per month at which the local price halves.",
              unit = "units",
              def = "500",
              min = 0.001)
          double halfPriceVolume) {}

  /** Share of yearly output that arrives in a calendar month (1-12); 0 outside harvest. */
  public double harvestShare(int month) {
    int i = harvestMonths.indexOf(month);
    if (i < 0) {
      return 0;
    }
    return harvestShares.isEmpty() ? 1.0 / harvestMonths.size() : harvestShares.get(i);
  }

  @Override
  public void check(Problems p) {
    if (harvestMonths.isEmpty()) {
      p.add("harvest_months", "no harvest month given; list at least one month from 1 to 12");
    }
    if (harvestMonths.stream().distinct().count() != harvestMonths.size()) {
      p.add("harvest_months", "a month is listed twice; list each harvest month once");
    }
    if (!harvestShares.isEmpty()) {
      if (harvestShares.size() != harvestMonths.size()) {
        p.add(
            "harvest_shares",
            "has "
                + harvestShares.size()
                + " entries but harvest_months has "
                + harvestMonths.size()
                + "; give one share per harvest month, or none");
      }
      double sum = harvestShares.stream().mapToDouble(Double::doubleValue).sum();
      if (Math.abs(sum - 1) > 1e-6) {
        p.add("harvest_shares", "shares sum to " + sum + "; they must sum to 1");
      }
    }
  }
}
