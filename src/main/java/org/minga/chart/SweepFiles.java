package org.minga.chart;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.minga.metrics.Bounds;
import org.minga.metrics.Metrics;
import org.minga.stats.Interval;

/**
 * Reads a sweep's output tables back for its charts: summary.csv (each design point's mean and 95%
 * interval of each summary metric), runs.csv (which design point each run belongs to) and the
 * optional long-format timeseries.csv or timeseries.csv.gz (every run's metrics at every step).
 * Columns are matched by name. A malformed file throws {@link IllegalArgumentException} naming the
 * file and line.
 */
public final class SweepFiles {
  public static final String SUMMARY = "summary.csv";
  public static final String RUNS = "runs.csv";
  public static final String JSON = "sweep.json";
  public static final String TIMESERIES = "timeseries.csv";
  public static final String TIMESERIES_GZ = "timeseries.csv.gz";

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();

  private SweepFiles() {}

  /** Whether {@code dir} is a sweep's output directory rather than a run's. */
  public static boolean isSweep(Path dir) {
    return Files.exists(dir.resolve(JSON)) || Files.exists(dir.resolve(RUNS));
  }

  /**
   * One design point: its id and the value of each varied parameter (key path to value, in
   * summary.csv column order).
   */
  public record Point(int id, Map<String, String> values) {}

  /**
   * One row of summary.csv.
   *
   * @param interval the interval's rule ({@code t}, {@code t_clipped}, {@code wilson}; {@code t} in
   *     tables written before the column existed)
   * @param given the condition of the statistics ({@code crossed}) or empty
   */
  public record SummaryRow(
      int point,
      String metric,
      int n,
      double mean,
      double ciLow,
      double ciHigh,
      String interval,
      String given) {}

  /** summary.csv: the design points (in point order) and every row. */
  public record Summary(List<Point> points, List<String> metrics, List<SummaryRow> rows) {
    /** The rows of summary metric {@code metric}, in point order. */
    public List<SummaryRow> rowsOf(String metric) {
      return rows.stream().filter(r -> r.metric().equals(metric)).toList();
    }
  }

