package org.minga.sweep;

import java.nio.file.Path;
import java.util.List;

/**
 * A validated sweep file: which scenario to run, what to vary and how, how many replicates and what
 * to summarise. Immutable; read by {@link SweepSpecReader}.
 *
 * @param file the sweep file
 * @param name the sweep's name (default: the file name without .yaml)
 * @param scenario the base scenario, resolved against the sweep file's directory
 * @param seed the base seed every run's seed derives from
 * @param steps steps per run; 0 for the scenario's horizon
 * @param fixed overrides applied to every run before the varied ones ({@code key=value})
 * @param parameters the varied keys, in file order (the column order of runs.csv)
 * @param design the design and its settings
 * @param replicates runs per design point, each with its own seed
 * @param metrics the summaries written per run, in file order
 */
public record SweepSpec(
    Path file,
    String name,
    Path scenario,
    long seed,
    int steps,
    List<String> fixed,
    List<SweepParameter> parameters,
    Design design,
    int replicates,
    List<MetricSummary> metrics) {

  /**
   * @param type the design
   * @param samples points for random and lhs; base samples N for sobol (N x (k + 2) points);
   *     trajectories for morris (r x (k + 1) points); unused for grid
   * @param levels grid levels of a morris design (even)
   * @param bootstrap bootstrap resamples for Sobol confidence intervals
   */
  public record Design(DesignType type, int samples, int levels, int bootstrap) {}
}
