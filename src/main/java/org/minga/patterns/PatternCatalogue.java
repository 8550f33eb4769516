package org.minga.patterns;

import static org.minga.patterns.Probes.at;
import static org.minga.patterns.Probes.mean;
import static org.minga.patterns.Probes.minus;
import static org.minga.patterns.Probes.ratio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minga.metrics.Metrics;

/**
 * Every check of the suite: the 14 stylised facts of docs/model.md section 11 (some in several
 * parts, some now mechanism checks) and the calibration targets of section 15. Each is a controlled
 * comparison on common random numbers (mechanism on vs off, high vs low price, with vs without the
 * firm, support kept vs withdrawn) or, where the fact is a contrast within one history, a
 * within-run contrast; docs/model.md section 15 explains each design.
 */
public final class PatternCatalogue {
  static final String PERU = "peru-coffee-cooperatives.yaml";
  static final String HISTORY = "peru-coffee-price-history.yaml";
  static final String GUATEMALA = "guatemala-agroexport.yaml";
  static final String NICARAGUA = "nicaragua-cacao-single-buyer.yaml";
  static final String CAJAMARCA = "cajamarca-dairy.yaml";
  static final String CONSORCIO = "consorcio-palta-sierra.yaml";
  static final String CONSORCIO_TAX = "consorcio-palta-sierra-tax-only.yaml";
  static final String CONSORCIO_FULL = "consorcio-palta-sierra-full-package.yaml";
  static final String REFORM = "agrarian-reform-1969.yaml";
  static final String LIBERALISATION = "liberalisation.yaml";

  /** The chapter on cooperatives of [MunozViana-nd], source of facts 1-4 and C2-C3. */
  static final String MUNOZ_CH3 =
      "[MunozViana-nd, ch. 3 “Asociatividad de los pequeños productores”]";

  /** Members per cooperative tried by the break-even check (C2). */
  static final int[] BREAK_EVEN_MEMBERS = {40, 60, 80, 100, 120, 150, 200};

  private PatternCatalogue() {}

  /** All checks, in report order. */
  public static List<PatternCheck> all() {
    List<PatternCheck> c = new ArrayList<>();
    c.add(countercyclicalCohesion());
    c.add(countercyclicalHistory());
    c.add(churnWithVolatility());
    c.add(churnWithMismanagement());
    c.add(viabilityThreshold());
    c.add(attritionContrast());
    c.add(brokenCommitments());
    c.add(marginsAndCompetition());
    c.add(gainsWhenBuyersCompete());
    c.add(tiedCredit());
    c.add(exportAccessFullVsStatusQuo());
    c.add(exportAccessTaxDeduction());
    c.add(chainsSelectLarger());
    c.add(chainsRaiseInequality());
    c.add(lockInEarlyGains());
    c.add(lockInAbruptCut());
    c.add(collectivePurchase());
    c.add(donorDependence());
    c.add(donorDependenceFreeRiders());
    c.add(maturityLag());
    c.add(liberalisationInequality());
    c.add(liberalisationAverage());
    c.add(liberalisationLosers());
    c.add(exportAccessCalibration());
    c.add(breakEvenMembership());
    c.add(attritionLevel());
    return List.copyOf(c);
  }

  /**
   * The checks selected by {@code selectors}: a check matches an id ("2a", "C1"), its fact number
   * ("2" selects 2a and 2b) or a scenario file name with or without .yaml. Empty selectors select
   * all.
   */
  public static List<PatternCheck> select(List<String> selectors) {
    if (selectors == null || selectors.isEmpty()) {
      return all();
    }
    List<PatternCheck> out = new ArrayList<>();
    for (PatternCheck c : all()) {
      for (String s : selectors) {
        if (matches(c, s.trim().toLowerCase(Locale.ROOT))) {
          out.add(c);
          break;
        }
      }
    }
    return out;
  }

  private static boolean matches(PatternCheck c, String s) {
    if (c.id().equalsIgnoreCase(s) || (c.fact() > 0 && String.valueOf(c.fact()).equals(s))) {
      return true;
    }
    String file = s.endsWith(".yaml") ? s : s + ".yaml";
    return c.arms().stream().anyMatch(a -> a.scenario().equalsIgnoreCase(file));
  }

