package org.minga.model.price;

import org.minga.model.random.RandomStream;

/**
 * One world price process, before seasonal multipliers and shocks. Stateful: each call to {@link
 * #next} moves it one month on.
 */
interface PriceProcess {

  /**
   * The process value for the next month. The first call gives the starting value (the base price
   * for every process but replay) and then the process evolves; draws only from {@code rng}.
   */
  double next(RandomStream rng);
}
