package org.minga.scenario;

import org.minga.scenario.schema.Param;

/** Cooperatives, associations and seasonal groups (docs/model.md 2, 7.3, 7.6-7.8). */
public record CooperativeConfig(
    @Param(
            doc = "Cooperatives at the start, placed at village centres.",
            def = "4",
            min = 0,
            max = 100000,
            source = "assumption: a few per zone")
        int count,
    @Param(
            doc =
                "Seasonal groups: form at the assembly month, distribute after the season's "
                    + "last harvest and dissolve; a somewhat different group forms next season.",
            def = "false",
            source =
                "[MunozViana-nd, ch. 3 “Asociatividad de los pequeños "
                    + "productores”] (Uganda matoke)")
        boolean seasonal,
    @Param(
            doc = "Distance within which a cooperative collects and accepts members.",
            unit = "km",
            def = "20",
            min = 0)
        double reachKm,
    @Param(
            doc = "Share of the reference price paid as advance at delivery.",
            unit = "share 0-1",
            def = "0.75",
            min = 0,
            max = 1,
            source = "assumption: conservative advances")
        double advanceShare,
    @Param(
            doc = "Months from delivery until the remainder is paid.",
            unit = "months",
            def = "4",
            min = 0,
            max = 36,
            source = "assumption: paid after the export sale")
        int paymentDelayMonths,
    @Param(
            doc =
                "How the reference price follows the world price: lagged (the price "
                    + "`reference_lag_months` ago) or smoothed (exponential average).",
            def = "lagged",
            source =
                "[MunozViana-nd, ch. 3 “Asociatividad de los pequeños productores”] (advances set "
                    + "from what the cooperative knows)")
        ReferenceRule referenceRule,
    @Param(
            doc = "lagged: months of lag behind the world price.",
            unit = "months",
            def = "6",
            min = 0,
            max = 60)
        int referenceLagMonths,
    @Param(
            doc = "smoothed: weight of the newest month in the exponential average.",
            unit = "share 0-1",
            def = "0.15",
            min = 0.001,
            max = 1)
        double smoothing,
    @Param(
            doc =
                "How the advance per unit is set: reference (advance_share x the reference "
                    + "price, lagged or smoothed: today's rule), spot_margin (advance_share x spot x (1 - "
                    + "advance_margin)) or forward_backed (the forward-sold share on the forward price, the "
                    + "rest on the reference price).",
            def = "reference",
            source =
                "[MunozViana-nd, ch. 3 “Asociatividad de los pequeños productores”] (reference); "
                    + "assumption: the rules cooperatives describe")
        AdvanceRule advanceRule,
    @Param(
            doc = "spot_margin: safety margin taken off the spot price before the advance share.",
            unit = "share 0-1",
            def = "0.1",
            min = 0,
            max = 0.9,
            source = "assumption: a cushion of about one month's price move")
        double advanceMargin,
    @Param(
            doc =
                "Share of its liquidity (reserve plus credit line) the board lets one month's "
                    + "advances above what that month's sale recovers put at risk; beyond it the advance is "
                    + "cut.",
            unit = "share 0-1",
            def = "0.5",
            min = 0,
            max = 1,
            source = "assumption: the board risks half its liquidity (today's rule)")
        double exposureLimit,
    @Param(doc = "Revision of the advance inside the season when spot falls.")
        AdvanceRevisionConfig advanceRevision,
    @Param(
            doc = "Commission kept on pooled sales to cover fixed costs and build reserves.",
            unit = "share of sales",
            def = "0.06",
            min = 0,
            max = 0.9,
            source = "assumption")
        double commission,
    @Param(
            doc = "Per-unit cost of collection, processing and transport to the buyer.",
            unit = "USD/unit",
            def = "4",
            min = 0,
            source = "assumption",
            plausibleMax = 0.5,
            plausibleOf = "prices.base")
        double perUnitCost,
    @Param(
            doc =
                "Fixed administration cost per month; with the commission it sets the "
                    + "viability threshold (about 100 members for Peruvian coffee).",
            unit = "USD/month",
            def = "2300",
            min = 0,
            source =
                "[MunozViana-nd, ch. 3 “Asociatividad de los pequeños productores”] (calibrated "
                    + "so ~4,000 qq/year breaks even)")
        double fixedCostPerMonth,
    @Param(
            doc = "Reserve fund at the start.",
            unit = "USD",
            def = "15000",
            min = 0,
            source = "assumption")
        double initialReserve,
    @Param(
            doc =
                "Reserve the cooperative aims to keep, in months of fixed cost; anything above "
                    + "it is paid out with the remainders (a dividend).",
            unit = "months",
            def = "12",
            min = 0,
            source = "assumption: a year of running costs")
        double reserveTargetMonths,
    @Param(
            doc = "Credit line: reserves may fall this far below zero before dissolution.",
            unit = "USD",
            def = "10000",
            min = 0,
            source = "assumption")
        double creditLine,
    @Param(
            doc =
                "Months a cooperative may stay beyond its credit line (insolvent: it pays no "
                    + "advance above what it will recover) before it dissolves; creditors wait for the "
                    + "next harvest rather than close it at once.",
            unit = "months",
            def = "6",
            min = 0,
            max = 120,
            source = "assumption: about one season of grace")
        int insolvencyMonths,
    @Param(
            doc = "Share of output a member commits to deliver to its cooperative.",
            unit = "share 0-1",
            def = "0.8",
            min = 0,
            max = 1,
            source = "assumption")
        double commitmentShare,
    @Param(
            doc = "Yearly probability that a member's side-selling is detected.",
            unit = "probability",
            def = "0.35",
            min = 0,
            max = 1,
            source = "assumption")
        double detectionProbability,
    @Param(
            doc =
                "Probability that a detected side-seller is expelled (it always loses its "
                    + "pending remainders).",
            unit = "probability",
            def = "0.3",
            min = 0,
            max = 1,
            source = "assumption")
        double expulsionProbability,
    @Param(
            doc =
                "Yearly membership fee, paid by members at each assembly and on joining "
                    + "(voluntary joiners, founders, enrolled producers; not initial members).",
            unit = "USD/year",
            def = "25",
            min = 0,
            source = "assumption")
        double fee,
    @Param(
            doc = "Governance quality of each cooperative (management, leadership).",
            unit = "score 0-1",
            def = "{dist: beta, alpha: 5, beta: 3}",
            source = "assumption")
        Dist governance,
    @Param(
            doc = "Transparency of each cooperative's accounts; opaque accounts erode trust.",
            unit = "score 0-1",
            def = "{dist: beta, alpha: 5, beta: 3}",
            source = "[RedEAmerica-nd, “Transparencia (cuentas y no cuentos)”]")
        Dist transparency,
    @Param(
            doc =
                "Yearly probability of a mismanagement event when governance is 0 (scaled by "
                    + "1 - governance).",
            unit = "probability",
            def = "0.25",
            min = 0,
            max = 1,
            source = "assumption")
        double mismanagementRate,
    @Param(
            doc = "Share of the reserve lost in a mismanagement event.",
            unit = "share 0-1",
            def = "0.3",
            min = 0,
            max = 1,
            source = "assumption")
        double mismanagementLoss,
    @Param(
            doc = "Elite capture: remainders are shared by volume x (area / mean area) ^ this.",
            def = "0.3",
            min = 0,
            max = 3,
            source =
                "[RedEAmerica-nd, “Enfrentar explícitamente las "
                    + "desigualdades de poder en las asociaciones”] (assumption on size)")
        double eliteCapture,
    @Param(
            doc =
                "Yearly probability that a member in the top income decile leaves to sell on "
                    + "its own.",
            unit = "probability",
            def = "0.05",
            min = 0,
            max = 1,
            source =
                "[MunozViana-nd, ch. 3 “Asociatividad de los pequeños productores”] (assumption "
                    + "on size)")
        double successfulExit,
    @Param(
            doc = "A cooperative dissolves when membership stays below this ...",
            unit = "members",
            def = "15",
            min = 0,
            source = "assumption")
        int minMembers,
    @Param(doc = "... for this many consecutive years.", unit = "years", def = "2", min = 1)
        int minMemberYears,
    @Param(
            doc = "Years for a new cooperative's services and bargaining to mature.",
            unit = "years",
            def = "6",
            min = 0,
            source = "[RedEAmerica-nd, “Proceso de aprendizaje " + "organizacional”]")
        double maturityYears,
    @Param(
            doc = "Share of maturity a new cooperative starts with.",
            unit = "share 0-1",
            def = "0.3",
            min = 0,
            max = 1,
            source = "assumption")
        double initialMaturity,
    @Param(doc = "Services offered to members who deliver.") ServicesConfig services,
    @Param(doc = "Certification (premium, and a minimum price floor).")
        CertificationConfig certification,
    @Param(doc = "Contract with a buyer: committed volume, premium, reputation.")
        BuyerContractConfig buyerContract,
    @Param(doc = "Formation of new cooperatives by unaffiliated producers.")
        FormationConfig formation) {

  /** How a cooperative's reference price follows the world price. */
  public enum ReferenceRule {
    LAGGED,
    SMOOTHED
  }

  /** How a cooperative sets its advance per unit. */
  public enum AdvanceRule {
    REFERENCE,
    SPOT_MARGIN,
    FORWARD_BACKED
  }

  /** How a buyer contract prices the committed volume. */
  public enum SaleKind {
    SPOT,
    FIXED,
    TO_BE_FIXED
  }

  /** When a price-to-be-fixed contract is fixed. */
  public enum FixRule {
    ABOVE_MEAN,
    AT_MONTH
  }

  /** How a shortfall on a forward sale is settled. */
  public enum ShortfallSettlement {
    MARKET_DIFFERENCE,
    PENALTY
  }

  /** Cutting the advance inside the season when the market falls below it. */
  public record AdvanceRevisionConfig(
      @Param(
              doc = "Whether the advance is revised inside the season.",
              def = "false",
              source = "assumption: off keeps today's behaviour")
          boolean enabled,
      @Param(
              doc =
                  "The advance is cut to advance_share x what the month's sale brings when it "
                      + "exceeds that level by more than this share.",
              unit = "share",
              def = "0.1",
              min = 0,
              max = 5,
              source = "assumption: boards revise after a fall of about 10%",
              plausibleMax = 1)
          double trigger) {}

  /**
   * Services tied to delivering to the cooperative ([MunozViana-nd, ch. 3 “Asociatividad de los
   * pequeños productores”]).
   */
  public record ServicesConfig(
      @Param(doc = "Collective input purchase for members.", def = "true")
          boolean collectivePurchase,
      @Param(
              doc = "Cut in members' input cost from buying together.",
              unit = "share 0-1",
              def = "0.33",
              min = 0,
              max = 1,
              source =
                  "[RedEAmerica-nd, box “LA RED DE EMPRESAS DE "
                      + "MUEBLES DE SANTIAGO DE LOS CABALLEROS…”] (-33% input cost)")
          double purchaseDiscount,
      @Param(doc = "Technical assistance to members.", def = "true") boolean technicalAssistance,
      @Param(
              doc = "Yearly capability gain of members from the cooperative's assistance.",
              unit = "score per year",
              def = "0.05",
              min = 0,
              max = 1,
              source = "assumption")
          double assistanceGain,
      @Param(doc = "Credit to members at the cooperative's rate.", def = "true") boolean credit,
      @Param(
              doc = "Monthly interest on cooperative loans.",
              unit = "per month",
              def = "0.015",
              min = 0,
              max = 1,
              source = "assumption: cheaper than informal credit",
              plausibleMax = 0.2)
          double creditInterest,
      @Param(
              doc = "Share of reserves the cooperative may lend.",
              unit = "share 0-1",
              def = "0.5",
              min = 0,
              max = 1)
          double lendableReserve) {}

  /** Certification of a cooperative's product. */
  public record CertificationConfig(
      @Param(
              doc = "Share of cooperatives certified at the start.",
              unit = "share 0-1",
              def = "0.25",
              min = 0,
              max = 1,
              source = "[HacerPeru-nd, “IMPLEMENTACIÓN”] (20-30% of " + "coffee certified)")
          double share,
      @Param(
              doc = "Price premium of certified product.",
              unit = "share of price",
              def = "0.08",
              min = 0,
              max = 2,
              source = "assumption",
              plausibleMax = 0.5)
          double premium,
      @Param(
              doc = "Minimum price of certified product; 0 for none.",
              unit = "USD/unit",
              def = "100",
              min = 0,
              source = "assumption: a fair-trade style floor")
          double floor) {}

  /** A cooperative's contract with a buyer ([RedEAmerica-nd, “Cumplimiento y calidad”]). */
  public record BuyerContractConfig(
      @Param(
              doc =
                  "Share of cooperatives holding a buyer contract at the start; also the "
                      + "yearly probability that a mature, reliable cooperative without one finds a buyer.",
              unit = "share 0-1",
              def = "0.5",
              min = 0,
              max = 1,
              source = "assumption")
          double share,
      @Param(
              doc = "Premium over the world price paid by the contract buyer.",
              unit = "share of price",
              def = "0.07",
              min = 0,
              max = 2,
              source = "assumption",
              plausibleMax = 0.5)
          double premium,
      @Param(
              doc = "Committed yearly volume as a share of members' expected output.",
              unit = "share 0-1",
              def = "0.6",
              min = 0,
              max = 1,
              source = "assumption")
          double commitment,
      @Param(
              doc = "Penalty per unit of committed volume not delivered.",
              unit = "share of price",
              def = "0.1",
              min = 0,
              source = "assumption",
              plausibleMax = 1)
          double penalty,
      @Param(
              doc =
                  "Reputation lost per share of commitment missed; gained back 0.1 a year "
                      + "when delivered.",
              unit = "score per share",
              def = "0.8",
              min = 0)
          double reputationLoss,
      @Param(
              doc =
                  "The contract is cancelled when reputation falls below this, and can be "
                      + "regained when it rises 0.2 above it.",
              unit = "score 0-1",
              def = "0.5",
              min = 0,
              max = 1,
              source = "[RedEAmerica-nd, “Cumplimiento y calidad”]")
          double reputationThreshold,
      @Param(
              doc =
                  "How the committed volume is priced: spot (the world price at delivery, "
                      + "today's rule), fixed (a forward sale at the price of the assembly month, delivered "
                      + "at harvest) or to_be_fixed (the cooperative fixes the price at a month it chooses "
                      + "before delivery).",
              def = "spot",
              source = "assumption: spot keeps today's behaviour")
          SaleKind kind,
      @Param(
              doc =
                  "fixed and to_be_fixed: discount off the price of the day that the buyer "
                      + "takes for buying forward.",
              unit = "share of price",
              def = "0.03",
              min = 0,
              max = 0.9,
              source = "assumption: a small forward discount")
          double buyerDiscount,
      @Param(
              doc =
                  "to_be_fixed: above_mean fixes in the first month from the assembly in which "
                      + "spot exceeds its trailing 12-month mean; at_month fixes at fix_month. Either way the "
                      + "price is fixed at the first harvest month at the latest.",
              def = "above_mean",
              source = "assumption: a simple fixing rule")
          FixRule fixRule,
      @Param(
              doc = "to_be_fixed with at_month: calendar month in which the price is fixed.",
              unit = "month 1-12",
              def = "3",
              min = 1,
              max = 12,
              source = "assumption")
          int fixMonth,
      @Param(
              doc =
                  "Minimum price the buyer pays on forward-sold volume (fair-trade style: "
                      + "max(minimum, contract price) + premium); 0 for none.",
              unit = "USD/unit",
              def = "0",
              min = 0,
              source = "assumption: none unless the scenario sets one",
              plausibleMax = 2,
              plausibleOf = "prices.base")
          double minimumPrice,
      @Param(
              doc = "Premium per unit on forward-sold volume, added after the minimum.",
              unit = "USD/unit",
              def = "0",
              min = 0,
              source = "assumption: none unless set",
              plausibleMax = 0.5,
              plausibleOf = "prices.base")
          double premiumPerUnit,
      @Param(
              doc =
                  "How a forward shortfall is settled at the season's end: market_difference "
                      + "(the cooperative pays max(0, spot - contract price) per missing unit, as if it "
                      + "bought back at spot) or penalty (penalty x spot per missing unit).",
              def = "market_difference",
              source = "assumption: the usual wash-out of a default")
          ShortfallSettlement shortfallSettlement) {}

  /**
   * Formation of cooperatives by unaffiliated producers ([AIRCajamarca-nd, part III “Los SIAL y la
   * activación colectiva de los recursos territoriales”]).
   */
  public record FormationConfig(
      @Param(doc = "Whether new cooperatives can form spontaneously.", def = "true")
          boolean enabled,
      @Param(
              doc =
                  "Threat: formation is considered when the price an unaffiliated producer "
                      + "gets is below this share of the world price.",
              unit = "share of price",
              def = "0.72",
              min = 0,
              max = 2,
              source = "assumption",
              plausibleMin = 0.3,
              plausibleMax = 1)
          double threatRatio,
      @Param(
              doc = "Unaffiliated producers needed within the radius to found one.",
              unit = "producers",
              def = "40",
              min = 2)
          int minFounders,
      @Param(doc = "Radius within which founders are gathered.", unit = "km", def = "6", min = 0)
          double radiusKm,
      @Param(
              doc =
                  "Yearly probability that a threatened cluster organises (multiplied by the "
                      + "promotion programme).",
              unit = "probability",
              def = "0.04",
              min = 0,
              max = 1,
              source = "assumption")
          double probability,
      @Param(
              doc =
                  "Opportunity: formation is also considered when what an organised group "
                      + "could pay (world price with the premium organised sellers can get, less the "
                      + "cooperative's per-unit cost and commission) exceeds the intermediary's offer by "
                      + "this share of the world price.",
              unit = "share of price",
              def = "0.10",
              min = 0,
              max = 2,
              source = "assumption: a clear gain, as for a threat",
              plausibleMax = 0.5)
          double opportunityGap,
      @Param(
              doc =
                  "Premium over the world price that a buyer seeking organised supply pays "
                      + "groups (fair-trade importers, exporters wanting organised suppliers): it counts "
                      + "toward the opportunity, and a group formed for it starts with that buyer's "
                      + "contract. 0: no such buyer.",
              unit = "share of price",
              def = "0",
              min = 0,
              max = 2,
              source = "assumption: set per scenario",
              plausibleMax = 0.5)
          double organisedBuyerPremium,
      @Param(
              doc =
                  "Yearly rate at which the trust in cooperatives of producers outside any "
                      + "returns toward its level at the start: the memory of a collapse fades. A cluster's "
                      + "readiness to organise is its founders' mean trust over their trust at the start "
                      + "(at most 1).",
              unit = "share per year",
              def = "0.1",
              min = 0,
              max = 1,
              source = "assumption: a decade to forget a collapse")
          double trustRecovery) {}
}