  // ---- fact 1: countercyclical cohesion -------------------------------------------------

  static PatternCheck countercyclicalCohesion() {
    // The price moves at the start of a harvest (May of year 4, step 40) and stays moved for
    // three years: the lagged reference price then lags spot through the first harvest, as in
    // the sudden booms and crashes of the coffee market (1989, 1994, 1997).
    String[] common = {"years=8", "prices.process=constant"};
    return new PatternCheck(
            "1",
            1,
            "Countercyclical cohesion: delivery share falls when the " + "price is high",
            MUNOZ_CH3,
            "mean delivery_share over steps 44-79 (the three harvests after a price move at step "
                + "40), price up x1.4 minus price down x0.7",
            Expectation.negative(),
            List.of(
                arm(
                    "price up x1.4 at step 40",
                    PERU,
                    common,
                    "prices.shocks=[{at: 40, duration: 36, multiplier: 1.4}]"),
                arm(
                    "price down x0.7 at step 40",
                    PERU,
                    common,
                    "prices.shocks=[{at: 40, duration: 36, multiplier: 0.7}]")),
            () -> mean("delivery_share", 44, 80),
            PatternCheck.difference())
        .validation(
            "the advance set on a lagged reference price, which trails spot after a sudden "
                + "move",
            "cooperatives.advance_rule=spot_margin");
  }

  static PatternCheck countercyclicalHistory() {
    // Year-end windows of the T12 delivery share: booms 1994-95, 1997, 2010-11; busts 1990-93,
    // 2001-03 in the stylised 1986-2012 series.
    int[][] booms = {{104, 120}, {140, 144}, {296, 312}};
    int[][] busts = {{56, 96}, {188, 216}};
    return new PatternCheck(
            "1b",
            1,
            "Countercyclical cohesion through the 1986-2012 price " + "history (stylised series)",
            MUNOZ_CH3,
            "mean delivery_share in boom years (1994-95, 1997, 2010-11) minus in bust years "
                + "(1990-93, 2001-03), within one run",
            Expectation.negative(),
            List.of(Arm.of("price history", HISTORY)),
            () ->
                minus(
                    Probes.meanOver("delivery_share", booms),
                    Probes.meanOver("delivery_share", busts)),
            PatternCheck.single())
        .validation(
            "the advance set on a lagged reference price, which trails spot after a sudden "
                + "move",
            "cooperatives.advance_rule=spot_margin");
  }

  // ---- fact 2: churn --------------------------------------------------------------------

  /** 15 years with rarely mismanaged cooperatives: volatility alone differs in check 2a. */
  private static final String[] WELL_GOVERNED_15_YEARS = {
    "years=15", "cooperatives.mismanagement_rate=0.05"
  };

  static PatternCheck churnWithVolatility() {
    return new PatternCheck(
            "2a",
            2,
            "Membership churn rises with price volatility",
            MUNOZ_CH3,
            "churn per member and year (joins + leaves over members, years 2-15), rare "
                + "mismanagement, sigma 0.08 (the scenario's) minus sigma 0.02",
            Expectation.positive(),
            List.of(
                arm("volatile (sigma 0.08)", PERU, WELL_GOVERNED_15_YEARS, "prices.sigma=0.08"),
                arm("calm (sigma 0.02)", PERU, WELL_GOVERNED_15_YEARS, "prices.sigma=0.02")),
            PatternCatalogue::churn,
            PatternCheck.difference())
        .validation(
            "members' decisions to leave and join on trust and on observed income "
                + "gaps, which volatility moves",
            "producers.leave_trust=0",
            "producers.leave_income_gap=100",
            "producers.join_income_gap=100");
  }

  static PatternCheck churnWithMismanagement() {
    return new PatternCheck(
            "2b",
            2,
            "Membership churn rises with mismanagement",
            MUNOZ_CH3,
            "churn per member and year (joins + leaves over members, years 2-15), "
                + "mismanagement rate 0.8 minus 0",
            Expectation.positive(),
            List.of(
                arm(
                    "mismanagement 0.8",
                    PERU,
                    new String[] {"years=15"},
                    "cooperatives.mismanagement_rate=0.8"),
                arm(
                    "no mismanagement",
                    PERU,
                    new String[] {"years=15"},
                    "cooperatives.mismanagement_rate=0")),
            PatternCatalogue::churn,
            PatternCheck.difference())
        .validation(
            "members leaving when mismanagement has cost their trust", "producers.leave_trust=0");
  }

