package org.minga.metrics;

import java.util.Objects;

/**
 * One column of the per-step metrics: its snake_case name, what it means, its unit, the window it
 * is measured over, the range its values can take and how it is computed. Outputs, charts and the
 * window all read the same list; sweeps and comparisons keep their intervals inside {@code bounds};
 * {@link StepMetrics} evaluates {@code reporter} every step.
 */
public record Metric(
    String name, String description, String unit, String window, Bounds bounds, Reporter reporter) {
  public Metric {
    Objects.requireNonNull(name);
    Objects.requireNonNull(bounds, name);
    Objects.requireNonNull(reporter, name);
  }
}
