package org.minga.model;

/**
 * Test-only write access to model state for tests outside this package (the metrics tests set
 * incomes directly to check metric definitions on known values).
 */
public final class ModelProbe {
  private ModelProbe() {}

  /** Sets producer {@code i}'s trailing 12-month net income. */
  public static void setIncome12(MingaModel m, int i, double income) {
    m.householdWindows.income.overrideSum(i, income);
  }

  /** Sets the step at which producer {@code i}'s output last reached an exporter. */
  public static void setLastExportStep(MingaModel m, int i, int step) {
    m.producers[i].recordExport(step);
  }
}
