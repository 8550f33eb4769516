package org.minga.model;

/**
 * Phase 8 (MODEL.md 4): at the scenario's assembly month, once a full year has run, the yearly
 * decisions in a fixed order: season-end checks (only for commodities harvested all year),
 * buyer contracts, trust, assistance, membership, dissolution, formation, seasonal
 * re-formation, maturity and certification, intermediary entry, firms' renewal, exit and entry,
 * leaving and returning to farming; then insolvent cooperatives dissolve, the rest commit their
 * volume for the year, and producers' nearest cooperatives are updated.
 */
final class YearlyDecisions {
  private YearlyDecisions() {}

  static void runIfAssembly(MingaModel m) {
    if (m.month() != m.sc.assemblyMonth() || m.step < 12) {
      return;
    }
    if (!Production.hasSeasons(m)) {
      SideSelling.endOfSeason(m);
    }
    BuyerContracts.yearly(m);
    TrustDynamics.yearly(m);
    TechnicalAssistance.yearly(m);
    Membership.yearly(m);
    CooperativeDissolution.yearly(m);
    CooperativeFormation.yearly(m);
    SeasonalGroups.reform(m);
    Maturity.yearly(m);
    IntermediaryEntryExit.yearlyEntry(m);
    FirmContracts.yearly(m);
    FirmEntry.yearly(m);
    LeavingFarming.yearly(m);
    CooperativeDissolution.checkMonthly(m);
    BuyerContracts.commitAll(m);
    Reach.updateCooperatives(m);
  }
}