  /**
   * Joins + leaves per member and year over years 2-15: the sum over months of the trailing
   * 12-month joins + leaves divided by the sum of members, so that years with almost no members
   * (after dissolutions) weigh little instead of dividing by nearly zero.
   */
  private static Probe churn() {
    int joins = Metrics.index("joins");
    int leaves = Metrics.index("leaves");
    int rate = Metrics.index("membership_rate");
    int active = Metrics.index("active_producers");
    return Probes.ratioOfSums(12, 180, v -> v[joins] + v[leaves], v -> v[rate] * v[active]);
  }

  // ---- fact 3: viability threshold ------------------------------------------------------

  static PatternCheck viabilityThreshold() {
    String[] common = {"years=12", "prices.process=constant"};
    return new PatternCheck(
            "3",
            3,
            "Cooperatives below ~100 members lose money and dissolve",
            MUNOZ_CH3,
            "share of the 30 cooperatives dissolved by year 12 at a constant price, ~40 members "
                + "each (1,500 households) minus ~120 each (4,500 households)",
            Expectation.positive(),
            List.of(
                arm("~40 members", PERU, common, "producers.count=1500"),
                arm("~120 members", PERU, common, "producers.count=4500")),
            () -> ratio(at("cooperatives_dissolved", 143), Probes.constant(30)),
            PatternCheck.difference())
        .validation(
            "the fixed cost of running a cooperative, which needs a minimum volume",
            "cooperatives.fixed_cost_per_month=0");
  }

  // ---- fact 4: attrition ----------------------------------------------------------------

  private static final String[] STABLE_AND_WELL_GOVERNED = {
    "prices.sigma=0.02",
    "cooperatives.governance={dist: beta, alpha: 8, beta: 2}",
    "cooperatives.mismanagement_rate=0.05"
  };

  static PatternCheck attritionContrast() {
    return new PatternCheck(
            "4",
            4,
            "Long-run attrition under volatile prices and weak " + "governance",
            MUNOZ_CH3,
            "share of the initial cooperatives active after 30 years, volatile and weakly governed "
                + "(the scenario) minus stable and well governed",
            Expectation.negative(),
            List.of(
                Arm.of("volatile, weak governance", PERU),
                new Arm("stable, good governance", PERU, List.of(STABLE_AND_WELL_GOVERNED))),
            PatternCatalogue::survivalShare,
            PatternCheck.difference())
        .validation(
            "dissolution of cooperatives that run out of money (beyond their credit "
                + "line) or of members (below the minimum); either route alone, closed, leaves the "
                + "other to carry the effect",
            "cooperatives.credit_line=1000000000",
            "cooperatives.min_members=1");
  }

  static PatternCheck attritionLevel() {
    return new PatternCheck(
            "C3",
            4,
            "Calibration: most cooperatives disappear over decades " + "(120 -> 10)",
            MUNOZ_CH3,
            "share of the initial cooperatives active after 30 years in the Peru coffee scenario "
                + "(sources: 10/120 = 0.083)",
            Expectation.within(0, 0.5),
            List.of(Arm.of("volatile, weak governance", PERU)),
            PatternCatalogue::survivalShare,
            PatternCheck.single())
        .calibration(
            "peru-coffee-cooperatives.yaml: cooperatives.mismanagement_rate 0.9 "
                + "(with governance beta(3, 4) and prices.sigma 0.08), tried at 0.5, 0.6, 0.7 and 0.9 "
                + "on seeds 1-10 (surviving share 0.46, 0.41, 0.36, 0.29)");
  }

  private static Probe survivalShare() {
    return ratio(at("active_cooperatives", 359), at("active_cooperatives", 0));
  }

  // ---- fact 5: broken-commitment spiral -------------------------------------------------

