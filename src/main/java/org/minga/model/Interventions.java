package org.minga.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Interventions made while the run goes, in the order they were made: world-price shocks and policy
 * levers switched from the workshop window (whose thread adds them while others read).
 */
final class Interventions {
  private final List<Intervention> made = Collections.synchronizedList(new ArrayList<>());

  /**
   * Injects a world-price shock from step {@code fromStep}, which must not have run yet ({@code
   * next}: the next step to run).
   */
  void shock(Prices prices, int next, int fromStep, int durationMonths, double multiplier) {
    if (fromStep < next) {
      throw new IllegalArgumentException(
          "a shock cannot start at step "
              + fromStep
              + ", which has already run (next step: "
              + next
              + ")");
    }
    prices.injectShock(fromStep, durationMonths, multiplier);
    made.add(Intervention.shock(fromStep, durationMonths, multiplier));
  }

  /** Switches a policy lever from the next step ({@code next}). */
  void lever(Policies policies, int next, Policies.Lever lever, Policies.Override state) {
    policies.override(lever, state);
    made.add(Intervention.lever(next, lever, state));
  }

  /** Every intervention made so far, in order. */
  List<Intervention> list() {
    synchronized (made) {
      return List.copyOf(made);
    }
  }
}
