package org.minga.chart;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.minga.metrics.Metrics;
import org.minga.stats.Interval;

/**
 * The charts of a sweep, drawn from its tables:
 *
 * <ul>
 *   <li>{@code timeseries_METRIC.png} (when the sweep wrote its time series): per design point, the
 *       mean across replicates at each step with its 95% t band, one line and band per point, for
 *       the key metrics {@link #BAND_METRICS};
 *   <li>{@code summary_COLUMN.png}: per summary metric of summary.csv, each design point's mean
 *       with its 95% interval as an error bar, the points along the x axis labelled by their
 *       parameter values.
 * </ul>
 *
 * More than {@link #MAX_BAND_POINTS} overlapping bands cannot be told apart (and the palette has
 * seven distinct colour-and-dash styles), so the time-series charts hold six design points each:
 * points 0-5 in {@code timeseries_METRIC.png}, 6-11 in {@code timeseries_METRIC_2.png}, up to
 * {@link #MAX_BAND_PAGES} files per metric; a larger design (Sobol, Morris) shows its first 24
 * points and says so on the chart; summary.csv has all of them.
 */
public final class SweepCharts {
  /** The metrics drawn over time, with their chart titles. */
  public static final Map<String, String> BAND_METRICS = bandMetrics();

  /** Design points per time-series chart: few enough for the bands to be told apart. */
  public static final int MAX_BAND_POINTS = 6;

  /** Time-series files per metric at most (so at most 24 design points are drawn over time). */
  public static final int MAX_BAND_PAGES = 4;

  /** Above this many design points the summary charts drop per-point labels. */
  static final int MAX_LABELLED_POINTS = 30;

  /** Where {@code minga sweep} and {@code minga chart} put a sweep's charts. */
  public static final String DIRECTORY = "charts";

  private final ChartStyle style;
  private final SweepFiles.Summary summary;
  private final Map<String, BandStats> bands;
  private final List<String> labels;
  private final Map<String, String> summaryUnits = new LinkedHashMap<>();

  /**
   * @param bands per metric, the band statistics of the first design points (empty when the sweep
   *     has no time series)
   */
  public SweepCharts(ChartStyle style, SweepFiles.Summary summary, Map<String, BandStats> bands) {
    this.style = style;
    this.summary = summary;
    this.bands = bands;
    this.labels = labels(summary.points());
  }

  /** Reads a sweep directory's tables (summary.csv, runs.csv, the time series if any). */
  public static SweepCharts read(ChartStyle style, Path dir) throws IOException {
    SweepFiles.Summary summary = SweepFiles.readSummary(dir);
    Path series = SweepFiles.timeseries(dir);
    Map<String, BandStats> bands = Map.of();
    if (series != null) {
      int[] pointOf = SweepFiles.readRunPoints(dir);
      bands =
          SweepFiles.readBands(
              series,
              pointOf,
              List.copyOf(BAND_METRICS.keySet()),
              Math.min(MAX_BAND_POINTS * MAX_BAND_PAGES, summary.points().size()));
    }
    SweepCharts charts = new SweepCharts(style, summary, bands);
    charts.summaryUnits.putAll(unitsFromSweepJson(dir.resolve(SweepFiles.JSON)));
    return charts;
  }