  static PatternCheck brokenCommitments() {
    // Cooperatives of ~160 members (6,000 households), so that side-selling does not dissolve
    // them through lost volume before the contract channel can act; every cooperative starts
    // with a buyer contract committing 80% of members' expected output. The price is constant
    // except for four harvest-time booms (x1.5 for 8 months from May of years 4, 7, 10, 13),
    // the same in both arms: the lagged advance then falls behind spot and members side-sell.
    String[] common = {
      "years=15",
      "prices.process=constant",
      "prices.shocks=[{at: 40, duration: 8, multiplier: 1.5}, {at: 76, duration: 8, "
          + "multiplier: 1.5}, {at: 112, duration: 8, multiplier: 1.5}, {at: 148, "
          + "duration: 8, multiplier: 1.5}]",
      "producers.count=6000",
      "cooperatives.buyer_contract.share=1",
      "cooperatives.buyer_contract.commitment=0.8"
    };
    return new PatternCheck(
            "5",
            5,
            "Broken commitments spiral: side-selling, lost contract, " + "more side-selling",
            "[RedEAmerica-nd, “Cumplimiento y calidad”]",
            "mean side_selling_share over years 6-15 (booms in years 4, 7, 10, 13); contract lost "
                + "after a year missing a fifth of the commitment (reputation_loss 2.5) minus never "
                + "lost (0)",
            Expectation.positive(),
            List.of(
                arm(
                    "contract can be lost",
                    PERU,
                    common,
                    "cooperatives.buyer_contract.reputation_loss=2.5"),
                arm(
                    "contract never lost",
                    PERU,
                    common,
                    "cooperatives.buyer_contract.reputation_loss=0")),
            () -> mean("side_selling_share", 60, 180),
            PatternCheck.difference())
        .validation(
            "the price premium a cooperative loses with its buyer contract",
            "cooperatives.buyer_contract.premium=0")
        .failsKnowingly(
            "the spiral is not in the model at these terms: losing the contract "
                + "raises side-selling by about two thousandths of members' committed volume, and "
                + "switching off the premium the contract pays makes the difference larger, not "
                + "smaller (side-selling answers to the gap between spot and the advance, far more "
                + "than to the contract premium). Decision needed: a mechanism by which a lost "
                + "contract feeds side-selling (buyers' reputation, or members' trust in a "
                + "cooperative that failed its buyer), or the fact reported as not reproduced");
  }

  // ---- fact 6: intermediaries -----------------------------------------------------------

  static PatternCheck marginsAndCompetition() {
    return new PatternCheck(
        "6a",
        6,
        "Intermediaries' margins fall as competition rises",
        "[MunozViana-nd, ch. 4 “Inserción de los pequeños productores en los mercados”]",
        "mean mean_margin over years 2-6, 12 intermediaries minus 3",
        Expectation.negative(),
        List.of(
            arm(
                "12 intermediaries",
                GUATEMALA,
                new String[] {"years=6"},
                "intermediaries.count=12"),
            arm("3 intermediaries", GUATEMALA, new String[] {"years=6"}, "intermediaries.count=3")),
        () -> mean("mean_margin", 12, 72),
        PatternCheck.difference());
  }

  static PatternCheck gainsWhenBuyersCompete() {
    String[] scarceYear = {
      "years=6", "events.yield_shocks=[{at: 36, duration: 12, multiplier: 0.4}]"
    };
    return new PatternCheck(
        "6b",
        6,
        "Intermediaries' gains jump when buyers compete for " + "supply",
        "[MunozViana-nd, ch. 4 “Inserción de los pequeños productores en los mercados”]",
        "mean trailing-12-month profit per intermediary (USD) over the year after a harvest "
            + "failure (steps 44-55), exporters seeking 60% of their supply from intermediaries "
            + "minus none",
        Expectation.positive(),
        List.of(
            arm(
                "exporters seek 60% from intermediaries",
                GUATEMALA,
                scarceYear,
                "firms[0].intermediary_share=0.6",
                "firms[1].intermediary_share=0.6",
                "firms[2].intermediary_share=0.6"),
            arm(
                "exporters buy nothing from them",
                GUATEMALA,
                scarceYear,
                "firms[0].intermediary_share=0",
                "firms[1].intermediary_share=0",
                "firms[2].intermediary_share=0")),
        () -> Probes.intermediaryProfit(44, 56),
        PatternCheck.difference());
  }

