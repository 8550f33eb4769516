package org.minga.model;

/**
 * The SETTLEMENT phase (docs/model.md 3): cooperatives pay remainders that fall due, fixed costs
 * and collect grants; firms and intermediaries book costs and may exit; households receive off-farm
 * income and pay inputs, interest and subsistence; unsold stock suffers storage losses. After a
 * season's last harvest month, cooperatives settle forward shortfalls and members' delivery records
 * are checked for side-selling.
 */
final class Settlement {
  private Settlement() {}

  static void run(MingaModel m) {
    for (Cooperative c : m.cooperatives) {
      if (c.isActive()) {
        CooperativeFinances.settle(m, c);
      }
    }
    FirmContracts.monthlyCosts(m);
    HouseholdBudget.settle(m);
    if (Production.seasonEndsThisMonth(m)) {
      ForwardSales.settleAll(m);
      SideSelling.endOfSeason(m);
    }
    IntermediaryEntryExit.exitAfterLosses(m);
    CooperativeDissolution.checkMonthly(m);
    SeasonalGroups.dissolveAfterDistributing(m);
  }
}
