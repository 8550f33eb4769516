package org.minga.metrics;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Counts, sums, means and minima over a list of agents (intermediaries, cooperatives, firms), in
 * list order, for the registry's model reporters. These lists are short: nothing here needs the
 * producer pass.
 */
final class Agents {
  private Agents() {}

  /** Agents of {@code agents} that pass {@code which}. */
  static <T> int count(List<T> agents, Predicate<T> which) {
    int n = 0;
    for (T a : agents) {
      if (which.test(a)) {
        n++;
      }
    }
    return n;
  }

  /** Sum of {@code value} over the agents that pass {@code which}, in list order. */
  static <T> double sum(List<T> agents, Predicate<T> which, ToDoubleFunction<T> value) {
    double s = 0;
    for (T a : agents) {
      if (which.test(a)) {
        s += value.applyAsDouble(a);
      }
    }
    return s;
  }

  /** Mean of {@code value} over the agents that pass {@code which}; NaN when none does. */
  static <T> double mean(List<T> agents, Predicate<T> which, ToDoubleFunction<T> value) {
    double s = 0;
    int n = 0;
    for (T a : agents) {
      if (which.test(a)) {
        s += value.applyAsDouble(a);
        n++;
      }
    }
    return n == 0 ? Double.NaN : s / n;
  }

  /** Smallest {@code value} of the agents that pass {@code which}; NaN when none does. */
  static <T> double min(List<T> agents, Predicate<T> which, ToDoubleFunction<T> value) {
    double min = Double.POSITIVE_INFINITY;
    int n = 0;
    for (T a : agents) {
      if (which.test(a)) {
        min = Math.min(min, value.applyAsDouble(a));
        n++;
      }
    }
    return n == 0 ? Double.NaN : min;
  }
}
