package org.minga.model;

/**
 * Who holds stock to sell at this month's channel choice, by id, so that the choice's shuffled pass
 * visits only them: in months without harvest, few. Whether a producer sells depends only on its
 * own stock and status, which no other producer's sale changes; so the flags are set before the
 * pass, in id order (sequential memory): the same choices in the same order as checking inside the
 * shuffled loop. In harvest months the harvest sets them as it adds stock (nothing between harvest
 * and choice changes stock or activity), which saves a pass; in other months only those who held
 * stock after the last settlement can sell (only the harvest adds stock), and usually nobody does.
 * One per model, made at the start.
 */
final class StockHolders {
  /** The sellers of a month in which nobody can sell. */
  private static final boolean[] NOBODY = new boolean[0];

  private final boolean[] holds;

  /**
   * Active producers still holding stock after the last settlement (all of them before the first):
   * with none and no harvest, no one sells this month.
   */
  private int holdersAfterSettlement;

  StockHolders(int producers) {
    holds = new boolean[producers];
    holdersAfterSettlement = producers;
  }

  /** At harvest, once {@code p}'s output is in its stock: whether it has something to sell. */
  void afterHarvest(Producer p) {
    holds[p.id] = holdsStock(p);
  }

  /** Whether {@code p} has something to sell: active, with stock. */
  static boolean holdsStock(Producer p) {
    return p.isActive() && p.stock() > 1e-9;
  }

  /** At settlement: how many active producers still hold stock. */
  void afterSettlement(int holders) {
    holdersAfterSettlement = holders;
  }

  /** Who holds stock to sell this month, by id (no one, as an empty array, if nobody can). */
  boolean[] sellers(MingaModel m) {
    if (!m.isHarvestMonth(m.month())) {
      if (holdersAfterSettlement == 0) {
        return NOBODY;
      }
      Producer[] producers = m.producers;
      for (int i = 0; i < producers.length; i++) {
        Producer p = producers[i];
        holds[i] = holdsStock(p);
      }
    }
    return holds;
  }
}
