package org.minga.model;

import org.minga.model.Policies.Lever;
import org.minga.scenario.FirmConfig;
import org.minga.scenario.PolicyConfig;

/**
 * docs/model.md 7.9, entry: a firm enters when its expected yearly profit (export margin on
 * contract and bought volume, plus the value of extra months of supply, [HacerPeru-nd, “CUATRO
 * OPCIONES DE POLÍTICA CONCURRENTES…”]) over its payback horizon covers the setup cost of the
 * consortium. Policies lower the bar: the tax deduction on documented purchases (Ley 32434, 25%,
 * [HacerPeru-nd, “CUATRO OPCIONES DE POLÍTICA CONCURRENTES…”, component 1]), the co-financing fund
 * for assistance ([HacerPeru-nd, “CUATRO OPCIONES DE POLÍTICA CONCURRENTES…”, component 2]) and
 * matching grants (80% public, [RedEAmerica-nd, “Promover el acceso a servicios especializados…”]).
 */
final class FirmEntry {
  private FirmEntry() {}

  static void yearly(MingaModel m) {
    int year = m.step / 12;
    for (TractorFirm f : m.firms) {
      if (f.hasEntered() || year < f.config().entryYear()) {
        continue;
      }
      boolean always = f.config().entryRule() == FirmConfig.EntryRule.ALWAYS;
      if (always || expectedYearlyProfit(m, f) * f.config().paybackYears() >= setupCost(m, f)) {
        enter(m, f);
      }
    }
  }

  /** Setup cost net of matching grants. */
  static double setupCost(MingaModel m, TractorFirm f) {
    double share =
        m.policies.inForce(Lever.MATCHING_GRANTS)
            ? m.sc.policies().matchingGrants().publicShare()
            : 0;
    return f.config().setupCost() * (1 - share);
  }

  /** Expected profit per year at the trailing mean world price, with policies in force. */
  static double expectedYearlyProfit(MingaModel m, TractorFirm f) {
    FirmConfig fc = f.config();
    double price = trailingMeanPrice(m);
    double contractVolume = fc.targetProducers() * m.meanOutput;
    double bought = contractVolume * fc.intermediaryShare() / (1 - fc.intermediaryShare() + 1e-9);
    double contractPrice = Math.max(fc.floor(), price * (1 - fc.margin()));
    double purchases = contractVolume * contractPrice + bought * price;
    double sales = (contractVolume + bought) * price * (1 + fc.exportPremium());
    double assistance = fc.assistanceCost() * fc.targetProducers() * (1 - cofinancingShare(m));
    return sales
        - purchases
        + fc.supplyWindowValue()
        + taxSaving(m, purchases)
        - fc.fixedCostPerYear()
        - assistance;
  }

  static double cofinancingShare(MingaModel m) {
    return m.policies.inForce(Lever.COFINANCING) ? m.sc.policies().cofinancing().share() : 0;
  }

  /** Tax saved by the extra deduction on documented purchases from smallholders. */
  static double taxSaving(MingaModel m, double purchases) {
    if (!m.policies.inForce(Lever.TAX_DEDUCTION)) {
      return 0;
    }
    PolicyConfig.TaxDeduction t = m.sc.policies().taxDeduction();
    return t.rate() * t.taxRate() * purchases;
  }

  private static double trailingMeanPrice(MingaModel m) {
    int from = Math.max(0, m.step - 11);
    double s = 0;
    for (int k = from; k <= m.step; k++) {
      s += m.prices.history[k] > 0 ? m.prices.history[k] : m.prices.base();
    }
    return s / (m.step - from + 1);
  }

  static void enter(MingaModel m, TractorFirm f) {
    FirmConfig fc = f.config();
    double contractDemandYear = fc.targetProducers() * m.meanOutput;
    double intermediaryDemandYear =
        contractDemandYear * fc.intermediaryShare() / (1 - fc.intermediaryShare() + 1e-9);
    f.enter(m.step, contractDemandYear, intermediaryDemandYear);
    double workingCapital =
        (f.contractDemandYear() + f.intermediaryDemandYear()) * m.prices.base() / 2;
    // Matching grants pay their share of the setup cost to the suppliers of the consortium.
    m.book.publicSpending.add(f.config().setupCost() - setupCost(m, f));
    m.ledger.transfer(Ledger.Account.ENTRY_CAPITAL, f, workingCapital, Ledger.Reason.ENTRY);
    ProducerSelection.fill(m, f);
  }
}
