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

  /** Flushes a CSV file's printer at the end of a run; an I/O failure names the file. */
  static void flush(org.apache.commons.csv.CSVPrinter printer, String file) {
    try {
      printer.flush();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + file, e);
    }
  }
}
