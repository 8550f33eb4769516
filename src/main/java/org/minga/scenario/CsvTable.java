package org.minga.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row, read whole, with the 1-based line of each row so problems can point
 * into the file. Reading failures become problems at the scenario key that named it.
 */
final class CsvTable {
  private static final Pattern LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)");
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
   * Reads {@code file}; returns null after reporting a problem at {@code namedAt} (the scenario key
   * {@code key}) when it is missing, unreadable or not CSV.
   */
  static CsvTable read(Path file, String key, Origin namedAt, List<Problem> problems) {
    String label = BundledScenarios.label(file);
    if (!label.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      // Checked before reading, so no part of a file that is not data is ever echoed.
      problems.add(
          namedAt.problem(
              key,
              "`"
                  + label
                  + "` is not a CSV file; name a file whose "
                  + "name ends in .csv (save the sheet as CSV)"));
      return null;
    }
    String text;
    try {
      text = TextFiles.read(file, TextFiles.MAX_CSV_BYTES);
    } catch (NoSuchFileException e) {
      problems.add(namedAt.problem(key, "file " + label + " does not exist"));
      return null;
    } catch (CharacterCodingException e) {
      problems.add(namedAt.problem(key, "file " + label + " is not UTF-8 text"));
      return null;
    } catch (IOException e) {
      problems.add(namedAt.problem(key, "cannot read " + label + ": " + e.getMessage()));
      return null;
    }
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .setCommentMarker('#')
            .build();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<CSVRecord> rows = parser.getRecords();
      return new CsvTable(label, text, parser.getHeaderNames(), rows);
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      // commons-csv reports malformed files (bad quotes, duplicate headers) this way.
      problems.add(malformed(label, key, e));
      return null;
    }
  }

  /** A malformed file in words, at the line commons-csv names ("(startline 3) EOF ..."). */
  private static Problem malformed(String label, String key, Exception e) {
    String m = String.valueOf(e.getMessage());
    Matcher line = LINE.matcher(m);
    int at = line.find() ? Integer.parseInt(line.group(1)) : 0;
    String what;
    if (m.contains("EOF reached before encapsulated token finished")) {
      what = "a quote (\") opens a value that is never closed; close it or remove it";
    } else if (m.contains("invalid char between encapsulated token and delimiter")) {
      what =
          "text follows a quoted value; put all of the value inside the quotes, or remove "
              + "the quotes";
    } else {
      what = "not a valid CSV file (" + m.replaceAll("^.*Exception: ", "") + ")";
    }
    return new Problem(label, at, 0, key, what);
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
