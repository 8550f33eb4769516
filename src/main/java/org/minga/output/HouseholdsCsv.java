package org.minga.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.minga.metrics.HouseholdYear;
import org.minga.metrics.HouseholdYearObserver;

/**
 * Writes {@value #FILE_NAME}, the yearly households panel in long format: one row per chosen
 * household per calendar year, columns {@link HouseholdYear#COLUMNS}. Rows are streamed as each
 * year ends; nothing is kept between years.
 */
public final class HouseholdsCsv implements HouseholdYearObserver {
  /** The file name in the output directory. */
  public static final String FILE_NAME = OutputFiles.HOUSEHOLDS;

  /** The header of the file, in order. */
  public static final List<String> COLUMNS = checkedColumns();

  /** Written in {@code cooperative} for a household in no cooperative. */
  static final String NO_COOPERATIVE = "";

  private final CSVPrinter printer;
  private final String[] row = new String[COLUMNS.size()];

  /** Writes the header at once; {@code out} is closed by its owner, not here. */
  public HouseholdsCsv(Writer out) throws IOException {
    this.printer = CsvStyle.printer(out, COLUMNS);
  }

  @Override
  public void onYear(HouseholdYear rows) {
    String year = Integer.toString(rows.year());
    for (int k = 0; k < rows.size(); k++) {
      int c = 0;
      row[c++] = year;
      row[c++] = Integer.toString(rows.household(k));
      row[c++] = CsvNumbers.format(rows.areaHa(k));
      row[c++] = Integer.toString(rows.region(k));
      int coop = rows.cooperative(k);
      row[c++] = coop < 0 ? NO_COOPERATIVE : Integer.toString(coop);
      row[c++] = CsvNumbers.format(rows.volumeIntermediary(k));
      row[c++] = CsvNumbers.format(rows.volumeCooperative(k));
      row[c++] = CsvNumbers.format(rows.volumeContract(k));
      row[c++] = CsvNumbers.format(rows.volumeLocal(k));
      row[c++] = CsvNumbers.format(rows.sideSold(k));
      row[c++] = CsvNumbers.format(rows.cash(k));
      row[c++] = CsvNumbers.format(rows.debt(k));
      row[c++] = CsvNumbers.format(rows.income(k));
      row[c++] = rows.defaulted(k) ? "1" : "0";
      row[c] = rows.active(k) ? "1" : "0";
      CsvStyle.print(printer, row, FILE_NAME);
    }
  }

  @Override
  public void onFinish() {
    CsvStyle.flush(printer, FILE_NAME);
  }

  private static List<String> checkedColumns() {
    List<String> c = OutputFiles.HOUSEHOLDS_COLUMNS;
    if (c.size() != 15) {
      // onYear fills the columns by position: a new column must be added there too.
      throw new IllegalStateException("HouseholdsCsv does not know the columns " + c);
    }
    return c;
  }
}
