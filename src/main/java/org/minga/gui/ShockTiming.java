package org.minga.gui;

import org.minga.model.MingaModel;

/**
 * Says which month an injected shock hits and why that matters: a price move in the first harvest
 * months meets cooperatives whose advance was just set on last months' prices, and households with
 * a crop to sell; outside the harvest it meets empty stores, and acts through the prices the next
 * harvest is paid at.
 */
final class ShockTiming {
  private ShockTiming() {}

  /** E.g. "From May 1989 (month 40), a harvest month: ...". */
  static String describe(MingaModel m, int step) {
    String when =
        "From "
            + Clock.monthName(step)
            + " "
            + Clock.calendarYear(m, step)
            + " (month "
            + step
            + "), ";
    if (m.isHarvestMonth(MingaModel.monthOf(step))) {
      return when
          + "a harvest month: it meets cooperatives' advances set on past prices and "
          + "households selling their crop now.";
    }
    return when
        + "outside the harvest: little is being sold; it acts on the next harvest's "
        + "prices if it lasts that long.";
  }
}
