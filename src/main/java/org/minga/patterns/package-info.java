/**
 * The pattern suite (pattern-oriented modelling): calibration targets the scenarios were fitted to,
 * validation facts that were never used to fit (each with an ablation arm that switches off the
 * mechanism it is claimed to come from, and a robustness figure over the scenarios' assumed
 * parameters), and mechanism checks kept as tests. Each is a controlled comparison run over
 * replicates on common random numbers, with a 95% confidence interval of the paired statistic.
 * {@link org.minga.patterns.PatternCatalogue} lists the checks, {@link
 * org.minga.patterns.PatternRunner} runs them, {@link org.minga.patterns.RobustnessRun} draws the
 * Latin hypercubes, {@link org.minga.patterns.PatternReport} writes the report that
 * docs/patterns.md is regenerated from. Reads the model like the metrics package does and never
 * changes a run.
 */
package org.minga.patterns;
