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
}