  // ---- fact 7: tied credit --------------------------------------------------------------

  /**
   * Poorer households than the Peru scenario's (little off-farm income and cash), with cooperatives
   * that last (rare mismanagement) and lend nothing, and a two-year price bust (x0.5 from step 36),
   * so that cash-short members borrow from intermediaries and every replicate has indebted members.
   */
  static final String[] POOR_HOUSEHOLDS = {
    "producers.off_farm_income_per_month={dist: lognormal, mean: 20, sd: 15, min: 0}",
    "producers.cash={dist: lognormal, mean: 60, sd: 50, min: 0}",
    "cooperatives.mismanagement_rate=0.05",
    "cooperatives.services.credit=false",
    "years=10",
    "prices.process=constant",
    "prices.shocks=[{at: 36, duration: 24, multiplier: 0.5}]"
  };

  static PatternCheck tiedCredit() {
    return new PatternCheck(
        "7",
        7,
        "Tied credit locks indebted producers into " + "intermediaries",
        "docs/model.md 7.5 (interlinked credit and sales)",
        "share of cooperative members selling mainly to an intermediary, members indebted to "
            + "an intermediary minus the others (all months of 10 years with a two-year bust; "
            + "poorer households, rare mismanagement, no cooperative credit)",
        Expectation.positive(),
        List.of(new Arm("poor households", PERU, List.of(POOR_HOUSEHOLDS))),
        () -> Probes.tiedMembersIntermediaryShare(0, 120),
        PatternCheck.single());
  }

  // ---- fact 8: export access ------------------------------------------------------------

  static PatternCheck exportAccessFullVsStatusQuo() {
    return new PatternCheck(
            "8a",
            8,
            "A tractor firm with the full package raises export " + "access",
            "[HacerPeru-nd, “MENSAJE CLAVE”], [HacerPeru-nd, “RIESGOS”]",
            "mean export_access_share over years 4-12, full package minus status quo",
            Expectation.positive(),
            List.of(Arm.of("full package", CONSORCIO_FULL), Arm.of("status quo", CONSORCIO)),
            () -> mean("export_access_share", 36, 144),
            PatternCheck.difference())
        .validation(
            "the package making the firm's entry pay (the firm enters only if its expected "
                + "profit covers the setup cost)",
            "firms[0].setup_cost=0");
  }

  /** Setup costs (USD) over which check 8b compares the tax deduction with the status quo. */
  static final int[] SETUP_COSTS = {
    500_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000, 3_000_000, 3_500_000
  };

  static PatternCheck exportAccessTaxDeduction() {
    // The scenario's own setup cost (3.5 M) was set so that the deduction alone does not pay
    // it; over a range of setup costs the deduction's own effect is whether it tips the
    // firm's entry where the status quo does not.
    List<Arm> arms = new ArrayList<>();
    for (int cost : SETUP_COSTS) {
      arms.add(
          Arm.of(
              "tax deduction, setup " + cost / 1000 + "k",
              CONSORCIO_TAX,
              "firms[0].setup_cost=" + cost));
      arms.add(
          Arm.of(
              "status quo, setup " + cost / 1000 + "k", CONSORCIO, "firms[0].setup_cost=" + cost));
    }
    return new PatternCheck(
            "8b",
            8,
            "The tax deduction alone raises export access over a " + "range of setup costs",
            "[HacerPeru-nd, “RIESGOS”]",
            "mean export_access_share over years 4-12, tax deduction only minus status quo, "
                + "averaged over setup costs of 0.5-3.5 M USD (7 values)",
            Expectation.positive(),
            arms,
            () -> mean("export_access_share", 36, 144),
            PatternCatalogue::meanPairedDifference)
        .validation(
            "the tax the deduction saves, which raises the firm's expected profit",
            "policies.tax_deduction.tax_rate=0");
  }

  /** Mean over pairs of arms (0 minus 1, 2 minus 3, ...) of their scalar measures. */
  static double meanPairedDifference(double[][] m) {
    double sum = 0;
    for (int i = 0; i + 1 < m.length; i += 2) {
      sum += m[i][0] - m[i + 1][0];
    }
    return sum / (m.length / 2);
  }

