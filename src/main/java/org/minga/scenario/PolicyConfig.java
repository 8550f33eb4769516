package org.minga.scenario;

import org.minga.scenario.schema.Checked;
import org.minga.scenario.schema.Param;
import org.minga.scenario.schema.Problems;

/**
 * Policy levers of docs/model.md 7.10. Each lever is in force while {@code enabled} and {@code
 * start <= step < end} ({@code end = -1}: until the end of the run). The workshop window can switch
 * a lever on and off at run time; the model keeps that switch, not this record.
 */
public record PolicyConfig(
    @Param(doc = "Public technical-assistance programme.") TechnicalAssistance technicalAssistance,
    @Param(doc = "Public credit programme.") PublicCredit publicCredit,
    @Param(
            doc =
                "Cooperative promotion: monthly grants to every active cooperative, more "
                    + "formation, and optionally a state programme creating cooperatives at its start.")
        Promotion promotion,
    @Param(doc = "Extra tax deduction on documented purchases from smallholders.")
        TaxDeduction taxDeduction,
    @Param(doc = "Co-financing fund for tractor firms' technical assistance.")
        Cofinancing cofinancing,
    @Param(doc = "Matching grants for the firm's setup cost.") MatchingGrants matchingGrants,
    @Param(doc = "Guaranteed minimum price (price insurance) paid to producers.")
        PriceFloor priceFloor,
    @Param(doc = "Infrastructure: transport cost changes from `start`.")
        Infrastructure infrastructure,
    @Param(doc = "Trade liberalisation: tariff phase-out and rising quality standards.")
        Liberalisation liberalisation,
    @Param(doc = "Certification support: cooperatives become certified.")
        CertificationSupport certificationSupport)
    implements Checked {

  /** Lever timing shared by every policy. */
  public interface Lever {
    boolean enabled();

    int start();

    int end();

    /** Whether the lever is in force at {@code step} according to the scenario. */
    default boolean inForce(int step) {
      return enabled() && step >= start() && (end() < 0 || step < end());
    }
  }

  /** Public technical assistance (capability gains). */
  public record TechnicalAssistance(
      @Param(doc = "Switch.", def = "false") boolean enabled,
      @Param(doc = "First step in force.", unit = "step", def = "0", min = 0) int start,
      @Param(doc = "Step it ends (-1: never).", unit = "step", def = "-1", min = -1) int end,
      @Param(doc = "Share of producers reached.", unit = "share 0-1", def = "0.3", min = 0, max = 1)
          double coverage,
      @Param(
              doc = "Yearly capability gain of reached producers.",
              unit = "score per year",
              def = "0.1",
              min = 0,
              max = 1)
          double gain,
      @Param(
              doc = "Effect of full capability on yield (output x (1 + effect x capability)).",
              unit = "share",
              def = "0.3",
              min = 0,
              max = 3,
              source = "assumption")
          double yieldEffect,
      @Param(
              doc = "Public cost per producer reached per year.",
              unit = "USD/year",
              def = "80",
              min = 0)
          double costPerProducer)
      implements Lever {}

  /** Public credit for cash-short producers at a low rate. */
  public record PublicCredit(
      @Param(doc = "Switch.", def = "false") boolean enabled,
      @Param(doc = "First step in force.", unit = "step", def = "0", min = 0) int start,
      @Param(doc = "Step it ends (-1: never).", unit = "step", def = "-1", min = -1) int end,
      @Param(
              doc = "Share of producers eligible.",
              unit = "share 0-1",
              def = "0.5",
              min = 0,
              max = 1)
          double coverage,
      @Param(
              doc = "Monthly interest.",
              unit = "per month",
              def = "0.01",
              min = 0,
              max = 1,
              plausibleMax = 0.2)
          double interest)
      implements Lever {}

  /**
   * Cooperative promotion programme: grants, more formation, a state programme ([RedEAmerica-nd,
   * “Recursos: acceso a los recursos financieros y no financieros…”, “Temas críticos”]).
   */
  public record Promotion(
      @Param(doc = "Switch.", def = "false") boolean enabled,
      @Param(doc = "First step in force.", unit = "step", def = "0", min = 0) int start,
      @Param(doc = "Step it ends (-1: never).", unit = "step", def = "-1", min = -1) int end,
      @Param(
              doc = "Grant paid to each cooperative per month while in force.",
              unit = "USD/month",
              def = "1500",
              min = 0)
          double grantPerMonth,
      @Param(
              doc = "Multiplier on the yearly formation probability while in force.",
              def = "5",
              min = 0,
              unit = "factor",
              plausibleMin = 1,
              plausibleMax = 20)
          double formationMultiplier,
      @Param(
              doc = "Creates this many cooperatives at `start` (a state programme).",
              unit = "cooperatives",
              def = "0",
              min = 0)
          int createAtStart,
      @Param(
              doc = "Share of producers within reach enrolled in the created cooperatives.",
              unit = "share 0-1",
              def = "0.6",
              min = 0,
              max = 1)
          double enrolShare,
      @Param(
              doc =
                  "Share of groups formed only to obtain the support (free riders): their "
                      + "members' trust collapses when the support ends.",
              unit = "share 0-1",
              def = "0.3",
              min = 0,
              max = 1,
              source = "[MunozViana-nd, ch. 3 “Asociatividad de los pequeños " + "productores”]")
          double freeRiderShare)
      implements Lever {}

  /**
   * Tax deduction on documented smallholder purchases (Ley 32434, [HacerPeru-nd, “CUATRO OPCIONES
   * DE POLÍTICA CONCURRENTES…”, component 1]).
   */
  public record TaxDeduction(
      @Param(doc = "Switch.", def = "false") boolean enabled,
      @Param(doc = "First step in force.", unit = "step", def = "0", min = 0) int start,
      @Param(doc = "Step it ends (-1: never).", unit = "step", def = "-1", min = -1) int end,
      @Param(
              doc = "Extra deduction on documented purchases.",
              unit = "share 0-1",
              def = "0.25",
              min = 0,
              max = 1,
              source =
                  "[HacerPeru-nd, “CUATRO OPCIONES DE POLÍTICA CONCURRENTES…”, " + "component 1]")
          double rate,
      @Param(
              doc = "Corporate income tax rate the deduction saves.",
              unit = "share 0-1",
              def = "0.295",
              min = 0,
              max = 1,
              source = "assumption: Peru's general rate")
          double taxRate)
      implements Lever {}

  /**
   * Co-financing fund for technical assistance ([HacerPeru-nd, “CUATRO OPCIONES DE POLÍTICA
   * CONCURRENTES…”, component 2]).
   */
  public record Cofinancing(
      @Param(doc = "Switch.", def = "false") boolean enabled,
      @Param(doc = "First step in force.", unit = "step", def = "0", min = 0) int start,
      @Param(doc = "Step it ends (-1: never).", unit = "step", def = "-1", min = -1) int end,
      @Param(
              doc = "Share of the firm's assistance cost paid by the fund.",
              unit = "share 0-1",
              def = "0.5",
              min = 0,
              max = 1,
              source =
                  "[HacerPeru-nd, “CUATRO OPCIONES DE POLÍTICA " + "CONCURRENTES…”, component 2]")
          double share)
      implements Lever {}

  /**
   * Matching grants for setup ([RedEAmerica-nd, “Promover el acceso a servicios especializados…”]).
   */
  public record MatchingGrants(
      @Param(doc = "Switch.", def = "false") boolean enabled,
      @Param(doc = "First step in force.", unit = "step", def = "0", min = 0) int start,
      @Param(doc = "Step it ends (-1: never).", unit = "step", def = "-1", min = -1) int end,
      @Param(
              doc = "Public share of the setup cost.",
              unit = "share 0-1",
              def = "0.8",
              min = 0,
              max = 1,
              source = "[RedEAmerica-nd, “Promover el acceso a servicios " + "especializados…”]")
          double publicShare)
      implements Lever {}

  /**
   * Price insurance or floor ([MunozViana-nd, ch. 6, “Impactos del contexto y de las políticas
   * globales…”]).
   */
  public record PriceFloor(
      @Param(doc = "Switch.", def = "false") boolean enabled,
      @Param(doc = "First step in force.", unit = "step", def = "0", min = 0) int start,
      @Param(doc = "Step it ends (-1: never).", unit = "step", def = "-1", min = -1) int end,
      @Param(
              doc = "Guaranteed price per unit sold; the state pays the difference.",
              unit = "USD/unit",
              def = "90",
              min = 0,
              plausibleMax = 2,
              plausibleOf = "prices.base")
          double floor)
      implements Lever {}

  /** Infrastructure ([Rimisp-nd, p. 9, “En situaciones donde existan mercados dinámicos…”]). */
  public record Infrastructure(
      @Param(doc = "Switch.", def = "false") boolean enabled,
      @Param(doc = "First step in force.", unit = "step", def = "0", min = 0) int start,
      @Param(doc = "Step it ends (-1: never).", unit = "step", def = "-1", min = -1) int end,
      @Param(
              doc = "Multiplier on transport cost per km while in force.",
              def = "0.5",
              min = 0,
              unit = "factor",
              plausibleMin = 0.1,
              plausibleMax = 2)
          double transportMultiplier)
      implements Lever {}

  /**
   * Trade liberalisation ([MunozViana-nd, ch. 6, “Impactos del contexto y de las políticas
   * globales…”]; [AIRCajamarca-nd, part II “Los retos de la AIR frente a la globalización”]).
   */
  public record Liberalisation(
      @Param(doc = "Switch.", def = "false") boolean enabled,
      @Param(doc = "First step in force.", unit = "step", def = "0", min = 0) int start,
      @Param(doc = "Step it ends (-1: never).", unit = "step", def = "-1", min = -1) int end,
      @Param(
              doc = "Months over which tariffs are phased out.",
              unit = "months",
              def = "60",
              min = 1)
          int phaseOutMonths,
      @Param(
              doc = "Fall of the domestic price from cheaper imports once phased out.",
              unit = "share 0-1",
              def = "0.2",
              min = 0,
              max = 1)
          double importPriceCut,
      @Param(
              doc =
                  "Quality standard reached once phased out: output below it sells at a "
                      + "penalty.",
              unit = "score 0-1",
              def = "0.55",
              min = 0,
              max = 1)
          double qualityStandard,
      @Param(
              doc = "Price penalty on output below the standard.",
              unit = "share 0-1",
              def = "0.25",
              min = 0,
              max = 1)
          double penalty,
      @Param(
              doc = "Export premium for output meeting the standard (new markets).",
              unit = "share of price",
              def = "0.15",
              min = 0,
              max = 2,
              plausibleMax = 0.5)
          double exportGain)
      implements Lever {}

  /** Certification support. */
  public record CertificationSupport(
      @Param(doc = "Switch.", def = "false") boolean enabled,
      @Param(doc = "First step in force.", unit = "step", def = "0", min = 0) int start,
      @Param(doc = "Step it ends (-1: never).", unit = "step", def = "-1", min = -1) int end,
      @Param(
              doc = "Yearly probability that an uncertified cooperative gets certified.",
              unit = "probability",
              def = "0.3",
              min = 0,
              max = 1)
          double probability)
      implements Lever {}

  /** Every lever, in a fixed order, for uniform checks and for the window's switches. */
  public java.util.List<Lever> levers() {
    return java.util.List.of(
        technicalAssistance,
        publicCredit,
        promotion,
        taxDeduction,
        cofinancing,
        matchingGrants,
        priceFloor,
        infrastructure,
        liberalisation,
        certificationSupport);
  }

  /** YAML names of {@link #levers()}, same order. */
  public static final java.util.List<String> LEVER_KEYS =
      java.util.List.of(
          "technical_assistance",
          "public_credit",
          "promotion",
          "tax_deduction",
          "cofinancing",
          "matching_grants",
          "price_floor",
          "infrastructure",
          "liberalisation",
          "certification_support");

  @Override
  public void check(Problems p) {
    java.util.List<Lever> all = levers();
    for (int i = 0; i < all.size(); i++) {
      Lever l = all.get(i);
      if (!l.enabled()) {
        continue;
      }
      if (l.start() >= p.horizonSteps()) {
        p.add(
            LEVER_KEYS.get(i) + ".start",
            "starts at step "
                + l.start()
                + ", after the "
                + "horizon ("
                + p.horizonSteps()
                + " steps); use a step from 0 to "
                + (p.horizonSteps() - 1));
      }
      if (l.end() >= 0 && l.end() <= l.start()) {
        p.add(
            LEVER_KEYS.get(i) + ".end",
            "ends at step "
                + l.end()
                + ", not after its start "
                + l.start()
                + "; use a later step, or -1 for never");
      }
    }
  }
}