  /** Reads {@code dir/summary.csv}. */
  public static Summary readSummary(Path dir) throws IOException {
    Path file = dir.resolve(SUMMARY);
    Map<Integer, Point> points = new LinkedHashMap<>();
    List<String> metrics = new ArrayList<>();
    List<SummaryRow> rows = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = FORMAT.parse(r)) {
      List<String> header = p.getHeaderNames();
      for (String c : List.of("point", "metric", "n", "mean", "ci_low", "ci_high")) {
        require(header, c, file);
      }
      // The varied parameters' columns sit between `point` and `metric`.
      List<String> params = header.subList(header.indexOf("point") + 1, header.indexOf("metric"));
      for (CSVRecord rec : p) {
        checkWidth(rec, header.size(), file);
        int point = integer(rec.get("point"), file, rec);
        String metric = rec.get("metric");
        if (!points.containsKey(point)) {
          Map<String, String> values = new LinkedHashMap<>();
          for (String k : params) {
            values.put(k, rec.get(k));
          }
          points.put(point, new Point(point, values));
        }
        if (!metrics.contains(metric)) {
          metrics.add(metric);
        }
        rows.add(
            new SummaryRow(
                point,
                metric,
                integer(rec.get("n"), file, rec),
                number(rec.get("mean"), file, rec),
                number(rec.get("ci_low"), file, rec),
                number(rec.get("ci_high"), file, rec),
                rec.isMapped("interval") ? rec.get("interval") : Interval.T,
                rec.isMapped("given") ? rec.get("given") : ""));
      }
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException(file + ":2: no rows; is the sweep complete?");
    }
    List<Point> ordered = new ArrayList<>(points.values());
    ordered.sort(java.util.Comparator.comparingInt(Point::id));
    return new Summary(ordered, metrics, rows);
  }

  /** Reads {@code dir/runs.csv}: the design point of each run id (-1 for ids not listed). */
  public static int[] readRunPoints(Path dir) throws IOException {
    Path file = dir.resolve(RUNS);
    List<int[]> pairs = new ArrayList<>();
    int maxRun = -1;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p = FORMAT.parse(r)) {
      require(p.getHeaderNames(), "run", file);
      require(p.getHeaderNames(), "point", file);
      for (CSVRecord rec : p) {
        checkWidth(rec, p.getHeaderNames().size(), file);
        int run = integer(rec.get("run"), file, rec);
        int point = integer(rec.get("point"), file, rec);
        pairs.add(new int[] {run, point});
        maxRun = Math.max(maxRun, run);
      }
    }
    int[] pointOf = new int[maxRun + 1];
    java.util.Arrays.fill(pointOf, -1);
    for (int[] pr : pairs) {
      pointOf[pr[0]] = pr[1];
    }
    return pointOf;
  }

  /** The sweep's time series file (plain or gzipped), or null when it wrote none. */
  public static Path timeseries(Path dir) {
    for (String name : List.of(TIMESERIES, TIMESERIES_GZ)) {
      if (Files.exists(dir.resolve(name))) {
        return dir.resolve(name);
      }
    }
    return null;
  }

  /**
   * Accumulates {@code metrics} of the long time series, per design point below {@code maxPoint}
   * (the others are skipped: they are not charted), one {@link BandStats} per metric (inside the
   * metric's bounds), in the order of {@code metrics}. Metrics absent from the file are left out of
   * the result.
   */
  public static Map<String, BandStats> readBands(
      Path file, int[] pointOf, List<String> metrics, int maxPoint) throws IOException {
    Map<String, BandStats> bands = new LinkedHashMap<>();
    try (InputStream in = open(file);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVParser p = FORMAT.parse(r)) {
      require(p.getHeaderNames(), "run", file);
      require(p.getHeaderNames(), "step", file);
      List<String> present = metrics.stream().filter(p.getHeaderNames()::contains).toList();
      int[] columns = new int[present.size()];
      for (int i = 0; i < columns.length; i++) {
        columns[i] = p.getHeaderMap().get(present.get(i));
        bands.put(present.get(i), new BandStats(maxPoint, boundsOf(present.get(i))));
      }
      BandStats[] stats = bands.values().toArray(new BandStats[0]);
      int runColumn = p.getHeaderMap().get("run");
      int stepColumn = p.getHeaderMap().get("step");
      int width = p.getHeaderNames().size();
      for (CSVRecord rec : (Iterable<CSVRecord>) p::iterator) {
        checkWidth(rec, width, file);
        int run = integer(rec.get(runColumn), file, rec);
        if (run < 0 || run >= pointOf.length || pointOf[run] < 0) {
          throw new IllegalArgumentException(
              file
                  + ":"
                  + line(rec)
                  + ": run "
                  + run
                  + " is not in "
                  + RUNS
                  + "; do these files belong to the same sweep?");
        }
        int point = pointOf[run];
        if (point >= maxPoint) {
          continue;
        }
        int step = integer(rec.get(stepColumn), file, rec);
        if (step < 0) {
          throw new IllegalArgumentException(
              file + ":" + line(rec) + ": step " + step + " is negative");
        }
        for (int i = 0; i < columns.length; i++) {
          stats[i].add(point, step, number(rec.get(columns[i]), file, rec));
        }
      }
    } catch (java.util.zip.ZipException | java.io.EOFException | java.io.UncheckedIOException e) {
      // A damaged or truncated .gz surfaces here, without the file's name.
      throw new IllegalArgumentException(
          file + ": cannot be read to the end (" + e.getMessage() + "); is it cut short?", e);
    }
    return bands;
  }

  /** The registry's bounds of a metric; none for a column the registry does not know. */
  private static Bounds boundsOf(String metric) {
    return Metrics.has(metric) ? Metrics.get(metric).bounds() : Bounds.NONE;
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private static void require(List<String> header, String column, Path file) {
    if (!header.contains(column)) {
      throw new IllegalArgumentException(
          file + ":1: no column `" + column + "`; is this a " + "Minga sweep's output?");
    }
  }

  private static void checkWidth(CSVRecord rec, int width, Path file) {
    if (rec.size() != width) {
      throw new IllegalArgumentException(
          file
              + ":"
              + line(rec)
              + ": "
              + rec.size()
              + " cells where the header has "
              + width
              + "; is the file cut short?");
    }
  }

  /** The file line of a record (the header is line 1; no quoted line breaks in these files). */
  private static long line(CSVRecord rec) {
    return rec.getRecordNumber() + 1;
  }

  private static int integer(String text, Path file, CSVRecord rec) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          file + ":" + line(rec) + ": `" + text + "` is not a whole number");
    }
  }

  private static double number(String text, Path file, CSVRecord rec) {
    return CsvCells.number(text, file, line(rec));
  }
}