  /**
   * Summary column to unit, from sweep.json's list of metrics (which knows the metric behind a
   * column given its own name); empty when the file is missing or unreadable, and the unit is then
   * guessed from the column name.
   */
  private static Map<String, String> unitsFromSweepJson(Path file) {
    Map<String, String> units = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return units;
    }
    try {
      com.google.gson.JsonObject o =
          com.google.gson.JsonParser.parseString(Files.readString(file)).getAsJsonObject();
      if (o.has("metrics")) {
        for (com.google.gson.JsonElement e : o.getAsJsonArray("metrics")) {
          com.google.gson.JsonObject m = e.getAsJsonObject();
          String unit =
              "first_crossing".equals(m.get("stat").getAsString())
                  ? "month (step)"
                  : unitOf(m.get("metric").getAsString());
          if (unit != null) {
            units.put(m.get("column").getAsString(), unit);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // Units are a courtesy: the charts are still right without them.
    }
    return units;
  }

  /** Whether time-series charts can be drawn (the sweep wrote timeseries.csv[.gz]). */
  public boolean hasTimeseries() {
    return !bands.isEmpty();
  }

  /** "p0: sigma=0.02, advance_share=0.5" for each design point, in point order. */
  public List<String> pointLabels() {
    return labels;
  }

  /** The time-series charts, by file stem ({@code timeseries_cohesion}...). */
  public Map<String, JFreeChart> timeseriesCharts() {
    Map<String, JFreeChart> charts = new LinkedHashMap<>();
    for (Map.Entry<String, BandStats> e : bands.entrySet()) {
      int drawn = e.getValue().points();
      for (int from = 0, page = 1; from < drawn; from += MAX_BAND_POINTS, page++) {
        int to = Math.min(drawn, from + MAX_BAND_POINTS);
        charts.put(
            "timeseries_" + e.getKey() + (page == 1 ? "" : "_" + page),
            bandChart(e.getKey(), e.getValue(), from, to));
      }
    }
    return charts;
  }

  /** The summary comparison charts, by file stem ({@code summary_<column>}). */
  public Map<String, JFreeChart> summaryCharts() {
    Map<String, JFreeChart> charts = new LinkedHashMap<>();
    for (String m : summary.metrics()) {
      charts.put("summary_" + m, comparisonChart(m));
    }
    return charts;
  }

  /** Writes every chart as PNG (and SVG if asked) in {@code target}; returns the files. */
  public List<Path> write(Path target, boolean svg) throws IOException {
    Files.createDirectories(target);
    Map<String, JFreeChart> all = new LinkedHashMap<>(timeseriesCharts());
    all.putAll(summaryCharts());
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, JFreeChart> e : all.entrySet()) {
      Path png = target.resolve(e.getKey() + ".png");
      ChartExport.writePng(e.getValue(), png, ChartExport.WIDTH, ChartExport.HEIGHT);
      files.add(png);
      if (svg) {
        Path f = target.resolve(e.getKey() + ".svg");
        ChartExport.writeSvg(e.getValue(), f, ChartExport.WIDTH, ChartExport.HEIGHT);
        files.add(f);
      }
    }
    return files;
  }

  // ---- time series: mean and 95% band per design point ---------------------------------------

  private JFreeChart bandChart(String metric, BandStats stats, int from, int to) {
    int total = summary.points().size();
    String note =
        "Band: 95% t interval across replicates at each step"
            + BandChart.kept(stats)
            + "; "
            + BandChart.replicates(stats.replicateRange(from, to))
            + ". Design points "
            + from
            + "-"
            + (to - 1)
            + " of 0-"
            + (total - 1);
    if (total > stats.points()) {
      note +=
          "; only the first "
              + stats.points()
              + " are drawn over time, every point is in "
              + "summary.csv and timeseries.csv";
    }
    // Sweep tables carry no start year: years from the start.
    return BandChart.draw(
        style,
        BAND_METRICS.get(metric) + ": mean across replicates, 95% band",
        axisLabel(BAND_METRICS.get(metric), unitOf(metric)),
        BandChart.dataset(stats, labels, from, to),
        0,
        note);
  }

  // ---- summary metrics: each design point's mean with its 95% interval -----------------------

  /**
   * The comparison dataset of one summary column: one category per design point (its label), the
   * mean as its value and the 95% interval of summary.csv as its ends (null where summary.csv has
   * NA).
   */
  public MeanIntervalDataset comparisonDataset(String metric) {
    MeanIntervalDataset d = new MeanIntervalDataset();
    Map<Integer, String> labelOf = new LinkedHashMap<>();
    for (int i = 0; i < summary.points().size(); i++) {
      labelOf.put(summary.points().get(i).id(), labels.get(i));
    }
    for (SweepFiles.SummaryRow row : summary.rowsOf(metric)) {
      d.add(
          finite(row.mean()),
          finite(row.ciLow()),
          finite(row.ciHigh()),
          metric,
          labelOf.get(row.point()));
    }
    return d;
  }

  private static Double finite(double x) {
    return Double.isFinite(x) ? x : null;
  }

  private JFreeChart comparisonChart(String metric) {
    int n = summary.points().size();
    boolean labelled = n <= MAX_LABELLED_POINTS;
    CategoryAxis x =
        new CategoryAxis(
            labelled
                ? "Design point (varied parameter values)"
                : "Design point (0-" + (n - 1) + "; parameter values in summary.csv)");
    x.setMaximumCategoryLabelLines(4); // "p3:" / "sigma=0.1," / "advance_share=0.9"
    x.setTickLabelsVisible(labelled);
    if (n > 8) {
      // Vertical labels: a 45-degree slant runs the first label off the left edge.
      // UP_90 leaves labels 30% of the plot height and breaks "0.55" in large type; half.
      x.setCategoryLabelPositions(
          CategoryLabelPositions.createUpRotationLabelPositions(Math.PI / 2));
    }
    NumberAxis y =
        new NumberAxis(axisLabel(metric, summaryUnits.getOrDefault(metric, summaryUnit(metric))));
    y.setAutoRangeIncludesZero(false);
    WhiskerRenderer r = new WhiskerRenderer(Palette.BLACK, style.lineWidth());
    r.setSeriesPaint(0, Palette.BLUE);
    r.setSeriesShape(
        0,
        new java.awt.geom.Ellipse2D.Double(
            -2.5 * style.lineWidth(),
            -2.5 * style.lineWidth(),
            5 * style.lineWidth(),
            5 * style.lineWidth()));
    r.setDefaultShapesFilled(true);
    CategoryPlot plot = new CategoryPlot(comparisonDataset(metric), x, y, r);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(210, 210, 210));
    stylePlot(x, y);
    JFreeChart chart =
        finish(new JFreeChart(metric + " by design point", style.title(), plot, false));
    chart.addSubtitle(BandChart.note(style, summaryNote(summary.rowsOf(metric))));
    return chart;
  }

