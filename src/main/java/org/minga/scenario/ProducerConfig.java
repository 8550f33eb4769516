package org.minga.scenario;

import org.minga.scenario.schema.Param;

/** Smallholder households (docs/model.md 2): how many, and the distribution of each attribute. */
public record ProducerConfig(
    @Param(
            doc = "Number of producer households at the start.",
            unit = "households",
            def = "2000",
            min = 1,
            max = 5_000_000)
        int count,
    @Param(
            doc = "Farm area.",
            unit = "ha",
            def = "{dist: lognormal, mean: 3.5, sd: 1.8, min: 0.3, max: 30}",
            source =
                "[HacerPeru-nd, “MENSAJE CLAVE”] (smallholders: farmers under 5 ha); "
                    + "[MunozViana-nd, ch. 3 “Asociatividad de los pequeños productores”] (coffee farms "
                    + "3-5 ha); spread assumed")
        Dist areaHa,
    @Param(
            doc = "Yearly yield per hectare before shocks and technical assistance.",
            unit = "units/ha/year",
            def = "{dist: normal, mean: 15, sd: 3, min: 3, max: 40}",
            source =
                "[MunozViana-nd, ch. 3 “Asociatividad de los pequeños productores”] (400 ha give "
                    + "about 6,000 qq: 15 qq/ha)")
        Dist yieldPerHa,
    @Param(
            doc = "Initial product quality.",
            unit = "score 0-1",
            def = "{dist: beta, alpha: 4, beta: 4}",
            source = "assumption: centred, moderate spread")
        Dist quality,
    @Param(
            doc = "Initial capability (skills); technical assistance raises it.",
            unit = "score 0-1",
            def = "{dist: uniform, min: 0.1, max: 0.6}",
            source = "assumption: low to moderate skills")
        Dist capability,
    @Param(
            doc = "Initial cash.",
            unit = "USD",
            def = "{dist: lognormal, mean: 300, sd: 250, min: 0}",
            source = "assumption: a few months of subsistence")
        Dist cash,
    @Param(
            doc = "Subsistence consumption the household must pay each month.",
            unit = "USD/month",
            def = "{dist: normal, mean: 110, sd: 20, min: 40}",
            source = "assumption: rural household basic basket")
        Dist subsistencePerMonth,
    @Param(
            doc = "Off-farm income each month (households are pluri-active).",
            unit = "USD/month",
            def = "{dist: lognormal, mean: 70, sd: 50, min: 0}",
            source =
                "[MunozViana-nd, ch. 5, “La diversificación de ingresos, riesgos y mercados”] "
                    + "(farming is often a small part of income); amounts assumed")
        Dist offFarmIncomePerMonth,
    @Param(
            doc =
                "Buffer-stock saving: the cash a household aims to keep, in months of "
                    + "subsistence, on top of the lumpy expenses it knows are due within "
                    + "`expenses.lookahead_months`. Below it the household is cash-short (impatience, "
                    + "7.4); above it, it spends `consumption_propensity` of the excess each month.",
            unit = "months of subsistence",
            def = "3",
            min = 0.5,
            max = 60,
            source =
                "[Deaton1991] and [Carroll1997] for the "
                    + "buffer-stock form; assumption for the value: a few months of needs, the buffer "
                    + "Carroll's impatient consumers hold, and the three months the cash-shortage "
                    + "measure already used")
        double bufferMonths,
    @Param(
            doc =
                "Marginal propensity to consume cash on hand above the buffer: each month the "
                    + "household spends this share of its cash above subsistence, debt repayment and the "
                    + "target buffer, on top of subsistence.",
            unit = "share per month",
            def = "0.2",
            min = 0,
            max = 1,
            source =
                "[Deaton1991] and [Carroll1997] (consumption = subsistence + propensity x cash "
                    + "on hand above the target); assumption for the value: a harvest windfall is "
                    + "spent over about a year (0.8^12 = 7% left), so cash peaks after the harvest and "
                    + "runs down before the next one")
        double consumptionPropensity,
    @Param(
            doc =
                "Lumpy household expenses: scheduled ones (school fees, festivities) and "
                    + "random health shocks.")
        HouseholdExpensesConfig expenses,
    @Param(
            doc =
                "Household credit: credit limit against the next harvest, arrears, default, "
                    + "write-off and lenders' refusal of defaulters.")
        HouseholdCreditConfig credit,
    @Param(
            doc = "Input cost per hectare per year, paid in harvest months.",
            unit = "USD/ha/year",
            def = "420",
            min = 0,
            source = "assumption: about a quarter of gross revenue per ha")
        double inputCostPerHa,
    @Param(
            doc = "Monthly discount factor applied to delayed payments when cash is ample.",
            unit = "factor per month",
            def = "{dist: uniform, min: 0.95, max: 0.99}",
            source = "assumption: patient when not cash-short")
        Dist patience,
    @Param(
            doc =
                "How steeply a cash shortage cuts the discount factor: factor = patience x "
                    + "(1 - shortage_sensitivity x shortage), shortage from 0 to 1.",
            unit = "share 0-1",
            def = "0.6",
            min = 0,
            max = 1,
            source =
                "[MunozViana-nd, ch. 3 “Asociatividad de los "
                    + "pequeños productores”] (precarity discounts delay)")
        double shortageSensitivity,
    @Param(
            doc =
                "Logit rationality: how sharply producers pick the best channel; utilities "
                    + "are per unit, as shares of the world price.",
            unit = "1/share of price",
            def = "12",
            min = 0,
            source = "assumption: bounded rationality, 10% gap gives ~3:1 odds")
        double rationality,
    @Param(
            doc = "Weight of the social term: share of network neighbours using a channel.",
            unit = "share of price",
            def = "0.06",
            min = 0,
            source = "assumption: imitation matters but less than price",
            plausibleMax = 1)
        double socialWeight,
    @Param(
            doc =
                "Weight of loyalty: a member's trust adds this much (times trust) to its own "
                    + "cooperative's value.",
            unit = "share of price",
            def = "0.08",
            min = 0,
            source = "assumption",
            plausibleMax = 1)
        double loyaltyWeight,
    @Param(
            doc =
                "Effort cost of taking a month's lot to a cooperative collection point or a "
                    + "fair (a day's labour and pack animals; not a cash payment), whatever the lot's size: "
                    + "per unit it weighs most on small lots, so small farms sell more at the farm gate to "
                    + "intermediaries and firms, who collect.",
            unit = "USD per lot",
            def = "8",
            min = 0,
            source =
                "[FafchampsHill2005] (fixed cost of travelling to sell: larger sellers "
                    + "travel to better-paying buyers); size assumed: a day's wage and mule hire")
        double tripCost,
    @Param(
            doc = "Share of producers with market information (others pay a wider margin).",
            unit = "share 0-1",
            def = "0.6",
            min = 0,
            max = 1,
            source = "assumption")
        double informedShare,
    @Param(
            doc =
                "Share of producers who try new and risky options first (young people and "
                    + "women); their switching thresholds are halved.",
            unit = "share 0-1",
            def = "0.2",
            min = 0,
            max = 1,
            source =
                "[Rimisp-nd, p. 8, “La presencia de ciudades intermedias…”]; "
                    + "[MunozViana-nd, ch. 3 “Asociatividad de los pequeños productores”]")
        double innovatorShare,
    @Param(
            doc = "Initial trust in the cooperative.",
            unit = "score 0-1",
            def = "{dist: beta, alpha: 6, beta: 3}",
            source = "assumption: mostly trusting")
        Dist trust,
    @Param(
            doc = "Share of producers within reach of a cooperative who are members at start.",
            unit = "share 0-1",
            def = "0.45",
            min = 0,
            max = 1,
            source = "assumption")
        double initialMemberShare,
    @Param(
            doc = "A member leaves when its trust falls below this.",
            unit = "score 0-1",
            def = "0.3",
            min = 0,
            max = 1,
            source = "assumption")
        double leaveTrust,
    @Param(
            doc =
                "A member leaves when observed non-members earn more than members by this "
                    + "share of its income.",
            unit = "share",
            def = "0.15",
            min = 0,
            source = "assumption",
            plausibleMax = 1)
        double leaveIncomeGap,
    @Param(
            doc =
                "A non-member joins when observed members earn more by this share of its "
                    + "income (plus the fee).",
            unit = "share",
            def = "0.10",
            min = 0,
            source = "assumption",
            plausibleMax = 1)
        double joinIncomeGap,
    @Param(
            doc =
                "Yearly probability that a producer with a reason to join or leave a "
                    + "cooperative acts on it this year (inertia, other commitments).",
            unit = "probability",
            def = "0.5",
            min = 0,
            max = 1,
            source = "assumption")
        double switchProbability,
    @Param(
            doc = "Years with income below subsistence after which a household leaves farming.",
            unit = "years",
            def = "3",
            min = 1,
            source =
                "[MunozViana-nd, ch. 5, “La diversificación "
                    + "de ingresos, riesgos y mercados”] (assumption on years)")
        int leaveFarmingYears,
    @Param(
            doc =
                "An inactive household comes back when the mean world price of the last 12 "
                    + "months exceeds its base by this ratio.",
            unit = "ratio",
            def = "1.15",
            min = 0,
            source =
                "[MunozViana-nd, ch. 5, “La diversificación de ingresos, riesgos y mercados”] "
                    + "(assumption on the ratio)",
            plausibleMin = 0.5,
            plausibleMax = 3)
        double returnPriceRatio,
    @Param(
            doc =
                "Yearly probability that an inactive household comes back when prices are "
                    + "good.",
            unit = "probability",
            def = "0.3",
            min = 0,
            max = 1,
            source = "assumption")
        double returnProbability,
    @Param(
            doc = "Poverty line for the poverty rate, net income per month.",
            unit = "USD/month",
            def = "120",
            min = 0,
            source = "assumption: near subsistence")
        double povertyLinePerMonth,
    @Param(
            doc = "Number of households whose income paths are tracked in tracked.csv.",
            unit = "households",
            def = "20",
            min = 0,
            max = 10000)
        int tracked) {}
