package org.minga.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.metrics.MetricsRecorder;
import org.minga.model.MingaModel;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ScenarioLoader;

/**
 * The headless export (surefire runs with java.awt.headless=true): a short run of the baseline
 * scenario is charted and written as PNG files.
 */
class ChartExportTest {
  /** Four years: long enough to reach the baseline's first events (months 24 and 36). */
  static final int STEPS = 48;

  static List<StepRow> rows;
  static ModelInputs inputs;

  @BeforeAll
  static void runBaseline() throws Exception {
    inputs =
        ScenarioLoader.load(Path.of("scenarios/baseline.yaml"), List.of("producers.count=300"));
    MingaModel model = new MingaModel(inputs);
    model.start();
    ChartRecorder recorder = new ChartRecorder();
    MetricsRecorder.attach(model).addObserver(recorder);
    for (int i = 0; i < STEPS; i++) {
      model.stepOnce();
    }
    rows = recorder.rows();
  }

  @Test
  void everyChartIsWrittenAndNotBlank(@TempDir Path dir) throws IOException {
    MingaCharts charts = MingaCharts.forScenario(ChartStyle.STANDARD, inputs.scenario());
    charts.appendAll(rows);
    List<Path> files = ChartExport.writePngs(charts, dir);
    assertEquals(
        List.of("cohesion.png", "income.png", "prices.png", "channels.png", "structure.png"),
        files.stream().map(f -> f.getFileName().toString()).toList());
    for (Path f : files) {
      BufferedImage img = ImageIO.read(f.toFile());
      assertEquals(ChartExport.WIDTH, img.getWidth(), f::toString);
      // A blank or single-colour image has no variance; a drawn chart has lines, text, fills.
      assertTrue(lumaVariance(img) > 100, () -> f + " looks blank: variance " + lumaVariance(img));
    }
    try (var left = Files.list(dir)) {
      assertEquals(5, left.count(), "no temporary files left behind");
    }
  }

  @Test
  void everySeriesHoldsOnePointPerStep() {
    MingaCharts charts = new MingaCharts(ChartStyle.STANDARD, 1440);
    charts.appendAll(rows);
    for (TimeChart c : charts.charts()) {
      Map<String, Integer> points = c.pointsPerSeries();
      assertFalse(points.isEmpty(), c.name());
      points.forEach((series, n) -> assertEquals(STEPS, n, c.name() + ": " + series));
    }
    // 20 tracked households in the baseline, one path each in the income chart's lower panel.
    long paths =
        charts.chart("income").pointsPerSeries().keySet().stream()
            .filter(k -> k.startsWith("household "))
            .count();
    assertEquals(20, paths);
  }

  @Test
  void axesAndTitlesAreLabelledWithUnits() {
    MingaCharts charts = new MingaCharts(ChartStyle.STANDARD, Double.NaN);
    for (TimeChart c : charts.charts()) {
      assertFalse(c.chart().getTitle().getText().isBlank(), c.name());
      for (XYPlot p : c.plots()) {
        assertEquals(YearAxis.LABEL_FROM_START, p.getDomainAxis().getLabel());
        for (int a = 0; a < p.getRangeAxisCount(); a++) {
          ValueAxis axis = p.getRangeAxis(a);
          // Every range axis names its unit in parentheses: "(USD/unit)", "(count)"...
          assertTrue(axis.getLabel().matches(".*\\(.+\\).*"), c.name() + ": " + axis.getLabel());
        }
      }
    }
  }

  @Test
  void scheduledEventsAndFirmEntryAreMarkedOnEveryTimeAxis() {
    MingaCharts charts = MingaCharts.forScenario(ChartStyle.STANDARD, inputs.scenario());
    charts.appendAll(rows);
    // The baseline's intermediaries arrive at month 24 and its levers switch at 36 and later.
    assertTrue(
        charts.events().stream()
            .anyMatch(e -> e.step() == 24 && e.label().contains("intermediaries")),
        charts.events()::toString);
    assertTrue(charts.events().stream().anyMatch(e -> e.label().equals("promotion on")));
    boolean firmEntered =
        rows.get(STEPS - 1).value(org.minga.metrics.Metrics.index("active_firms"))
            > rows.get(0).value(org.minga.metrics.Metrics.index("active_firms"));
    assertEquals(
        firmEntered,
        charts.events().stream().anyMatch(e -> e.label().equals("firm enters")),
        "firm entry read off active_firms");
    // Markers only up to the last month charted: later scheduled events are not announced.
    long distinctSteps =
        charts.events().stream()
            .mapToInt(ChartEvent::step)
            .filter(s -> s < STEPS)
            .distinct()
            .count();
    assertTrue(charts.events().stream().anyMatch(e -> e.step() >= STEPS), "later events known");
    assertFalse(charts.eventKey().contains("month " + 96), charts.eventKey());
    for (TimeChart c : charts.charts()) {
      for (XYPlot p : c.plots()) {
        var markers = p.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        assertEquals(distinctSteps, markers == null ? 0 : markers.size(), c.name());
      }
    }
  }

  @Test
  void presentationStyleKeepsTheDataAndEnlargesText() {
    MingaCharts standard = new MingaCharts(ChartStyle.STANDARD, 1440);
    standard.appendAll(rows);
    MingaCharts big = standard.restyled(ChartStyle.PRESENTATION);
    assertEquals(STEPS, big.steps());
    assertEquals(standard.chart("prices").pointsPerSeries(), big.chart("prices").pointsPerSeries());
    assertTrue(
        big.chart("prices").chart().getTitle().getFont().getSize()
            > standard.chart("prices").chart().getTitle().getFont().getSize());
  }

  static double lumaVariance(BufferedImage img) {
    double sum = 0;
    double sumSq = 0;
    long n = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y);
        double l = 0.299 * ((rgb >> 16) & 255) + 0.587 * ((rgb >> 8) & 255) + 0.114 * (rgb & 255);
        sum += l;
        sumSq += l * l;
        n++;
      }
    }
    double mean = sum / n;
    return sumSq / n - mean * mean;
  }

  @Test
  void theTimeAxisReadsInCalendarYears() {
    MingaCharts charts = new MingaCharts(ChartStyle.STANDARD, Double.NaN, 1986);
    for (TimeChart c : charts.charts()) {
      for (XYPlot p : c.plots()) {
        assertEquals(YearAxis.LABEL, p.getDomainAxis().getLabel(), c.name());
      }
    }
    java.text.NumberFormat years = new YearAxis.YearFormat(1986);
    assertEquals("1986", years.format(0));
    assertEquals("1986", years.format(11));
    assertEquals("1987", years.format(12));
    assertEquals("1994", years.format(96)); // the boom of 1994, step 96
  }

  @Test
  void eventLabelsCloseInTimeStackInsteadOfPrintingOverEachOther() {
    java.util.List<Integer> rows = new java.util.ArrayList<>();
    double gap = 240 / 30.0; // a 20-year run: labels at least 8 months apart share a line
    assertEquals(0, EventMarkers.labelRow(rows, 24, gap));
    assertEquals(0, EventMarkers.labelRow(rows, 96, gap));
    assertEquals(1, EventMarkers.labelRow(rows, 97, gap), "one month later: next line");
    assertEquals(2, EventMarkers.labelRow(rows, 98, gap));
    assertEquals(0, EventMarkers.labelRow(rows, 110, gap), "far enough: back to the top");
    assertEquals(1, EventMarkers.labelRow(rows, 111, gap));
  }
}
