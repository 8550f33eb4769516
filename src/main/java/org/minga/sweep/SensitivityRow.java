package org.minga.sweep;

/**
 * One row of sensitivity.csv: an estimate for one parameter and response, with its 95% bootstrap
 * interval where there is one (NaN otherwise), what it rests on and under which rule.
 *
 * @param statistic {@code first_order}, {@code total_order}, {@code mu}, {@code mu_star} or {@code
 *     sigma}
 * @param n Sobol: base samples used; Morris: elementary effects used
 * @param missingRuns runs of the sweep where the response had no value
 * @param note empty when every run had a value; else the rule applied (see {@link SensitivityRule})
 */
record SensitivityRow(
    String method,
    String metric,
    String parameter,
    String statistic,
    double value,
    double ciLow,
    double ciHigh,
    int n,
    int missingRuns,
    String note) {}
