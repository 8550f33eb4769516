package org.minga.model;

import org.minga.model.random.RandomStream;
import org.minga.model.random.StreamName;
import org.minga.scenario.IntermediaryConfig;

/**
 * MODEL.md 5.7: intermediaries enter when margins have been profitable for a year (mean
 * trailing profit above the entry threshold) and exit after sustained losses; scheduled events
 * can add or remove them. Exiting takes the capital out and leaves its loans unpaid.
 */
final class IntermediaryEntryExit {
  private IntermediaryEntryExit() {}

  static Intermediary open(MingaModel m, double x, double y, boolean updateReach) {
    IntermediaryConfig ic = m.sc.intermediaries();
    Intermediary i = new Intermediary(m.intermediaries.size(), x, y, ic.capital(),
        ic.baseMargin());
    m.ledger.in(Ledger.Account.ENTRY_CAPITAL, ic.capital());
    m.intermediaries.add(i);
    if (updateReach) {
      Reach.updateIntermediaries(m);
    }
    return i;
  }

  static void close(MingaModel m, Intermediary i) {
    i.active = false;
    m.ledger.out(Ledger.Account.EXIT_WITHDRAWALS, i.capital);
    i.capital = 0;
    for (Producer p : m.producers) {
      if (p.creditorKind == Producer.INTERMEDIARY_CREDITOR && p.creditor == i.index) {
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
      if (i.active) {
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
    return open(m, p.x, p.y, false);
  }

  static void exitAfterLosses(MingaModel m) {
    boolean changed = false;
    for (Intermediary i : m.intermediaries) {
      if (i.active && i.lossMonths >= m.sc.intermediaries().exitLossMonths()) {
        close(m, i);
        changed = true;
      }
    }
    if (changed) {
      Reach.updateIntermediaries(m);
    }
  }

  static void yearlyEntry(MingaModel m) {
    IntermediaryConfig ic = m.sc.intermediaries();
    int active = 0;
    double profit = 0;
    for (Intermediary i : m.intermediaries) {
      if (i.active) {
        active++;
        profit += i.profit12;
      }
    }
    if (active > 0 && active < ic.maxCount() && profit / active > ic.entryProfit()) {
      Intermediary added = openAtRandomProducer(m);
      if (added != null) {
        // Every exit updates reach at once, so only the newcomer changes what producers reach.
        Reach.intermediaryOpened(m, added);
      }
    }
  }
}
