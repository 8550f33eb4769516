package org.minga.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweep charts from a tiny hand-written sweep: two design points (sigma 0.1 and 0.2), two
 * replicates each, two steps, so every mean and interval can be checked by hand.
 */
class SweepChartsTest {
  /** t(0.975, 1 degree of freedom) = tan(0.95 pi / 2), the two-replicate 95% quantile. */
  private static final double T1 = Math.tan(0.475 * Math.PI);

  @TempDir Path dir;

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  /**
   * Median income (unbounded: incomes can be negative). Point 0 (runs 0, 1): 1 and 3 at step 0 ->
   * mean 2, sd sqrt(2), half-width t * sqrt(2) / sqrt(2) = t; 2 and 2 at step 1 -> mean 2, no
   * spread. Point 1 (runs 2, 3): 4 and 6 -> mean 5, half-width t; at step 1 one replicate is NA ->
   * mean 5 from one value, no band. Cohesion (an index 0-1): 0.9 and 1 at point 0, whose t band,
   * 0.95 +- 0.64, passes 1.
   */
  private void writeSweep() throws IOException {
    Files.writeString(dir.resolve("sweep.json"), "{\"name\": \"tiny\"}\n");
    Files.writeString(
        dir.resolve("runs.csv"),
        "run,point,replicate,seed,prices.sigma,"
            + "cohesion_final\n0,0,0,11,0.1,2\n1,0,1,12,0.1,2\n2,1,0,13,0.2,5\n3,1,1,14,0.2,5\n");
    Files.writeString(
        dir.resolve("timeseries.csv"),
        "run,step,income_median,cohesion\n"
            + "0,0,1,0.9\n0,1,2,0.9\n1,0,3,1\n1,1,2,1\n"
            + "2,0,4,0.5\n2,1,5,0.5\n3,0,6,0.5\n3,1,NA,0.5\n");
    double half = T1 * Math.sqrt(2) / Math.sqrt(2);
    Files.writeString(
        dir.resolve("summary.csv"),
        "point,prices.sigma,metric,n,mean,sd,ci_low,"
            + "ci_high\n0,0.1,cohesion_final,2,2,1.4142135623730951,"
            + (2 - half)
            + ","
            + (2 + half)
            + "\n1,0.2,cohesion_final,1,5,NA,NA,NA\n");
  }

  @Test
  void bandsHoldOnePointPerStepPerDesignPointWithMeanAndTInterval() throws IOException {
    writeSweep();
    SweepCharts charts = SweepCharts.read(ChartStyle.STANDARD, dir);
    assertTrue(charts.hasTimeseries());
    assertEquals(List.of("p0: sigma=0.1", "p1: sigma=0.2"), charts.pointLabels());
    JFreeChart income = charts.timeseriesCharts().get("timeseries_income_median");
    YIntervalSeriesCollection d = (YIntervalSeriesCollection) income.getXYPlot().getDataset();
    assertEquals(2, d.getSeriesCount(), "one series per design point");
    for (int s = 0; s < 2; s++) {
      assertEquals(2, d.getItemCount(s), "one item per step");
    }
    assertEquals("p0: sigma=0.1", d.getSeriesKey(0));
    // point 0, step 0: 1 and 3
    assertEquals(2.0, d.getYValue(0, 0), 1e-12);
    assertEquals(2.0 - T1, d.getStartYValue(0, 0), 1e-9);
    assertEquals(2.0 + T1, d.getEndYValue(0, 0), 1e-9);
    // point 0, step 1: 2 and 2, no spread
    assertEquals(2.0, d.getStartYValue(0, 1), 1e-12);
    assertEquals(2.0, d.getEndYValue(0, 1), 1e-12);
    // point 1, step 0: 4 and 6
    assertEquals(5.0, d.getYValue(1, 0), 1e-12);
    assertEquals(5.0 + T1, d.getEndYValue(1, 0), 1e-9);
    // point 1, step 1: 5 and NA -> the one value, no band
    assertEquals(5.0, d.getYValue(1, 1), 1e-12);
    assertEquals(5.0, d.getStartYValue(1, 1), 1e-12);
    // Metrics the file lacks are not charted; those it has are.
    assertEquals(
        Set.of("timeseries_cohesion", "timeseries_income_median"),
        charts.timeseriesCharts().keySet());
    XYPlot plot = income.getXYPlot();
    assertEquals(YearAxis.LABEL_FROM_START, plot.getDomainAxis().getLabel());
    assertEquals("Median household income (12 mo) (USD/year)", plot.getRangeAxis().getLabel());
  }

