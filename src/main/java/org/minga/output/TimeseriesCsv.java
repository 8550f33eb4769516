package org.minga.output;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVPrinter;
import org.minga.metrics.Metrics;
import org.minga.metrics.StepObserver;
import org.minga.metrics.TrackedSample;

/**
 * Writes {@value #FILE_NAME}: a header of {@link Metrics#names()} and one row per step, numbers in
 * the {@link CsvNumbers} format.
 */
public final class TimeseriesCsv implements StepObserver {
  /** The file name in the output directory. */
  public static final String FILE_NAME = OutputFiles.TIMESERIES;

  private final CSVPrinter printer;
  private final String[] row = new String[Metrics.ALL.size()];

  /** Writes the header at once; {@code out} is closed by its owner, not here. */
  public TimeseriesCsv(Writer out) throws IOException {
    this.printer = CsvStyle.printer(out, Metrics.names());
  }

  @Override
  public void onStep(int step, double[] values, TrackedSample tracked) {
    if (values.length != row.length) {
      throw new IllegalArgumentException(
          "expected " + row.length + " metric values, got " + values.length);
    }
    for (int i = 0; i < row.length; i++) {
      row[i] = CsvNumbers.format(values[i]);
    }
    CsvStyle.print(printer, row, FILE_NAME);
  }

  @Override
  public void onFinish() {
    CsvStyle.flush(printer, FILE_NAME);
  }
}
