package org.minga.scenario;

import org.minga.scenario.schema.Param;

/** Informal intermediaries (docs/model.md 2 and 7.9). */
public record IntermediaryConfig(
    @Param(
            doc = "Intermediaries at the start.",
            def = "5",
            min = 0,
            max = 100000,
            source = "assumption: a few traders per zone")
        int count,
    @Param(
            doc =
                "Safety cap on active intermediaries: entry is decided by expected profit "
                    + "(entry_profit) and normally stops well below it.",
            def = "200",
            min = 0,
            source = "assumption: a cap, not a behaviour")
        int maxCount,
    @Param(
            doc = "Margin charged on the world price with no competitor.",
            unit = "share 0-1",
            def = "0.20",
            min = 0,
            max = 0.95,
            source = "assumption")
        double baseMargin,
    @Param(
            doc = "Lowest margin an intermediary accepts.",
            unit = "share 0-1",
            def = "0.04",
            min = 0,
            max = 0.95)
        double minMargin,
    @Param(
            doc = "How much each extra competitor cuts the margin: margin x 1/(1 + k(n-1)).",
            def = "0.25",
            min = 0,
            source =
                "[MunozViana-nd, ch. 4 “Inserción de los pequeños "
                    + "productores en los mercados”] (assumption on size)")
        double competitionEffect,
    @Param(
            doc = "Extra margin charged to producers indebted to the intermediary (tied sale).",
            unit = "share 0-1",
            def = "0.08",
            min = 0,
            max = 0.9,
            source = "assumption")
        double debtMarginPremium,
    @Param(
            doc = "Extra margin charged to producers without market information.",
            unit = "share 0-1",
            def = "0.04",
            min = 0,
            max = 0.9,
            source = "assumption")
        double uninformedMarginPremium,
    @Param(
            doc = "Monthly speed at which the margin moves toward its competitive target.",
            unit = "share per month",
            def = "0.15",
            min = 0,
            max = 1)
        double adjustSpeed,
    @Param(
            doc = "Fixed handling cost per unit bought.",
            unit = "USD/unit",
            def = "4",
            min = 0,
            source = "assumption",
            plausibleMax = 0.5,
            plausibleOf = "prices.base")
        double handlingCost,
    @Param(
            doc =
                "Transport cost per unit per km between farm and buyer, deducted from intermediary "
                    + "offers (and half of it from contract prices); cooperatives collect at their per-unit "
                    + "cost.",
            unit = "USD/unit/km",
            def = "0.12",
            min = 0,
            source = "assumption")
        double transportCostPerKm,
    @Param(doc = "Distance within which an intermediary buys.", unit = "km", def = "30", min = 0)
        double reachKm,
    @Param(
            doc = "Fixed cost of running the business per month.",
            unit = "USD/month",
            def = "400",
            min = 0,
            source = "assumption")
        double fixedCostPerMonth,
    @Param(doc = "Working capital at entry (limits lending).", unit = "USD", def = "20000", min = 0)
        double capital,
    @Param(
            doc = "Monthly interest on loans to producers.",
            unit = "per month",
            def = "0.05",
            min = 0,
            max = 1,
            source = "assumption: informal credit is expensive",
            plausibleMax = 0.2)
        double interestRate,
    @Param(
            doc =
                "Share of each scarcity premium paid by exporters that is passed on to "
                    + "producers.",
            unit = "share 0-1",
            def = "0.3",
            min = 0,
            max = 1,
            source =
                "[MunozViana-nd, ch. 4 “Inserción de los pequeños productores en los mercados”] "
                    + "(assumption on size)")
        double passThrough,
    @Param(
            doc = "Premium exporters pay intermediaries per unit of unmet demand share.",
            unit = "share of price",
            def = "0.5",
            min = 0,
            source =
                "[MunozViana-nd, ch. 4 “Inserción "
                    + "de los pequeños productores en los mercados”]",
            plausibleMax = 2)
        double scarcityPremiumSlope,
    @Param(
            doc =
                "Yearly profit an entrant must expect to set up (the cost of entry, "
                    + "annualised, and the trader's outside earnings): one more intermediary enters while "
                    + "its expected share of last year's volume, at the incumbents' profit per unit cut by "
                    + "the margin one more competitor brings, minus fixed costs, exceeds it.",
            unit = "USD/year",
            def = "6000",
            min = 0,
            source = "assumption: a rural trader's yearly earnings")
        double entryProfit,
    @Param(
            doc =
                "Most intermediaries that can enter in one year, as a share of those active "
                    + "(at least one): setting up takes capital, contacts and producers' trust, so entry "
                    + "is gradual even when profits are high.",
            unit = "share of active",
            def = "0.25",
            min = 0,
            max = 10,
            source = "assumption: a few newcomers a year in a trading zone")
        double maxEntryShare,
    @Param(
            doc =
                "Consecutive months with a negative trailing 12-month profit (after a first "
                    + "year in business) after which an intermediary exits.",
            unit = "months",
            def = "6",
            min = 1,
            source = "assumption: half a year of a losing " + "business")
        int exitLossMonths) {}