  static PatternCheck exportAccessCalibration() {
    return new PatternCheck(
            "C1",
            0,
            "Calibration: export access in the status quo is 2-6% " + "(sources: 3.5%)",
            "[HacerPeru-nd, “MENSAJE CLAVE”]",
            "mean export_access_share over years 2-12 of the consorcio status quo",
            Expectation.within(0.02, 0.06),
            List.of(Arm.of("status quo", CONSORCIO)),
            () -> mean("export_access_share", 12, 144),
            PatternCheck.single())
        .calibration(
            "consorcio-palta-sierra.yaml: producers.initial_member_share (0.5 in the "
                + "association's village), tried at 0.7 and 0.5 on seeds 1-10");
  }

  // ---- fact 9: chains select the better-off ---------------------------------------------

  static PatternCheck chainsSelectLarger() {
    return new PatternCheck(
            "9a",
            9,
            "Chains select the better-off: contracted farms are " + "larger than average",
            "[MunozViana-nd, ch. 4 “Inserción de los pequeños productores en los mercados”]",
            "mean contracted_area_ratio over years 1-6 minus 1, within one run",
            Expectation.positive(),
            List.of(arm("three exporters", GUATEMALA, new String[] {"years=6"})),
            () -> minus(mean("contracted_area_ratio", 0, 72), Probes.constant(1)),
            PatternCheck.single())
        .validation(
            "exporters choosing growers by farm size (the area weight of their selection "
                + "score)",
            "firms[0].selection_weights=[0, 1.0, 0.5, 1.0]",
            "firms[1].selection_weights=[0, 1.0, 0.5, 1.0]",
            "firms[2].selection_weights=[0, 1.0, 0.5, 1.0]");
  }

  static PatternCheck chainsRaiseInequality() {
    return new PatternCheck(
            "9b",
            9,
            "Chains raise inequality among producers",
            "[AIRCajamarca-nd, “Introducción”]",
            "mean gini over years 2-8, with the three exporters minus without",
            Expectation.positive(),
            List.of(
                arm("with exporters", GUATEMALA, new String[] {"years=8"}),
                arm("without exporters", GUATEMALA, new String[] {"years=8"}, "firms=[]")),
            () -> mean("gini", 12, 96),
            PatternCheck.difference())
        .validation(
            "exporters choosing the larger growers (the area weight of their selection " + "score)",
            "firms[0].selection_weights=[0, 1.0, 0.5, 1.0]",
            "firms[1].selection_weights=[0, 1.0, 0.5, 1.0]",
            "firms[2].selection_weights=[0, 1.0, 0.5, 1.0]");
  }

  // ---- fact 10: lock-in -----------------------------------------------------------------

  static PatternCheck lockInEarlyGains() {
    return new PatternCheck(
        "10a",
        10,
        "Lock-in: contracted producers' income rises early",
        "[MunozViana-nd, ch. 4 “Inserción de los pequeños productores en los mercados”]",
        "income12 change (USD) of the producers contracted just before the exit, from the year "
            + "before the firm came (step 23) to its third year (step 59), constant price",
        Expectation.positive(),
        List.of(Arm.of("single buyer", NICARAGUA)),
        () -> Probes.contractCohortIncomeChange(95, 23, 59),
        PatternCheck.single());
  }

  static PatternCheck lockInAbruptCut() {
    return new PatternCheck(
        "10b",
        10,
        "Lock-in: income drops abruptly when the firm leaves",
        "[MunozViana-nd, ch. 4 “Inserción de los pequeños productores en los mercados”]",
        "income12 change (USD) of the producers contracted just before the exit (step 96), "
            + "from step 95 to step 107, constant price",
        Expectation.negative(),
        List.of(Arm.of("single buyer", NICARAGUA)),
        () -> Probes.contractCohortIncomeChange(95, 95, 107),
        PatternCheck.single());
  }

  // ---- fact 11: collective purchase -----------------------------------------------------