  /** What the points and bars of a summary chart are, and how many runs they rest on. */
  static String summaryNote(List<SweepFiles.SummaryRow> rows) {
    int min = rows.stream().mapToInt(SweepFiles.SummaryRow::n).min().orElse(0);
    int max = rows.stream().mapToInt(SweepFiles.SummaryRow::n).max().orElse(0);
    String n = "n = " + (min == max ? min : min + " to " + max) + " runs per point";
    String given = rows.isEmpty() ? "" : rows.get(0).given();
    if (rows.stream().anyMatch(r -> r.interval().equals(Interval.WILSON))) {
      return "Share of runs with its 95% Wilson interval (" + SweepFiles.SUMMARY + "); " + n;
    }
    return "Mean across replicates with its 95% t interval"
        + (rows.stream().anyMatch(r -> r.interval().equals(Interval.T_CLIPPED))
            ? " (cut at the metric's bounds)"
            : "")
        + (given.isEmpty() ? "" : ", over the runs that " + given + " only")
        + " ("
        + SweepFiles.SUMMARY
        + "); "
        + n
        + "; no bar where fewer than two had a value";
  }

  // ---- labels and style ----------------------------------------------------------------------

  /** "p3: sigma=0.1, advance_share=0.9": parameters by the last part of their key path. */
  static List<String> labels(List<SweepFiles.Point> points) {
    List<String> out = new ArrayList<>();
    for (SweepFiles.Point p : points) {
      StringBuilder sb = new StringBuilder("p").append(p.id());
      String sep = ": ";
      for (Map.Entry<String, String> v : p.values().entrySet()) {
        sb.append(sep)
            .append(shortKey(v.getKey(), p.values().keySet()))
            .append('=')
            .append(v.getValue());
        sep = ", ";
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** The last part of a key path, or the whole path if another key ends the same way. */
  private static String shortKey(String key, java.util.Set<String> keys) {
    String last = key.substring(key.lastIndexOf('.') + 1);
    long same = keys.stream().filter(k -> k.equals(last) || k.endsWith("." + last)).count();
    return same > 1 ? key : last;
  }

  static String axisLabel(String name, String unit) {
    return unit == null ? name : name + " (" + unit + ")";
  }

  static String unitOf(String metric) {
    return Metrics.has(metric) ? Metrics.get(metric).unit() : null;
  }

  /**
   * The unit of a summary column {@code <metric>_<stat>}: the metric's unit, or months for a first
   * crossing. Custom column names fall back to no unit.
   */
  static String summaryUnit(String column) {
    if (column.endsWith("_first_crossing")) {
      return "month (step)";
    }
    if (column.endsWith("_crossed")) {
      return "share of runs";
    }
    for (String stat : List.of("_final", "_mean", "_min", "_max")) {
      if (column.endsWith(stat)) {
        return unitOf(column.substring(0, column.length() - stat.length()));
      }
    }
    return unitOf(column); // a summary named after its metric
  }

  private void stylePlot(org.jfree.chart.axis.Axis... axes) {
    for (org.jfree.chart.axis.Axis a : axes) {
      style.applyTo(a);
    }
  }

  private JFreeChart finish(JFreeChart c) {
    return style.finish(c);
  }

  private static Map<String, String> bandMetrics() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("cohesion", "Cohesion index");
    m.put("delivery_share", "Delivery share (12 mo)");
    m.put("membership_rate", "Membership rate");
    m.put("income_median", "Median household income (12 mo)");
    m.put("world_price", "World price");
    return java.util.Collections.unmodifiableMap(m);
  }
}
