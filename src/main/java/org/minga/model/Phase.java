package org.minga.model;

/**
 * The phases of one monthly step (docs/model.md 3), as MASON schedule orderings: every phase of a
 * step runs before the next begins, in this order.
 */
public final class Phase {
  /** Update the world price; apply scheduled events and policy switches. */
  public static final int PRICES_AND_EVENTS = 0;

  /** Cash-short producers borrow (cooperative, public programme or intermediary). */
  public static final int CREDIT = 1;

  /** Producers in a harvest month produce. */
  public static final int HARVEST = 2;

  /** Each channel quotes what it pays now and later. */
  public static final int OFFERS = 3;

  /** Contract obligations, cooperative commitments, then the rest by logit choice. */
  public static final int CHANNEL_CHOICE = 4;

  /** Intermediaries sell to exporters or firms; cooperatives sell pooled volume. */
  public static final int SELL_ON = 5;

  /** Remainders, fixed costs, reserves, households' consumption and income. */
  public static final int SETTLEMENT = 6;

  /** At the assembly month: membership, formation, dissolution, entry and exit. */
  public static final int YEARLY = 7;

  /** Close the month's books (trailing windows) and check invariants when asked. */
  public static final int CLOSE_BOOKS = 8;

  /** Record metrics (attached by the metrics package; the model does not depend on it). */
  public static final int METRICS = 9;

  /** Snake-case names of the phases, indexed by ordering (for profiles and tables). */
  private static final String[] NAMES = {
    "prices_and_events",
    "credit",
    "harvest",
    "offers",
    "channel_choice",
    "sell_on",
    "settlement",
    "yearly",
    "close_books",
    "metrics"
  };

  /** Short labels of the same phases, for table columns. */
  private static final String[] LABELS = {
    "prices", "credit", "harvest", "offers", "choice", "sell_on", "settle", "yearly", "close",
    "metrics"
  };

  /** How many phases a step has (orderings 0 to COUNT - 1). */
  public static final int COUNT = NAMES.length;

  private Phase() {}

  /** The snake-case name of the phase with this ordering. */
  public static String name(int ordering) {
    return NAMES[ordering];
  }

  /** A short label (at most 9 characters) of the phase with this ordering. */
  public static String label(int ordering) {
    return LABELS[ordering];
  }
}
