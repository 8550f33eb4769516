package org.minga.model;

import org.minga.model.random.StreamName;
import org.minga.scenario.FirmConfig;

/**
 * docs/model.md 7.4: a contract farmer diverting volume is in breach. Detection (see {@link
 * Exclusivity}) is graded: a diversion up to the firm's `breach_tolerance` is ignored; a first
 * detected breach brings a warning and a price penalty on the diverted volume; a second one within
 * `breach_repeat_years`, or a single diversion above `breach_large_share`, ends the contract, and
 * the firm does not contract that producer again for `blacklist_years`.
 */
final class ContractBreach {
  private ContractBreach() {}

  /** Share of its output a contract farmer diverts, by logit on the gain net of sanction. */
  static double divertedShare(
      MingaModel m, Producer p, TractorFirm f, double contractValue, double alternativeValue) {
    if (alternativeValue <= 0) {
      return 0;
    }
    double sanction =
        Exclusivity.monthlyDetection(m, f) * f.config().breachSanction() * m.prices.world;
    return ChannelChoice.logistic(m, p, alternativeValue - sanction - contractValue);
  }

  /**
   * After a month's delivery with {@code divertedShare} of the stock ({@code divertedUnits}) sold
   * elsewhere: reliability learns, and a diversion above the tolerance may be detected.
   */
  static void maybeDetect(
      MingaModel m, Producer p, TractorFirm f, double divertedShare, double divertedUnits) {
    FirmConfig fc = f.config();
    p.recordDiversion(divertedShare);
    if (divertedShare <= fc.breachTolerance()
        || !m.chance(StreamName.CONTRACT_BREACH, p.id, 0, Exclusivity.monthlyDetection(m, f))) {
      return;
    }
    m.book.firmBreach();
    boolean repeated =
        m.records.lastBreachStep(p.id) >= 0
            && m.step - m.records.lastBreachStep(p.id) < 12 * fc.breachRepeatYears();
    if (repeated || divertedShare > fc.breachLargeShare()) {
      FirmContracts.terminate(m, f, p);
      p.blacklist();
      m.records.blacklist(p.id, m.step);
      m.book.firmTermination();
      return;
    }
    m.records.recordBreach(p.id, m.step);
    // Warning and price penalty: the firm takes back part of what it paid, as far as the
    // producer's cash goes (a transfer inside the model).
    double penalty =
        Math.min(
            Math.max(0, p.cash()),
            fc.breachPenalty() * ContractOffer.price(m, f, p) * divertedUnits);
    m.ledger.transfer(p, f, penalty, Ledger.Reason.PENALTY);
    p.bearCost(penalty);
    f.bookIncome(penalty);
  }

  /**
   * Yearly: a blacklisting lapses once it is older than every firm's `blacklist_years`, so the
   * count of blacklisted producers is of those some firm still bars (a firm checks its own years
   * when it selects, see {@link #barred}).
   */
  static void lapseBlacklists(MingaModel m) {
    int longest = 0;
    for (TractorFirm f : m.firms) {
      longest = Math.max(longest, 12 * f.config().blacklistYears());
    }
    for (Producer p : m.producers) {
      if (p.isBlacklisted() && m.step - m.records.blacklistedAt(p.id) >= longest) {
        p.liftBlacklist();
      }
    }
  }

  /** Whether a terminated producer is still barred from a contract with {@code f}. */
  static boolean barred(MingaModel m, TractorFirm f, Producer p) {
    if (!p.isBlacklisted()) {
      return false;
    }
    if (m.step - m.records.blacklistedAt(p.id) >= 12 * f.config().blacklistYears()) {
      p.liftBlacklist();
      return false;
    }
    return true;
  }
}
