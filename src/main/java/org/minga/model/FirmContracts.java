package org.minga.model;

import org.minga.scenario.FirmConfig;

/**
 * docs/model.md 7.9: a firm's running of its contracts. It advances input credit at the start of
 * each season (repaid from deliveries), pays assistance and fixed costs, renews contracts every
 * contract period dropping unreliable producers and refilling to target, and exits after sustained
 * losses (or when a scenario event says so). When it leaves, its contract farmers lose premium,
 * assistance and credit at once and fall back to intermediaries (lock-in, [MunozViana-nd, ch. 4
 * “Inserción de los pequeños productores en los mercados”]).
 */
final class FirmContracts {
  /** Reliability below which a producer is dropped at renewal. Assumption. */
  static final double MIN_RELIABILITY = 0.7;

  private FirmContracts() {}

  /** At the first harvest month of the season, contract farmers receive input credit. */
  static void inputCredit(MingaModel m) {
    if (!firstHarvestMonth(m)) {
      return;
    }
    for (TractorFirm f : m.firms) {
      if (!f.isActive()) {
        continue;
      }
      for (int k = 0; k < f.contractedCount(); k++) {
        Producer p = m.producers[f.contracted().get(k)];
        boolean free = p.debt() <= 0 || p.hasCreditor(Producer.FIRM_CREDITOR, f.index());
        if (!free) {
          continue;
        }
        double amount = f.config().inputCreditPerHa() * p.area();
        m.ledger.transfer(f, p, amount, Ledger.Reason.LOAN);
        p.borrowFrom(Producer.FIRM_CREDITOR, f.index(), amount);
      }
    }
  }

  private static boolean firstHarvestMonth(MingaModel m) {
    return Production.seasonStartsIn(m, m.month());
  }

  static void monthlyCosts(MingaModel m) {
    for (TractorFirm f : m.firms) {
      if (!f.isActive()) {
        continue;
      }
      FirmConfig fc = f.config();
      double assistance = fc.assistanceCost() * f.contractedCount() / 12;
      double fund = assistance * FirmEntry.cofinancingShare(m);
      double cost = fc.fixedCostPerYear() / 12 + assistance - fund;
      // The fund pays the assistance providers directly: public money that never passes
      // through the firm's accounts, so it is counted as spending but not in the ledger.
      m.book.publicSpending.add(fund);
      m.ledger.transfer(f, Ledger.Account.OPERATING_COSTS, cost, Ledger.Reason.OPERATING_COSTS);
      f.bookCost(cost);
    }
  }

  static void yearly(MingaModel m) {
    for (TractorFirm f : m.firms) {
      if (!f.isActive()) {
        continue;
      }
      double saving = FirmEntry.taxSaving(m, f.purchasesYear());
      m.ledger.transfer(Ledger.Account.GRANTS, f, saving, Ledger.Reason.GRANT);
      f.bookIncome(saving);
      m.book.publicSpending.add(saving);
      f.closeYear();
      if (f.lossYears() >= f.config().exitLossYears()) {
        exit(m, f);
        continue;
      }
      int years = (m.step - f.enteredAt()) / 12;
      if (years > 0 && years % f.config().contractYears() == 0) {
        renew(m, f);
      }
    }
  }

  private static void renew(MingaModel m, TractorFirm f) {
    for (int k = f.contractedCount() - 1; k >= 0; k--) {
      Producer p = m.producers[f.contracted().get(k)];
      if (p.reliability() < MIN_RELIABILITY || !p.isActive()) {
        terminate(m, f, p);
      }
    }
    ProducerSelection.fill(m, f);
  }

  /** Ends one contract; an outstanding input credit is written off by the firm. */
  static void terminate(MingaModel m, TractorFirm f, Producer p) {
    f.terminate(p.id);
    p.endContract();
    if (p.hasCreditor(Producer.FIRM_CREDITOR, f.index())) {
      Credit.writeOff(m, p);
    }
  }

  /** The firm leaves: every contract ends, its capital leaves the territory. */
  static void exit(MingaModel m, TractorFirm f) {
    if (!f.isActive()) {
      return;
    }
    while (f.contractedCount() > 0) {
      terminate(m, f, m.producers[f.contracted().get(f.contractedCount() - 1)]);
    }
    f.exit(m.step);
    m.ledger.transfer(f, Ledger.Account.EXIT_WITHDRAWALS, f.cash(), Ledger.Reason.EXIT);
  }
}
