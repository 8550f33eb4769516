package org.minga.sweep;

/**
 * One row of sensitivity.csv: an estimate for one parameter and metric, with its 95% bootstrap
 * interval where there is one (NaN otherwise).
 *
 * @param statistic {@code first_order}, {@code total_order}, {@code mu}, {@code mu_star} or
 *     {@code sigma}
 */
record SensitivityRow(String method, String metric, String parameter, String statistic,
    double value, double ciLow, double ciHigh) {}