  @Test
  void bandsOfAnIndexStayInsideZeroToOneAndSayOnHowManyReplicates() throws IOException {
    writeSweep();
    JFreeChart cohesion =
        SweepCharts.read(ChartStyle.STANDARD, dir).timeseriesCharts().get("timeseries_cohesion");
    YIntervalSeriesCollection d = (YIntervalSeriesCollection) cohesion.getXYPlot().getDataset();
    // Point 0: 0.9 and 1, a t band of 0.95 +- 0.635: cut at 1, the lower end left as it is.
    assertEquals(0.95, d.getYValue(0, 0), 1e-12);
    assertEquals(1.0, d.getEndYValue(0, 0), 1e-12);
    assertEquals(0.95 - T1 * Math.sqrt(0.005) / Math.sqrt(2), d.getStartYValue(0, 0), 1e-9);
    for (int s = 0; s < d.getSeriesCount(); s++) {
      for (int i = 0; i < d.getItemCount(s); i++) {
        assertTrue(d.getStartYValue(s, i) >= 0 && d.getEndYValue(s, i) <= 1, s + "/" + i);
      }
    }
    StringBuilder notes = new StringBuilder();
    for (Object t : cohesion.getSubtitles()) {
      if (t instanceof TextTitle title) {
        notes.append(title.getText());
      }
    }
    assertTrue(notes.toString().contains("kept inside [0, 1]"), notes.toString());
    assertTrue(notes.toString().contains("n = 2 replicates at every step"), notes.toString());
  }

  @Test
  void comparisonChartCarriesEachPointsMeanAndInterval() throws IOException {
    writeSweep();
    SweepCharts charts = SweepCharts.read(ChartStyle.STANDARD, dir);
    MeanIntervalDataset d = charts.comparisonDataset("cohesion_final");
    assertEquals(List.of("p0: sigma=0.1", "p1: sigma=0.2"), d.getColumnKeys());
    assertEquals(2.0, d.getValue(0, 0).doubleValue(), 1e-12);
    // The whisker is the 95% interval of summary.csv, its ends as written there.
    assertEquals(2.0 - T1, d.getStartValue(0, 0).doubleValue(), 1e-9);
    assertEquals(2.0 + T1, d.getEndValue(0, 0).doubleValue(), 1e-9);
    assertEquals(5.0, d.getValue(0, 1).doubleValue(), 1e-12);
    assertNull(d.getEndValue(0, 1), "one replicate: no interval, no whisker");
    CategoryPlot plot = charts.summaryCharts().get("summary_cohesion_final").getCategoryPlot();
    assertEquals("cohesion_final (index 0-1)", plot.getRangeAxis().getLabel());
    assertEquals("Design point (varied parameter values)", plot.getDomainAxis().getLabel());
  }

  @Test
  void summaryNotesSayWhatTheBarsAreAndOnHowManyRuns() {
    List<SweepFiles.SummaryRow> steps =
        List.of(
            new SweepFiles.SummaryRow(0, "collapse", 2, 76.5, 0, 239, "t_clipped", "crossed"),
            new SweepFiles.SummaryRow(1, "collapse", 5, 50, 30.4, 69.6, "t", "crossed"));
    String note = SweepCharts.summaryNote(steps);
    assertTrue(note.contains("over the runs that crossed only"), note);
    assertTrue(note.contains("cut at the metric's bounds"), note);
    assertTrue(note.contains("n = 2 to 5 runs per point"), note);
    String share =
        SweepCharts.summaryNote(
            List.of(
                new SweepFiles.SummaryRow(0, "collapse_crossed", 5, 0.4, 0.1, 0.8, "wilson", "")));
    assertTrue(share.startsWith("Share of runs with its 95% Wilson interval"), share);
    assertTrue(share.contains("n = 5 runs per point"), share);
    assertEquals("share of runs", SweepCharts.summaryUnit("collapse_crossed"));
  }

