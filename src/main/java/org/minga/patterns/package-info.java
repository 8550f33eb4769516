/**
 * The pattern-validation suite: one controlled comparison per stylised fact of docs/model.md section
 * 11 (and the calibration checks of section 15), run over replicates on common random numbers,
 * with a 95% confidence interval of the paired statistic. {@link org.minga.patterns.PatternCatalogue}
 * lists the checks, {@link org.minga.patterns.PatternRunner} runs them, {@link
 * org.minga.patterns.PatternReport} writes the report that docs/patterns.md is regenerated from.
 * Reads the model like the metrics package does and never changes a run.
 */
package org.minga.patterns;
