package org.minga.sweep;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a journal of one sweep (or one shard of it) may hold: the header, then rows that are exactly
 * what {@link RunRows#row} writes for a run of this plan and shard, each run once. Anything else
 * means the journal is damaged or belongs to another sweep, and mixing it into the tables would
 * silently shift or invent values; so it stops the sweep with the file and line.
 */
final class JournalRows {
  /** The numbers {@code CsvNumbers.format} writes; stricter than Double.parseDouble. */
  private static final Pattern NUMBER =
      Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?|NA|Inf|-Inf");

  private final SweepPlan plan;
  private final Shard shard;
  private final List<String> columns;
  private final String header;

  JournalRows(SweepPlan plan, Shard shard) {
    this.plan = plan;
    this.shard = shard;
    this.columns = RunRows.columns(plan.spec());
    this.header = String.join(",", columns);
  }

  String header() {
    return header;
  }

  /** Checks the lines after the header ({@code lines.get(0)} is line 2 of {@code file}). */
  void check(Path file, List<String> lines) {
    Map<Long, Integer> seen = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int line = i + 2;
      long run = check(file, line, lines.get(i));
      Integer first = seen.putIfAbsent(run, line);
      if (first != null) {
        throw damaged(
            file, line, "run " + run + " is recorded twice (lines " + first + " and " + line + ")");
      }
    }
  }

  /** Checks one row; returns its run id. */
  private long check(Path file, int line, String row) {
    List<String> cells = RunRows.cells(row);
    if (cells.size() != columns.size()) {
      throw damaged(file, line, cells.size() + " column(s) where the header has " + columns.size());
    }
    long run;
    try {
      run = Long.parseLong(cells.get(0));
    } catch (NumberFormatException e) {
      throw damaged(file, line, "`" + cells.get(0) + "` is not a run id");
    }
    if (run < 0 || run >= plan.runs() || !shard.contains(run)) {
      throw damaged(
          file,
          line,
          "run "
              + run
              + " is not "
              + (shard.count() > 1 ? "in shard " + shard + " of " : "in ")
              + "this sweep (runs 0 to "
              + (plan.runs() - 1)
              + ")");
    }
    List<String> expected = RunRows.cells(RunRows.prefix(plan, run));
    for (int c = 1; c < expected.size(); c++) {
      if (!expected.get(c).equals(cells.get(c))) {
        throw damaged(
            file,
            line,
            columns.get(c)
                + " is "
                + cells.get(c)
                + " where this "
                + "sweep's run "
                + run
                + " has "
                + expected.get(c));
      }
    }
    for (int c = expected.size(); c < cells.size(); c++) {
      if (!NUMBER.matcher(cells.get(c)).matches()) {
        throw damaged(
            file, line, columns.get(c) + " is `" + cells.get(c) + "`, not a number " + "or NA");
      }
    }
    return run;
  }

  static SweepFailure damaged(Path file, int line, String what) {
    return new SweepFailure(
        SweepFailure.Kind.BAD_INPUT,
        file
            + ":"
            + line
            + ": "
            + what
            + "; the journal is damaged or from another sweep. Delete that line (its run is then "
            + "run again by --resume), or start the sweep again in another --out",
        null);
  }
}
