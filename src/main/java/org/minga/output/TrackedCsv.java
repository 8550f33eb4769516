package org.minga.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.minga.metrics.Metrics;
import org.minga.metrics.StepObserver;
import org.minga.metrics.TrackedSample;

/**
 * Writes {@value #FILE_NAME} in long format: one row per tracked household per step, columns {@link
 * #COLUMNS} ({@code step}, {@code year}, {@code month}, then {@link TrackedSample#COLUMNS}).
 */
public final class TrackedCsv implements StepObserver {
  /** The file name in the output directory. */
  public static final String FILE_NAME = OutputFiles.TRACKED;

  /** The header of the file, in order. */
  public static final List<String> COLUMNS = checkedColumns();

  private static final int YEAR = Metrics.index("year");
  private static final int MONTH = Metrics.index("month");

  private final CSVPrinter printer;
  private final String[] row = new String[COLUMNS.size()];

  /** Writes the header at once; {@code out} is closed by its owner, not here. */
  public TrackedCsv(Writer out) throws IOException {
    this.printer = CsvStyle.printer(out, COLUMNS);
  }

  @Override
  public void onStep(int step, double[] values, TrackedSample tracked) {
    row[0] = Integer.toString(step);
    row[1] = CsvNumbers.format(values[YEAR]);
    row[2] = CsvNumbers.format(values[MONTH]);
    for (int i = 0; i < tracked.size(); i++) {
      int c = 3;
      row[c++] = Integer.toString(tracked.household(i));
      row[c++] = text(tracked.group(i));
      row[c++] = text(tracked.channel(i));
      // true/false: R's read.csv and pandas both read these as logical values.
      row[c++] = Boolean.toString(tracked.active(i));
      row[c++] = CsvNumbers.format(tracked.areaHa(i));
      row[c++] = CsvNumbers.format(tracked.incomeMonth(i));
      row[c++] = CsvNumbers.format(tracked.income12m(i));
      row[c++] = CsvNumbers.format(tracked.cash(i));
      row[c++] = CsvNumbers.format(tracked.debt(i));
      row[c] = CsvNumbers.format(tracked.trust(i));
      CsvStyle.print(printer, row, FILE_NAME);
    }
  }

  @Override
  public void onFinish() {
    CsvStyle.flush(printer, FILE_NAME);
  }

  private static String text(String s) {
    return s == null ? CsvNumbers.MISSING : s;
  }

  private static List<String> checkedColumns() {
    List<String> c = OutputFiles.TRACKED_COLUMNS;
    if (c.size() != 13) {
      // onStep fills the columns by position: a new tracked column must be added there too.
      throw new IllegalStateException("TrackedCsv does not know the columns " + c);
    }
    return c;
  }
}
