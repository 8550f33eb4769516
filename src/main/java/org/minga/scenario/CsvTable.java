package org.minga.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row, read whole, with the 1-based line of each row so problems can
 * point into the file. Reading failures become problems at the scenario key that named it.
 */
final class CsvTable {
  final String label;
  final List<String> header;
  final List<CSVRecord> rows;
  private final int[] lineStarts;
  private final String text;

  private CsvTable(String label, String text, List<String> header, List<CSVRecord> rows) {
    this.label = label;
    this.text = text;
    this.header = header;
    this.rows = rows;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Reads {@code file}; returns null after reporting a problem at {@code namedAt} (the
   * scenario key {@code key}) when it is missing, unreadable or not CSV.
   */
  static CsvTable read(Path file, String key, Origin namedAt, List<Problem> problems) {
    String label = file.toString();
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      problems.add(namedAt.problem(key, "file " + label + " does not exist"));
      return null;
    } catch (CharacterCodingException e) {
      problems.add(namedAt.problem(key, "file " + label + " is not UTF-8 text"));
      return null;
    } catch (IOException e) {
      problems.add(namedAt.problem(key, "cannot read " + label + ": " + e));
      return null;
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setTrim(true).setIgnoreEmptyLines(true).setCommentMarker('#').build();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<CSVRecord> rows = parser.getRecords();
      return new CsvTable(label, text, parser.getHeaderNames(), rows);
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      // commons-csv reports malformed files (bad quotes, duplicate headers) this way.
      problems.add(new Problem(label, 0, 0, key, "not a valid CSV file: " + e.getMessage()));
      return null;
    }
  }

  /** 1-based line on which {@code row} starts. */
  int line(CSVRecord row) {
    long pos = row.getCharacterPosition();
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= pos) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  /** The line of the header (the first non-comment, non-empty line). */
  int headerLine() {
    int line = 1;
    for (String l : text.split("\n", -1)) {
      String t = l.trim();
      if (!t.isEmpty() && !t.startsWith("#")) {
        return line;
      }
      line++;
    }
    return 1;
  }

  Problem problem(int line, String key, String message) {
    return new Problem(label, line, 0, key, message);
  }

  /** The value of {@code column} in {@code row}, or null when the row is too short. */
  static String get(CSVRecord row, String column) {
    return row.isSet(column) ? row.get(column) : null;
  }
}
