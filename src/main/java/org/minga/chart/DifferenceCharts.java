package org.minga.chart;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;

/**
 * The charts of {@code minga compare}: per metric, the paired difference variant - base at each
 * step (replicate k of both runs on one seed), its mean over replicates with a 95% band, and a line
 * at zero, years on the time axis.
 */
public final class DifferenceCharts {
  /** File names are {@code difference_<metric>.png}. */
  public static final String PREFIX = "difference_";

  private DifferenceCharts() {}

  /**
   * @param bands per metric, the differences at each step as design point 0, inside the range a
   *     difference of the metric can take
   * @param startYear calendar year of step 0
   */
  public static Map<String, JFreeChart> charts(
      ChartStyle style, Map<String, BandStats> bands, int startYear) {
    Map<String, JFreeChart> charts = new LinkedHashMap<>();
    for (Map.Entry<String, BandStats> e : bands.entrySet()) {
      String metric = e.getKey();
      BandStats stats = e.getValue();
      String name = SweepCharts.BAND_METRICS.getOrDefault(metric, metric);
      String note =
          "Band: 95% t interval of the paired difference at each step"
              + BandChart.kept(stats)
              + "; "
              + BandChart.replicates(stats.replicateRange(0, 1))
              + ". Replicate k of both runs uses one seed (common random numbers), so chance moves "
              + "both alike.";
      JFreeChart chart =
          BandChart.draw(
              style,
              name + ": variant - base, 95% band",
              SweepCharts.axisLabel("Difference", SweepCharts.unitOf(metric)),
              BandChart.dataset(stats, List.of("Variant - base"), 0, 1),
              startYear,
              note);
      ValueMarker zero =
          new ValueMarker(
              0,
              Palette.BLACK,
              new BasicStroke(
                  style.lineWidth() / 2,
                  BasicStroke.CAP_BUTT,
                  BasicStroke.JOIN_MITER,
                  10,
                  new float[] {6, 4},
                  0));
      chart.getXYPlot().addRangeMarker(zero);
      ((NumberAxis) chart.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(true);
      charts.put(PREFIX + metric, chart);
    }
    return charts;
  }

  /** Writes each chart as {@code <name>.png} in {@code dir}; returns the files. */
  public static List<Path> write(Map<String, JFreeChart> charts, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, JFreeChart> e : charts.entrySet()) {
      Path png = dir.resolve(e.getKey() + ".png");
      ChartExport.writePng(e.getValue(), png, ChartExport.WIDTH, ChartExport.HEIGHT);
      files.add(png);
    }
    return files;
  }
}