  @Test
  void writesNonBlankImages() throws IOException {
    writeSweep();
    Path out = dir.resolve("charts");
    List<Path> files = SweepCharts.read(ChartStyle.STANDARD, dir).write(out, false);
    assertEquals(
        List.of(
            "timeseries_cohesion.png",
            "timeseries_income_median.png",
            "summary_cohesion_final.png"),
        files.stream().map(f -> f.getFileName().toString()).toList());
    for (Path f : files) {
      BufferedImage img = ImageIO.read(f.toFile());
      assertEquals(ChartExport.WIDTH, img.getWidth(), f.toString());
      Set<Integer> colours = new HashSet<>();
      for (int y = 0; y < img.getHeight(); y += 3) {
        for (int x = 0; x < img.getWidth(); x += 3) {
          colours.add(img.getRGB(x, y));
        }
      }
      // Text, axes, lines and a translucent band: far more than a blank canvas's one colour.
      assertTrue(colours.size() > 20, f + " is drawn: " + colours.size() + " colours");
    }
    try (var left = Files.list(out)) {
      assertTrue(
          left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")),
          "no temporary files left behind");
    }
  }

  @Test
  void largeDesignsArePagedSixPointsPerChart() throws IOException {
    // 14 points, one replicate each: pages of 0-5, 6-11, 12-13.
    StringBuilder runs = new StringBuilder("run,point,replicate,seed,a.x,m\n");
    StringBuilder series = new StringBuilder("run,step,cohesion\n");
    StringBuilder summary = new StringBuilder("point,a.x,metric,n,mean,sd,ci_low,ci_high\n");
    for (int p = 0; p < 14; p++) {
      runs.append(p).append(',').append(p).append(",0,1,").append(p).append(",1\n");
      series.append(p).append(",0,").append(p).append('\n');
      summary.append(p).append(',').append(p).append(",m,1,1,NA,NA,NA\n");
    }
    Files.writeString(dir.resolve("runs.csv"), runs.toString());
    Files.writeString(dir.resolve("timeseries.csv"), series.toString());
    Files.writeString(dir.resolve("summary.csv"), summary.toString());
    Map<String, JFreeChart> charts = SweepCharts.read(ChartStyle.STANDARD, dir).timeseriesCharts();
    assertEquals(
        List.of("timeseries_cohesion", "timeseries_cohesion_2", "timeseries_cohesion_3"),
        List.copyOf(charts.keySet()));
    YIntervalSeriesCollection last =
        (YIntervalSeriesCollection) charts.get("timeseries_cohesion_3").getXYPlot().getDataset();
    assertEquals(2, last.getSeriesCount());
    assertEquals("p12: x=12", last.getSeriesKey(0));
    assertEquals(12.0, last.getYValue(0, 0), 1e-12);
  }

  @Test
  void aBadCellIsReportedWithFileAndLine() throws IOException {
    writeSweep();
    Files.writeString(dir.resolve("timeseries.csv"), "run,step,cohesion\n0,0,1\n0,1,abc\n");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SweepCharts.read(ChartStyle.STANDARD, dir));
    assertTrue(e.getMessage().endsWith("timeseries.csv:3: `abc` is not a number"), e.getMessage());
    Files.writeString(
        dir.resolve("summary.csv"), "point,metric,n,mean,sd,ci_low,ci_high\n" + "0,m,2,1,1\n");
    e =
        assertThrows(
            IllegalArgumentException.class, () -> SweepCharts.read(ChartStyle.STANDARD, dir));
    assertTrue(
        e.getMessage().contains("summary.csv:2: 5 cells where the header has 7"), e.getMessage());
  }
}
