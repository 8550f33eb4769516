package org.minga.output;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.minga.model.Decision;

/**
 * decisions.csv, the record of a participatory session: one row per decision a player was asked for
 * (lab-in-the-field data), written month by month, and read back to replay the session ({@code
 * minga run SESSION.yaml --decisions decisions.csv}). Reading checks every row against the run it
 * will steer and names the file and line of the first problem.
 */
public final class DecisionsCsv {
  public static final String FILE_NAME = "decisions.csv";

  /** The columns, in file order. */
  public static final List<String> COLUMNS =
      List.of(
          "session",
          "player",
          "role",
          "agent",
          "step",
          "decision",
          "shown",
          "choice",
          "rule",
          "response_ms",
          "timed_out");

  private final CSVPrinter printer;

  /** Starts the file on {@code out} with its header; {@code out} stays the caller's. */
  public DecisionsCsv(Writer out) throws IOException {
    printer = CsvStyle.printer(out, COLUMNS);
  }

  /** Appends one row. */
  public void write(DecisionRow r) {
    CsvStyle.print(
        printer,
        new String[] {
          r.session(),
          r.player(),
          r.role().id(),
          Integer.toString(r.agent()),
          Integer.toString(r.step()),
          r.decision().id(),
          r.shown(),
          text(r.decision(), r.choice()),
          text(r.decision(), r.rule()),
          Long.toString(r.responseMs()),
          Boolean.toString(r.timedOut())
        },
        FILE_NAME);
  }

  /** Flushes what was written (at the end of each month, so a crash loses at most one). */
  public void flush() {
    CsvStyle.flush(printer, FILE_NAME);
  }

  private static String text(Decision d, double value) {
    return Double.isNaN(value) ? "" : d.format(value);
  }

  /**
   * What a decisions file may refer to: household ids below {@code households}, cooperatives
   * (existing at the start) below {@code cooperatives}, steps below {@code steps}.
   */
  public record Bounds(int households, int cooperatives, int steps) {}

  /** A decisions file that cannot be used; the message starts with {@code file:line:}. */
  public static final class BadFile extends Exception {
    private static final long serialVersionUID = 1L;

    BadFile(Path file, long line, String problem) {
      super(file + ":" + line + ": " + problem);
    }
  }

  /**
   * Reads and checks every row of {@code file}. The rule column is not read back: it records what
   * the model chose, which the replay computes again.
   *
   * @throws BadFile at the first row that is torn, names an unknown household or cooperative or
   *     decision, a month outside the run, a bad value, or repeats a decision
   */
  public static List<DecisionRow> read(Path file, Bounds bounds) throws IOException, BadFile {
    List<DecisionRow> rows = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CsvStyle.FORMAT.parse(in)) {
      long line = 0;
      try {
        for (CSVRecord record : parser) {
          line = parser.getCurrentLineNumber();
          if (record.getRecordNumber() == 1) {
            if (!record.toList().equals(COLUMNS)) {
              throw new BadFile(file, line, "the header must be " + String.join(",", COLUMNS));
            }
            continue;
          }
          DecisionRow row = row(file, line, record, bounds);
          String key = row.step() + "/" + row.decision() + "/" + row.agent();
          Long first = seen.putIfAbsent(key, line);
          if (first != null) {
            throw new BadFile(
                file,
                line,
                row.decision().id()
                    + " of "
                    + row.role().id()
                    + " "
                    + row.agent()
                    + " at step "
                    + row.step()
                    + " is given twice (first at line "
                    + first
                    + ")");
          }
          rows.add(row);
        }
      } catch (UncheckedIOException e) { // an unterminated quote: the file was cut off
        throw new BadFile(
            file, parser.getCurrentLineNumber(), "torn line: " + e.getCause().getMessage());
      }
      if (line == 0) {
        throw new BadFile(file, 1, "empty file: the header must be " + String.join(",", COLUMNS));
      }
    }
    return rows;
  }

  private static DecisionRow row(Path file, long line, CSVRecord r, Bounds bounds) throws BadFile {
    if (r.size() != COLUMNS.size()) {
      throw new BadFile(
          file, line, "torn line: " + r.size() + " fields, expected " + COLUMNS.size());
    }
    Decision d = Decision.byId(r.get(5));
    if (d == null) {
      throw new BadFile(file, line, "unknown decision '" + r.get(5) + "'");
    }
    if (!d.role().id().equals(r.get(2))) {
      throw new BadFile(
          file,
          line,
          "decision " + d.id() + " is taken by role " + d.role().id() + ", not '" + r.get(2) + "'");
    }
    boolean household = d.role() == Decision.Role.HOUSEHOLD;
    int agent = integer(file, line, "agent", r.get(3));
    int limit = household ? bounds.households() : bounds.cooperatives();
    if (agent >= limit) {
      throw new BadFile(
          file,
          line,
          "unknown "
              + (household ? "household " : "cooperative ")
              + agent
              + ": the scenario has "
              + limit
              + (household ? " households" : " cooperatives")
              + " (0-"
              + (limit - 1)
              + ")");
    }
    int step = integer(file, line, "step", r.get(4));
    if (step >= bounds.steps()) {
      throw new BadFile(
          file,
          line,
          "month (step) "
              + step
              + " is out of range: the run has "
              + bounds.steps()
              + " months (steps 0-"
              + (bounds.steps() - 1)
              + ")");
    }
    boolean timedOut =
        switch (r.get(10)) {
          case "true" -> true;
          case "false" -> false;
          default ->
              throw new BadFile(file, line, "timed_out is true or false, not '" + r.get(10) + "'");
        };
    double choice = Double.NaN;
    if (!r.get(7).isEmpty()) {
      if (timedOut) {
        throw new BadFile(
            file,
            line,
            "a timed-out decision has no choice (the model's rule "
                + "decided), but this one says '"
                + r.get(7)
                + "'");
      }
      try {
        choice = d.parse(r.get(7));
      } catch (IllegalArgumentException e) {
        throw new BadFile(file, line, "bad value: " + e.getMessage());
      }
    }
    long ms = integer(file, line, "response_ms", r.get(9));
    return new DecisionRow(
        r.get(0), r.get(1), agent, step, d, r.get(6), choice, Double.NaN, ms, timedOut);
  }

  private static int integer(Path file, long line, String column, String text) throws BadFile {
    try {
      int v = Integer.parseInt(text);
      if (v >= 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadFile(file, line, column + " is a whole number from 0, not '" + text + "'");
  }
}