  static PatternCheck collectivePurchase() {
    return new PatternCheck(
        "11",
        11,
        "Collective input purchase lowers members' input cost by " + "about a third",
        "[RedEAmerica-nd, box “LA RED DE EMPRESAS DE MUEBLES DE SANTIAGO DE LOS " + "CABALLEROS…”]",
        "members' / others' input cost per ha (mean over years 3-8), collective purchase on "
            + "minus off (expected about -0.33)",
        Expectation.negative(),
        List.of(
            arm("collective purchase", PERU, new String[] {"years=8"}),
            arm(
                "no collective purchase",
                PERU,
                new String[] {"years=8"},
                "cooperatives.services.collective_purchase=false")),
        () -> ratio(mean("input_cost_members", 24, 96), mean("input_cost_others", 24, 96)),
        PatternCheck.difference());
  }

  // ---- fact 12: donor dependence --------------------------------------------------------

  static PatternCheck donorDependence() {
    // Free riders off in both arms: with them, the gap is the free-rider rule itself (their
    // trust collapses when support ends by assumption), checked as 12m.
    return new PatternCheck(
            "12",
            12,
            "Donor dependence: cooperatives weaken when start-up " + "support ends",
            "[RedEAmerica-nd, “Recursos: acceso a los recursos financieros y no "
                + "financieros…”, “Temas críticos”], "
                + MUNOZ_CH3,
            "mean membership_rate over years 12-20, support withdrawn at step 120 minus kept, no "
                + "free riders (free_rider_share 0 in both arms)",
            Expectation.negative(),
            List.of(
                Arm.of("support withdrawn (1975)", REFORM, "policies.promotion.free_rider_share=0"),
                Arm.of(
                    "support kept",
                    REFORM,
                    "policies.promotion.free_rider_share=0",
                    "policies.promotion.end=-1")),
            () -> mean("membership_rate", 132, 240),
            PatternCheck.difference())
        .validation(
            "cooperatives' dependence on the monthly grant (reserves and services "
                + "fall when it ends)",
            "policies.promotion.grant_per_month=0");
  }

  /** The free-rider rule: groups formed for the support lose their members' trust at its end. */
  static PatternCheck donorDependenceFreeRiders() {
    return new PatternCheck(
        "12m",
        12,
        "Free riders: members of groups formed for the support " + "leave when it ends",
        MUNOZ_CH3,
        "mean membership_rate over years 12-20, support withdrawn at step 120 minus kept "
            + "(the scenario's free_rider_share 0.5)",
        Expectation.negative(),
        List.of(
            Arm.of("support withdrawn (1975)", REFORM),
            Arm.of("support kept", REFORM, "policies.promotion.end=-1")),
        () -> mean("membership_rate", 132, 240),
        PatternCheck.difference());
  }

  // ---- fact 13: maturity lag ------------------------------------------------------------

  static PatternCheck maturityLag() {
    return new PatternCheck(
        "13",
        13,
        "Maturity lag: a new cooperative's benefits take years " + "to build",
        "[RedEAmerica-nd, “Proceso de aprendizaje organizacional”]",
        "members' minus independents' mean income (USD) over the associations' years 2-4 "
            + "(steps 60-95), maturing over 6 years minus mature at once",
        Expectation.negative(),
        List.of(
            Arm.of("maturing (start 0.2, 6 years)", CAJAMARCA),
            Arm.of("mature at once", CAJAMARCA, "cooperatives.initial_maturity=1")),
        () -> minus(mean("income_members", 60, 96), mean("income_independent", 60, 96)),
        PatternCheck.difference());
  }

  // ---- fact 14: liberalisation ----------------------------------------------------------

  static PatternCheck liberalisationInequality() {
    return new PatternCheck(
            "14a",
            14,
            "Liberalisation raises inequality",
            "[AIRCajamarca-nd, “Introducción”]",
            "mean gini over years 9-20 (after the phase-out), constant world price, liberalisation "
                + "minus none",
            Expectation.positive(),
            liberalisationArms(),
            () -> mean("gini", 96, 240),
            PatternCheck.difference())
        .validation(
            "cheaper imports lowering the domestic price for those who cannot export",
            "policies.liberalisation.import_price_cut=0");
  }

  static PatternCheck liberalisationAverage() {
    return new PatternCheck(
            "14b",
            14,
            "... even when the average income rises",
            "[AIRCajamarca-nd, “Introducción”]",
            "mean income_mean (USD) over years 9-20, liberalisation minus none",
            Expectation.positive(),
            liberalisationArms(),
            () -> mean("income_mean", 96, 240),
            PatternCheck.difference())
        .validation(
            "the export premium for output meeting the standard",
            "policies.liberalisation.export_gain=0");
  }

