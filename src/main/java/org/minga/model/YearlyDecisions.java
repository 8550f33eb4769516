package org.minga.model;

/**
 * Phase 8 (MODEL.md 4): at the scenario's assembly month, once a full year has run, the yearly
 * decisions in a fixed order: season-end checks, buyer contracts, trust, assistance, membership,
 * dissolution, formation, seasonal re-formation, maturity and certification, intermediary entry,
 * firms' renewal, exit and entry, leaving and returning to farming.
 */
final class YearlyDecisions {
  private YearlyDecisions() {}

  static void runIfAssembly(MingaModel m) {
    if (m.month() != m.sc.assemblyMonth() || m.step < 12) {
      return;
    }
    SideSelling.endOfSeason(m);
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
