package org.minga.model;

import org.minga.scenario.FirmConfig;
import org.minga.scenario.IntermediaryConfig;

/**
 * The SELL_ON phase (docs/model.md 3, 7.9): buyers sell on. Firms buy their share from
 * intermediaries (every exporter does, to absorb swings, [MunozViana-nd, ch. 4 “Inserción de los
 * pequeños productores en los mercados”]); when firms' demand exceeds what intermediaries hold,
 * they bid up and pay a scarcity premium, most of which intermediaries keep ([MunozViana-nd, ch. 4
 * “Inserción de los pequeños productores en los mercados”]). Intermediaries sell the rest to
 * exporters; cooperatives sell their pool; firms export everything they hold.
 */
final class SellOn {
  private SellOn() {}

  static void run(MingaModel m) {
    CooperativeSale.run(m);
    intermediariesToFirms(m);
    intermediariesToExporters(m);
    firmsExport(m);
  }

  private static void intermediariesToFirms(MingaModel m) {
    double share = m.harvestShare(m.month());
    double demand = 0;
    for (TractorFirm f : m.firms) {
      if (f.isActive()) {
        demand += f.intermediaryDemandYear() * share;
      }
    }
    double supply = 0;
    for (Intermediary i : m.intermediaries) {
      supply += i.isActive() ? i.stock() : 0;
    }
    IntermediaryConfig ic = m.sc.intermediaries();
    m.prices.setScarcityPremium(
        demand > supply && demand > 0 ? ic.scarcityPremiumSlope() * (demand - supply) / demand : 0);
    if (demand <= 0 || supply <= 0) {
      return;
    }
    double bought = Math.min(demand, supply);
    double price = m.prices.domestic * (1 + m.prices.scarcityPremium);
    for (Intermediary i : m.intermediaries) {
      if (!i.isActive() || i.stock() <= 0) {
        continue;
      }
      double q = i.stock() * bought / supply;
      double value = q * price;
      i.sellToFirms(q, value);
      // The firms pay their parts of the purchase through clearing, the trader is paid whole.
      m.ledger.outOfClearing(i, value, Ledger.Reason.PURCHASE);
      for (TractorFirm f : m.firms) {
        if (f.isActive() && f.intermediaryDemandYear() > 0) {
          double part = f.intermediaryDemandYear() * share / demand;
          f.buyFromIntermediaries(q * part, value * part);
          m.ledger.intoClearing(f, value * part);
        }
      }
    }
  }

  private static void intermediariesToExporters(MingaModel m) {
    double handling = m.sc.intermediaries().handlingCost();
    for (Intermediary i : m.intermediaries) {
      if (!i.isActive()) {
        continue;
      }
      double value = i.stock() * m.prices.domestic;
      double cost =
          handling * i.boughtVolumeMonth()
              + i.transportCostMonth()
              + m.sc.intermediaries().fixedCostPerMonth();
      m.ledger.saleNetOfCosts(i, value, cost);
      i.sellRestToExporters(value, cost);
    }
  }

  private static void firmsExport(MingaModel m) {
    for (TractorFirm f : m.firms) {
      if (!f.isActive() || f.stock() <= 0) {
        continue;
      }
      FirmConfig fc = f.config();
      double value =
          f.stock()
              * m.prices.world
              * (1 + fc.exportPremium())
              * Liberalisation.exportFactor(m, f.quality());
      m.ledger.transfer(Ledger.Account.WORLD_BUYERS, f, value, Ledger.Reason.SALE);
      f.export(value);
    }
  }
}
