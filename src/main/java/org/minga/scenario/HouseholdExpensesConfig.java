package org.minga.scenario;

import java.util.List;
import org.minga.scenario.schema.Param;

/**
 * Lumpy household expenses (docs/model.md 7.5; impatience, 7.4): scheduled ones at known calendar
 * months and random health shocks, in months of the household's subsistence.
 */
public record HouseholdExpensesConfig(
    @Param(
            doc =
                "Expenses due every year in a calendar month (school fees at the start of the "
                    + "school year, festivities), each in months of subsistence.",
            def =
                "[{month: 3, months_of_subsistence: 1.5}, {month: 7, months_of_subsistence: 0.5}]",
            source =
                "assumption: Andean school year starts in March (uniforms, books, fees about "
                    + "six weeks of the basic basket); patron-saint and national festivities in July "
                    + "(half a month); sizes assumed, the sources give none")
        List<Scheduled> scheduled,
    @Param(
            doc = "Monthly probability that a household has a health shock (illness, accident).",
            unit = "probability per month",
            def = "0.02",
            min = 0,
            max = 1,
            source =
                "assumption: about one household in five a year has a costly illness or "
                    + "accident")
        double healthShockProbability,
    @Param(
            doc = "Cost of a health shock.",
            unit = "months of subsistence",
            def = "2",
            min = 0,
            source = "assumption: treatment, travel and lost work cost a couple of months of needs")
        double healthShockMonths,
    @Param(
            doc =
                "Scheduled expenses due within this many months (after the current one) count "
                    + "as needs: the household saves for them and feels cash-short when it cannot cover "
                    + "them.",
            unit = "months",
            def = "3",
            min = 0,
            max = 11,
            source = "assumption: a household knows school fees are due in March from the new year")
        int lookaheadMonths) {

  public HouseholdExpensesConfig {
    scheduled = List.copyOf(scheduled);
  }

  /** An expense due every year in calendar month {@code month}. */
  public record Scheduled(
      @Param(doc = "Calendar month it is due (1-12).", unit = "month", min = 1, max = 12) int month,
      @Param(doc = "Its size.", unit = "months of subsistence", min = 0)
          double monthsOfSubsistence) {}
}
