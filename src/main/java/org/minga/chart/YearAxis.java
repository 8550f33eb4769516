package org.minga.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

/**
 * A time axis read in calendar years: the data stay in steps (months from 0), the ticks fall on
 * whole years (every 1, 2, 5, 10... years, whichever fits) and are labelled with the year, so a
 * room reads "1994" rather than "month 96".
 */
final class YearAxis {
  /** The axis label when the start year is known. */
  static final String LABEL = "Year";

  /** The axis label when it is not (charts drawn from CSV files without their scenario). */
  static final String LABEL_FROM_START = "Year (from the start)";

  private YearAxis() {}

  /** Labels {@code axis} in years from {@code startYear} (0: years from the start). */
  static void apply(NumberAxis axis, int startYear) {
    axis.setLabel(startYear > 0 ? LABEL : LABEL_FROM_START);
    NumberFormat years = new YearFormat(startYear);
    TickUnits units = new TickUnits();
    for (int n : new int[] {1, 2, 5, 10, 20, 50, 100}) {
      units.add(new NumberTickUnit(12.0 * n, years));
    }
    axis.setStandardTickUnits(units);
    axis.setAutoTickUnitSelection(true);
  }

  /** Step (months from 0) to the calendar year it falls in. */
  static final class YearFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final int startYear;

    YearFormat(int startYear) {
      this.startYear = startYear;
    }

    @Override
    public StringBuffer format(double step, StringBuffer to, FieldPosition pos) {
      return to.append(startYear + (long) Math.floor(step / 12 + 1e-9));
    }

    @Override
    public StringBuffer format(long step, StringBuffer to, FieldPosition pos) {
      return format((double) step, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
      throw new UnsupportedOperationException("year labels are not parsed");
    }
  }
}
