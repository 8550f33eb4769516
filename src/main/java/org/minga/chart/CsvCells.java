package org.minga.chart;

import java.nio.file.Path;

/** Reads the cells Minga's CSV files hold: numbers, with NA, Inf and -Inf as R writes them. */
final class CsvCells {
  private CsvCells() {}

  /** The number in a cell; a bad cell is reported with the file and its line. */
  static double number(String text, Path file, long line) {
    switch (text) {
      case "NA", "" -> {
        return Double.NaN;
      }
      case "Inf" -> {
        return Double.POSITIVE_INFINITY;
      }
      case "-Inf" -> {
        return Double.NEGATIVE_INFINITY;
      }
      default -> {
        try {
          return Double.parseDouble(text);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              file + ":" + line + ": `" + text + "` is not a number");
        }
      }
    }
  }
}