  static PatternCheck liberalisationLosers() {
    return new PatternCheck(
            "14c",
            14,
            "... with losers: some households are worse off",
            "[AIRCajamarca-nd, “Introducción”]",
            "share of households whose mean income12 over years 9-20 is over 5% lower with "
                + "liberalisation than without (same household, same seed)",
            Expectation.positive(),
            liberalisationArms(),
            () -> Probes.householdIncomes(96, 240),
            m -> Probes.shareLower(m[0], m[1], 0.05))
        .validation(
            "cheaper imports lowering the domestic price for those who cannot export",
            "policies.liberalisation.import_price_cut=0");
  }

  /** Constant world price in both arms, so that only the policy differs between them. */
  private static List<Arm> liberalisationArms() {
    return List.of(
        Arm.of("liberalisation", LIBERALISATION, "prices.process=constant"),
        Arm.of(
            "no liberalisation",
            LIBERALISATION,
            "prices.process=constant",
            "policies.liberalisation.enabled=false"));
  }

  // ---- calibration: break-even membership -----------------------------------------------

  static PatternCheck breakEvenMembership() {
    List<Arm> arms = new ArrayList<>();
    for (int m : BREAK_EVEN_MEMBERS) {
      arms.add(arm(m + " members", PERU, BREAK_EVEN_SETTING, "producers.count=" + m));
    }
    return new PatternCheck(
            "C2",
            0,
            "Calibration: break-even membership of the Peru coffee "
                + "cooperative is 70-150 (sources: ~100)",
            MUNOZ_CH3,
            "members at which one plain cooperative's reserve stops falling (yearly change over "
                + "years 2-20 under the scenario's volatile price, interpolated over "
                + BREAK_EVEN_MEMBERS.length
                + " sizes from 40 to 200)",
            Expectation.within(70, 150),
            arms,
            () ->
                Probes.combine(
                    at("mean_reserve", 239),
                    at("mean_reserve", 11),
                    (late, early) -> (late - early) / 19),
            m -> BreakEven.members(BREAK_EVEN_MEMBERS, PatternCheck.scalars(m)))
        .calibration(
            "peru-coffee-cooperatives.yaml: cooperatives.fixed_cost_per_month (3,300 "
                + "USD), tried at 2,300, 3,300, 3,500, 3,650, 3,800, 4,000 and 5,000 on seeds 1-10")
        .failsKnowingly(
            "the statistic is too noisy for its range on the 10 fitting seeds: "
                + "fixed cost 3,300 USD gives 65 [48, 82] members, 3,500 gives 70 [51, 89], 3,650 "
                + "gives 75 [52, 99], 3,800 gives 76 [54, 97], and from 4,000 some seed's reserve "
                + "still falls at 200 members (an infinite break-even); no fixed cost puts the "
                + "interval inside [70, 150]. Decision needed: more fitting seeds, a steadier "
                + "statistic (a constant price, or the median over seeds), or a wider range");
  }

  /**
   * One plain cooperative (no certification, no buyer contract) whose members all stay and deliver
   * as they choose, at the base price: only its size varies.
   */
  static final String[] BREAK_EVEN_SETTING = {
    "years=20",
    "territory.width_km=10",
    "territory.height_km=10",
    "territory.clusters=1",
    "cooperatives.count=1",
    "cooperatives.reach_km=30",
    "producers.initial_member_share=1",
    "producers.switch_probability=0",
    "cooperatives.successful_exit=0",
    "cooperatives.expulsion_probability=0",
    "cooperatives.mismanagement_rate=0",
    "cooperatives.formation.enabled=false",
    "cooperatives.min_members=1",
    "cooperatives.credit_line=1000000",
    "cooperatives.initial_reserve=0",
    "cooperatives.certification.share=0",
    "cooperatives.buyer_contract.share=0",
    "intermediaries.count=2"
  };

  private static Arm arm(String label, String scenario, String[] common, String... own) {
    List<String> overrides = new ArrayList<>(List.of(common));
    overrides.addAll(List.of(own));
    return new Arm(label, scenario, overrides);
  }
}
