package org.minga.model.price;

import java.util.List;
import org.minga.scenario.ShockConfig;

/**
 * The multiplicative shocks on the world price: those scheduled in the scenario and those injected
 * while the run goes (workshop window). All factors in force at a step multiply together. Shocks
 * never draw random numbers, so a run with a shock sees exactly the same random stream as the run
 * without it.
 */
final class PriceShocks {
  /** Injected shocks kept; a workshop adds a handful, and dropping the oldest bounds memory. */
  static final int INJECTED_CAPACITY = 64;

  private final ShockConfig[] scheduled;
  // Injected shocks in a ring of parallel arrays: nothing is allocated once the run has started.
  private final int[] injectedFrom = new int[INJECTED_CAPACITY];
  private final int[] injectedDuration = new int[INJECTED_CAPACITY];
  private final double[] injectedMultiplier = new double[INJECTED_CAPACITY];
  private int injectedCount;
  private int oldest;

  PriceShocks(List<ShockConfig> scheduled) {
    // An array, not the list, so the per-step loop creates no iterator.
    this.scheduled = scheduled.toArray(new ShockConfig[0]);
  }

  /** Adds a step shock; when full, the oldest injected shock is dropped. */
  synchronized void inject(int fromStep, int duration, double multiplier) {
    if (fromStep < 0) {
      throw new IllegalArgumentException(
          "an injected shock starts at step " + fromStep + "; use a step from 0");
    }
    if (duration < 1) {
      throw new IllegalArgumentException(
          "an injected shock lasts " + duration + " months; use at least 1");
    }
    if (!(multiplier >= 0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException(
          "an injected shock multiplier is " + multiplier + "; use a finite number from 0");
    }
    int slot;
    if (injectedCount < INJECTED_CAPACITY) {
      slot = (oldest + injectedCount) % INJECTED_CAPACITY;
      injectedCount++;
    } else {
      slot = oldest;
      oldest = (oldest + 1) % INJECTED_CAPACITY;
    }
    injectedFrom[slot] = fromStep;
    injectedDuration[slot] = duration;
    injectedMultiplier[slot] = multiplier;
  }

  /** Product of every scheduled and injected factor at {@code step}; 1 when none applies. */
  double factorAt(int step) {
    double factor = 1;
    for (ShockConfig s : scheduled) {
      factor *= s.factorAt(step);
    }
    return timesInjected(factor, step);
  }

  /**
   * {@code factor} times each injected shock in force, one at a time in injection order: the same
   * products, bit for bit, as the same shocks scheduled after the scenario's own, so a saved
   * session replays exactly. Synchronised with inject: the window may inject from its own thread
   * while the model steps.
   */
  private synchronized double timesInjected(double factor, int step) {
    for (int i = 0; i < injectedCount; i++) {
      int slot = (oldest + i) % INJECTED_CAPACITY;
      // Subtraction, not from + duration, so a huge duration cannot overflow.
      if (step >= injectedFrom[slot] && step - injectedFrom[slot] < injectedDuration[slot]) {
        factor *= injectedMultiplier[slot];
      }
    }
    return factor;
  }
}
