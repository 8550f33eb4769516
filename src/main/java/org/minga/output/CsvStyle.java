package org.minga.output;

import org.apache.commons.csv.CSVFormat;

/** The CSV dialect of every Minga CSV file: comma, minimal quoting, {@code \n} line ends. */
final class CsvStyle {
  /**
   * RFC 4180 without its CRLF: plain {@code \n} keeps files identical across platforms and
   * diff-friendly; R and pandas read both.
   */
  static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

  private CsvStyle() {}

  /** A printer on {@code out} that has written {@code header}; {@code out} stays the owner's. */
  static org.apache.commons.csv.CSVPrinter printer(java.io.Writer out, Iterable<?> header)
      throws java.io.IOException {
    org.apache.commons.csv.CSVPrinter p = new org.apache.commons.csv.CSVPrinter(out, FORMAT);
    p.printRecord(header);
    return p;
  }

  /** Prints one row of a CSV file; an I/O failure names the file. */
  static void print(org.apache.commons.csv.CSVPrinter printer, String[] row, String file) {
    try {
      printer.printRecord((Object[]) row);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Flushes a CSV file's printer at the end of a run; an I/O failure names the file. */
  static void flush(org.apache.commons.csv.CSVPrinter printer, String file) {
    try {
      printer.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + file, e);
    }
  }
}
