package org.minga.metrics;

import org.minga.model.Producer;

/**
 * A number the household statistics ({@link HouseholdStat}) read from each producer. The producer
 * pass reads each value the registry uses once per producer; a statistic then sums, sorts or copies
 * it over its group.
 */
public enum HouseholdValue {
  /** Net income over the trailing 12 months (USD). */
  INCOME,
  /** Farm area (ha). */
  AREA,
  /** Debt outstanding (USD). */
  DEBT,
  /** Input cost per ha over the trailing 12 months (USD/ha). */
  INPUT_COST_PER_HA,
  /** Cash held / subsistence needs per month: how many months of needs the cash covers. */
  CASH_MONTHS,
  /** Trust in its cooperative (score 0-1). */
  TRUST;

  /** This value of household {@code p}. */
  public double of(Producer p) {
    return switch (this) {
      case INCOME -> p.income12();
      case AREA -> p.area();
      case DEBT -> p.debt();
      case INPUT_COST_PER_HA -> p.inputCostPerHa12();
      case CASH_MONTHS -> p.cash() / p.subsistencePerMonth();
      case TRUST -> p.trust();
    };
  }
}
