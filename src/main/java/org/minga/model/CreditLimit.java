package org.minga.model;

import org.minga.scenario.HouseholdCreditConfig;

/**
 * Lenders' limit on a household's debt (docs/model.md 7.5 and 7.9: they lend to cash-short
 * producers against the crop): debt may not exceed `credit.limit_harvest_share` x the expected
 * value of the next yearly harvest (expected output x domestic price), times
 * `credit.limit_after_default` for each past default; a household that defaulted gets no new loan
 * at all for `credit.refusal_years`.
 */
final class CreditLimit {
  private CreditLimit() {}

  /** How much more the household may borrow now (0 when refused or at its limit). */
  static double headroom(MingaModel m, Producer p) {
    if (m.step < m.records.refusedUntil(p.id)) {
      return 0;
    }
    return Math.max(0, limit(m, p) - p.debt());
  }

  /** The most the household may owe: crop collateral, tightened after each default. */
  static double limit(MingaModel m, Producer p) {
    HouseholdCreditConfig cc = m.sc.producers().credit();
    double harvest =
        p.expectedYearlyOutput(m.sc.policies().technicalAssistance().yieldEffect())
            * m.prices.domestic;
    int defaults = m.records.defaults(p.id);
    double tightening = defaults == 0 ? 1 : Math.pow(cc.limitAfterDefault(), defaults);
    return cc.limitHarvestShare() * harvest * tightening;
  }
}
