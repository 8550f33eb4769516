package org.minga.model;

import org.minga.model.Policies.Lever;
import org.minga.scenario.EventsConfig;

/**
 * The PRICES_AND_EVENTS phase (docs/model.md 3): in January, start the calendar year's records;
 * update the world price and apply scheduled events: lever changes (as the workshop window makes
 * them), policy switches, channel shutdowns, forced firm exits, intermediary entries and exits,
 * state programmes.
 */
final class PricesAndEvents {
  private PricesAndEvents() {}

  static void run(MingaModel m) {
    if (m.month() == 1) {
      startCalendarYear(m);
    }
    int s = m.step;
    for (EventsConfig.LeverChange lc : m.sc.events().leverChanges()) {
      if (lc.at() == s) { // in file order: the last change at a step wins
        m.policies.override(Policies.Lever.of(lc.lever()), Policies.Override.of(lc.state()));
      }
    }
    m.policies.update(s);
    m.prices.moveTo(m.step, Liberalisation.domesticFactor(m));
    m.setTransportMultiplier(
        m.policies.inForce(Lever.INFRASTRUCTURE)
            ? m.sc.policies().infrastructure().transportMultiplier()
            : 1);
    EventsConfig ev = m.sc.events();
    for (Channel c : Channel.ALL) {
      m.setChannelOpen(c, true);
    }
    m.setChannelOpen(Channel.LOCAL_MARKET, m.sc.commodity().localMarket().enabled());
    for (EventsConfig.Shutdown sd : ev.shutdowns()) {
      if (sd.closedAt(s)) {
        m.setChannelOpen(Channel.of(sd.channel()), false);
      }
    }
    for (EventsConfig.FirmExit fe : ev.firmExits()) {
      if (fe.at() == s) {
        FirmContracts.exit(m, m.firms[fe.firm()]);
      }
    }
    for (EventsConfig.IntermediaryChange ic : ev.intermediaryChanges()) {
      if (ic.at() == s) {
        IntermediaryEntryExit.change(m, ic.count());
      }
    }
    if (m.policies.justStarted(Lever.PROMOTION)) {
      CooperativeFormation.stateProgramme(m);
    }
    if (m.policies.justEnded(Lever.PROMOTION)) {
      FreeRiding.supportEnded(m);
    }
  }

  /** Yearly bookkeeping at the start of each January: clears the per-year household records. */
  private static void startCalendarYear(MingaModel m) {
    for (Producer p : m.producers) {
      p.startCalendarYear();
    }
    if (m.householdPanel != null) {
      m.householdPanel.startYear();
    }
  }
}
