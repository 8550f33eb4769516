package org.minga.model;

import org.minga.model.random.RandomStream;
import org.minga.model.random.StreamName;
import org.minga.scenario.IntermediaryConfig;

/**
 * docs/model.md 7.9: intermediaries enter while an entrant expects a profit above the cost of entry
 * (free entry; see yearlyEntry) and exit after sustained losses (a negative trailing-year profit
 * for exit_loss_months months in a row); scheduled events can add or remove them. Exiting takes the
 * capital out and writes its loans off.
 */
final class IntermediaryEntryExit {
  private IntermediaryEntryExit() {}

  static Intermediary open(MingaModel m, double x, double y, boolean updateReach) {
    IntermediaryConfig ic = m.sc.intermediaries();
    Intermediary i = new Intermediary(m.intermediaries.size(), x, y, ic.baseMargin());
    m.ledger.transfer(Ledger.Account.ENTRY_CAPITAL, i, ic.capital(), Ledger.Reason.ENTRY);
    m.intermediaries.add(i);
    if (updateReach) {
      Reach.updateIntermediaries(m);
    }
    return i;
  }

  static void close(MingaModel m, Intermediary i) {
    i.exit();
    m.ledger.transfer(i, Ledger.Account.EXIT_WITHDRAWALS, i.capital(), Ledger.Reason.EXIT);
    for (Producer p : m.producers) {
      if (p.hasCreditor(Producer.INTERMEDIARY_CREDITOR, i.index())) {
        Credit.writeOff(m, p);
      }
    }
  }

  /** Scheduled event: {@code count} enter (positive) or the newest leave (negative). */
  static void change(MingaModel m, int count) {
    for (int k = 0; k < count; k++) {
      openAtRandomProducer(m);
    }
    for (int k = m.intermediaries.size() - 1; k >= 0 && count < 0; k--) {
      Intermediary i = m.intermediaries.get(k);
      if (i.isActive()) {
        close(m, i);
        count++;
      }
    }
    Reach.updateIntermediaries(m);
  }

  /** Opens one at a random producer's place, without updating reach; null without producers. */
  private static Intermediary openAtRandomProducer(MingaModel m) {
    if (m.producers.length == 0) {
      return null;
    }
    // Where the n-th intermediary sets up depends only on the seed and n.
    RandomStream place = m.streams.sequence(StreamName.INTERMEDIARY_ENTRY, m.intermediaries.size());
    Producer p = m.producers[place.nextInt(m.producers.length)];
    return open(m, p.x(), p.y(), false);
  }

  static void exitAfterLosses(MingaModel m) {
    for (Intermediary i : m.intermediaries) {
      if (i.isActive() && i.lossMonths() >= m.sc.intermediaries().exitLossMonths()) {
        close(m, i);
        Reach.intermediaryClosed(m, i); // only producers within its reach change
      }
    }
  }

  /**
   * Free entry: at each assembly, intermediaries enter one at a time while an entrant expects a
   * yearly profit above {@code entry_profit} (the return that covers the cost of setting up), at
   * most {@code max_entry_share} of the active ones a year, {@code max_count} being only a safety
   * cap. An entrant expects an equal share of last year's intermediary volume at the incumbents'
   * realised profit per unit before fixed costs, less the margin that more competition shaves off
   * (IntermediaryMargins.target, with the competitors within reach growing in proportion to the
   * traders), minus a year of fixed costs. Entry so follows marketed volume and margins and stops
   * where one more trader would not pay: the zero-profit condition of free entry.
   */
  static void yearlyEntry(MingaModel m) {
    IntermediaryConfig ic = m.sc.intermediaries();
    int active = 0;
    double profit = 0;
    double margins = 0;
    double competitors = 0;
    for (Intermediary i : m.intermediaries) {
      if (i.isActive()) {
        active++;
        profit += i.profit12();
        margins += i.margin();
        competitors += i.competitors();
      }
    }
    double volume = m.book.volume12(Channel.INTERMEDIARY);
    if (active == 0 || volume <= 0) {
      return; // no market to observe: entry comes only from scheduled events
    }
    Market market =
        new Market(
            volume,
            (profit + active * 12 * ic.fixedCostPerMonth()) / volume,
            margins / active,
            competitors / active,
            active,
            LeavingFarming.meanPriceLastYear(m));
    int cap = Math.min(ic.maxCount(), active + Math.max(1, (int) (ic.maxEntryShare() * active)));
    while (active < cap && market.entrantProfit(ic, active) > ic.entryProfit()) {
      Intermediary added = openAtRandomProducer(m);
      if (added == null) {
        return;
      }
      // Every exit updates reach at once, so only the newcomer changes what producers reach.
      Reach.intermediaryOpened(m, added);
      active++;
    }
  }

  /**
   * What a would-be entrant observes of last year's intermediary market: volume, incumbents' profit
   * per unit before fixed costs, their mean margin and competitors within reach.
   */
  record Market(
      double volume,
      double unitProfit,
      double margin,
      double competitors,
      int incumbents,
      double price) {
    /** Yearly profit the next entrant expects when {@code traders} are already in business. */
    double entrantProfit(IntermediaryConfig ic, int traders) {
      double reachable = competitors * (traders + 1) / incumbents;
      double shaved = Math.max(0, margin - IntermediaryMargins.target(ic, reachable)) * price;
      return (unitProfit - shaved) * volume / (traders + 1) - 12 * ic.fixedCostPerMonth();
    }
  }
}
