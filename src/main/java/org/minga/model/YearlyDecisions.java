package org.minga.model;

/**
 * The YEARLY phase (docs/model.md 3): at the scenario's assembly month, once a full year has run,
 * the yearly decisions in a fixed order: season-end checks (only for commodities harvested all
 * year), buyer contracts, trust, assistance, membership, dissolution, formation, seasonal
 * re-formation, maturity and certification, intermediary entry, firms' renewal, exit and entry,
 * leaving and returning to farming; then insolvent cooperatives dissolve, the rest commit their
 * volume for the year, and producers' nearest cooperatives are updated if the set of active
 * cooperatives changed.
 */
final class YearlyDecisions {
  private YearlyDecisions() {}

  static void runIfAssembly(MingaModel m) {
    if (!m.isAssembly(m.step)) {
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
    ContractBreach.lapseBlacklists(m);
    FirmEntry.yearly(m);
    LeavingFarming.yearly(m);
    BuyerContracts.commitAll(m);
    if (cooperativesOpenedOrDissolvedNow(m)) {
      Reach.updateCooperatives(m);
    }
  }

  /**
   * Whether a cooperative opened or dissolved at this step: otherwise producers' nearest
   * cooperatives are already those a full update would give, and updating (a pass over every
   * producer and cooperative) is skipped. That holds because every other change of the active set
   * updates reach at once (openings at the start and by the state programme, dissolutions by {@link
   * CooperativeDissolution#checkMonthly}), except a seasonal group dissolving after its season, and
   * every such group is re-formed at the next assembly, that is now.
   */
  static boolean cooperativesOpenedOrDissolvedNow(MingaModel m) {
    for (Cooperative c : m.cooperatives) {
      if (c.life().createdAt() == m.step || (!c.isActive() && c.dissolvedAt() == m.step)) {
        return true;
      }
    }
    return false;
  }
}
