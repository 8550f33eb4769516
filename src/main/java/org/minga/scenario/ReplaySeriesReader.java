package org.minga.scenario;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.minga.scenario.PriceConfig.Interpolation;
import org.minga.scenario.PriceConfig.ReplayConfig;

/**
 * Reads the world price series for {@code prices.process: replay} into one value per month: rows
 * sorted by time (a date YYYY-MM or YYYY-MM-DD, or a step number), months between rows filled
 * linearly or by holding the last value, values scaled, the first {@code start_offset} rows
 * dropped.
 */
final class ReplaySeriesReader {
  static final String KEY = "prices.replay.file";
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
  private static final Pattern STEP = Pattern.compile("[-+]?\\d+");

  /** The longest series read: 1,000 years of months (scenarios run at most 50 years). */
  static final int MAX_MONTHS = 12_000;

  private final List<Problem> problems;

  ReplaySeriesReader(List<Problem> problems) {
    this.problems = problems;
  }

  private record Point(long month, double value, int line) {}

  /** The monthly series, or null after reporting problems. */
  double[] read(ReplayConfig cfg, Origin namedAt) {
    CsvTable csv = CsvTable.read(BundledScenarios.file(cfg.file()), KEY, namedAt, problems);
    if (csv == null) {
      return null;
    }
    boolean ok = true;
    for (String col : List.of(cfg.timeColumn(), cfg.valueColumn())) {
      if (!csv.header.contains(col)) {
        String which = col.equals(cfg.timeColumn()) ? "time_column" : "value_column";
        problems.add(
            csv.problem(
                csv.headerLine(),
                KEY,
                "no column `"
                    + col
                    + "`; the columns "
                    + "are: "
                    + String.join(", ", csv.header)
                    + "; name another with prices.replay."
                    + which));
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    List<Point> points = new ArrayList<>();
    Map<Long, Integer> seen = new LinkedHashMap<>();
    Boolean dates = null;
    for (CSVRecord row : csv.rows) {
      int line = csv.line(row);
      String t = CsvTable.get(row, cfg.timeColumn());
      String v = CsvTable.get(row, cfg.valueColumn());
      if (t == null || v == null) {
        problems.add(
            csv.problem(
                line,
                KEY,
                "row has "
                    + row.size()
                    + " field(s) but the "
                    + "header has "
                    + csv.header.size()
                    + "; every row needs `"
                    + cfg.timeColumn()
                    + "` and `"
                    + cfg.valueColumn()
                    + "`"));
        ok = false;
        continue;
      }
      if (dates == null) {
        dates = !STEP.matcher(t).matches();
      }
      Long month = dates ? month(t) : step(t);
      if (month == null) {
        problems.add(
            csv.problem(
                line,
                KEY,
                "`"
                    + t
                    + "` in column "
                    + cfg.timeColumn()
                    + " is not "
                    + (dates
                        ? "a date YYYY-MM or YYYY-MM-DD (like the first row)"
                        : "a step number from -"
                            + MAX_MONTHS
                            + " to "
                            + MAX_MONTHS
                            + " (like the first row)")));
        ok = false;
        continue;
      }
      Double value = positive(v);
      if (value == null) {
        problems.add(
            csv.problem(
                line,
                KEY,
                "`" + v + "` in column " + cfg.valueColumn() + " is not a number above 0"));
        ok = false;
        continue;
      }
      Integer first = seen.putIfAbsent(month, line);
      if (first != null) {
        problems.add(
            csv.problem(
                line,
                KEY,
                "time `"
                    + t
                    + "` repeats the "
                    + (dates ? "month" : "step")
                    + " of line "
                    + first
                    + "; give one row per month"));
        ok = false;
        continue;
      }
      points.add(new Point(month, value, line));
    }
    if (!ok) {
      return null;
    }
    if (points.isEmpty()) {
      problems.add(csv.problem(csv.headerLine(), KEY, "has no data rows"));
      return null;
    }
    points.sort(Comparator.comparingLong(Point::month));
    Point first = points.get(0);
    Point last = points.get(points.size() - 1);
    if (last.month() - first.month() >= MAX_MONTHS) {
      problems.add(
          csv.problem(
              last.line(),
              KEY,
              "the series spans "
                  + (last.month() - first.month() + 1)
                  + " months, from line "
                  + first.line()
                  + " to line "
                  + last.line()
                  + "; at most "
                  + MAX_MONTHS
                  + " months ("
                  + MAX_MONTHS / 12
                  + " years) can be replayed"));
      return null;
    }
    if (cfg.startOffset() >= points.size()) {
      problems.add(
          namedAt.problem(
              KEY,
              "start_offset "
                  + cfg.startOffset()
                  + " skips every "
                  + "row: the file has "
                  + points.size()
                  + " rows; use 0 to "
                  + (points.size() - 1)));
      return null;
    }
    if (cfg.scale() == 0) {
      problems.add(
          namedAt.problem(
              "prices.replay.scale", "scale 0 makes every price 0; use a" + " positive scale"));
      return null;
    }
    for (Point p : points) {
      if (!Double.isFinite(p.value() * cfg.scale())) {
        problems.add(
            csv.problem(
                p.line(),
                KEY,
                "the price "
                    + p.value()
                    + " times "
                    + "prices.replay.scale "
                    + cfg.scale()
                    + " is too large to "
                    + "compute with; use a smaller scale or smaller prices"));
        return null;
      }
    }
    return monthly(
        points.subList(cfg.startOffset(), points.size()), cfg.interpolation(), cfg.scale());
  }

  /**
   * One value per month from the first kept row to the last. Rows dropped by start_offset do not
   * take part (the series starts at the kept row).
   */
  private static double[] monthly(List<Point> pts, Interpolation how, double scale) {
    long start = pts.get(0).month();
    int n = (int) (pts.get(pts.size() - 1).month() - start + 1);
    double[] out = new double[n];
    for (int k = 0; k + 1 < pts.size(); k++) {
      Point a = pts.get(k);
      Point b = pts.get(k + 1);
      for (long m = a.month(); m < b.month(); m++) {
        double f = (double) (m - a.month()) / (b.month() - a.month());
        double v = how == Interpolation.STEP ? a.value() : a.value() + f * (b.value() - a.value());
        out[(int) (m - start)] = v * scale;
      }
    }
    out[n - 1] = pts.get(pts.size() - 1).value() * scale;
    return out;
  }

  /** Months since year 0 for YYYY-MM or YYYY-MM-DD, or null. */
  private static Long month(String t) {
    Matcher m = DATE.matcher(t);
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    try {
      LocalDate.of(year, month, m.group(3) == null ? 1 : Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
    return year * 12L + month - 1;
  }

  /** A step number within +-MAX_MONTHS, or null. */
  private static Long step(String t) {
    if (!STEP.matcher(t).matches() || t.replaceFirst("^[-+]", "").length() > 9) {
      return null;
    }
    long n = Long.parseLong(t);
    return Math.abs(n) <= MAX_MONTHS ? n : null;
  }

  private static Double positive(String v) {
    try {
      double d = Double.parseDouble(v);
      return Double.isFinite(d) && d > 0 ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
