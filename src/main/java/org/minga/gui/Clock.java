package org.minga.gui;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import org.minga.model.MingaModel;

/**
 * The run's clock as a room reads it: "Year 3 (1992) · July · harvest". It shows the last month run
 * (the one the charts end at); before the first, "not started".
 */
final class Clock {
  /** Before the first month. */
  static final String NOT_STARTED = "Year 1 \u00b7 not started";

  private Clock() {}

  /** The clock after {@code completedSteps} months of {@code m}'s run. */
  static String text(MingaModel m, int completedSteps) {
    if (completedSteps == 0) {
      return NOT_STARTED;
    }
    int step = completedSteps - 1;
    int month = MingaModel.monthOf(step);
    int yearOfRun = step / 12 + 1;
    String year =
        m.scenario().startYear() > 0
            ? "Year " + yearOfRun + " (" + calendarYear(m, step) + ")"
            : "Year " + yearOfRun;
    return year + " · " + monthName(step) + (m.isHarvestMonth(month) ? " · harvest" : "");
  }

  /** The name of the calendar month of {@code step}: "July". */
  static String monthName(int step) {
    return Month.of(MingaModel.monthOf(step)).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** The calendar year of {@code step}. */
  static int calendarYear(MingaModel m, int step) {
    return m.scenario().startYear() + step / 12;
  }
}
