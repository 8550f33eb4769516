package org.minga.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.minga.metrics.Metrics;

/**
 * Income paths: the distribution of household net income (median with p25-p75 and p10-p90 bands),
 * the poverty line and the mean income of members and independents (and, with the full set, of
 * contract farmers); below it, on the same time axis, the individual paths of the tracked
 * households.
 */
public final class IncomeChart extends TimeChart {
  static final String AXIS = "Income (USD/yr)";

  /** The group means; the last one is drawn with the full set only. */
  private static final String[] GROUP_METRICS = {
    "income_members", "income_independent", "income_contract"
  };

  private static final String[] GROUP_LABELS = {
    "Mean, cooperative members", "Mean, independents", "Mean, contract farmers"
  };

  private final JFreeChart chart;
  private final XYPlot distribution;
  private final XYPlot paths;
  private final YIntervalSeries outer = new YIntervalSeries("Median, p10-p90 band");
  private final YIntervalSeries inner = new YIntervalSeries("p25-p75 band");
  private final List<XYSeries> groups = new ArrayList<>();
  private final XYSeriesCollection pathData = new XYSeriesCollection();
  private final List<XYSeries> pathSeries = new ArrayList<>();
  private final int median = Metrics.index("income_median");
  private final int p10 = Metrics.index("income_p10");
  private final int p25 = Metrics.index("income_p25");
  private final int p75 = Metrics.index("income_p75");
  private final int p90 = Metrics.index("income_p90");
  private final List<Integer> groupColumns = new ArrayList<>();

  /**
   * @param povertyLine the poverty line in USD/year, or NaN when unknown (no line drawn)
   * @param allSeries whether to draw the contract farmers' mean too
   */
  IncomeChart(ChartStyle style, double povertyLine, boolean allSeries) {
    super(style);
    YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    bands.addSeries(outer);
    bands.addSeries(inner);
    DeviationRenderer band =
        new DeviationRenderer(true, false) {
          /** A swatch of the band's fill, so the legend says which band is which. */
          @Override
          public LegendItem getLegendItem(int datasetIndex, int series) {
            LegendItem item = super.getLegendItem(datasetIndex, series);
            if (item != null) {
              item.setShape(new Rectangle2D.Double(-8, -5, 16, 10));
              item.setShapeVisible(true);
              item.setFillPaint(getSeriesFillPaint(series));
            }
            return item;
          }
        };
    band.setSeriesPaint(0, Palette.BLACK);
    band.setSeriesFillPaint(0, Palette.translucent(Palette.SKY_BLUE, 90));
    band.setSeriesPaint(1, Palette.BLACK);
    band.setSeriesFillPaint(1, Palette.translucent(Palette.BLUE, 110));
    band.setSeriesStroke(0, new BasicStroke(style.lineWidth()));
    band.setSeriesLinesVisible(1, false); // one median line: the outer band's
    band.setAlpha(1f); // the fill colours carry their own transparency
    distribution = plot(bands, AXIS, band);
    // Drawn in dataset order: bands, then the faded median, then the means over both.
    distribution.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    fadedLines(
        distribution,
        0,
        List.of(new FadedLine(outer.getKey().toString(), Palette.BLACK, r -> r.value(median))));
    XYSeriesCollection means = new XYSeriesCollection();
    List<Integer> styles = new ArrayList<>();
    for (int i = 0; i < (allSeries ? GROUP_METRICS.length : GROUP_METRICS.length - 1); i++) {
      XYSeries s = series(GROUP_LABELS[i]);
      means.addSeries(s);
      groups.add(s);
      groupColumns.add(Metrics.index(GROUP_METRICS[i]));
      styles.add(1 + i);
    }
    distribution.setDataset(2, means);
    distribution.setRenderer(2, lines(styles));
    if (!Double.isNaN(povertyLine)) {
      ValueMarker poverty =
          new ValueMarker(
              povertyLine,
              Palette.VERMILLION,
              new BasicStroke(
                  style.lineWidth(),
                  BasicStroke.CAP_BUTT,
                  BasicStroke.JOIN_MITER,
                  10f,
                  new float[] {3 * style.lineWidth(), 2 * style.lineWidth()},
                  0f));
      poverty.setLabel(
          String.format(java.util.Locale.ROOT, "poverty line %,.0f USD/year", povertyLine));
      poverty.setLabelFont(style.note());
      poverty.setLabelPaint(Palette.VERMILLION);
      poverty.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
      poverty.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
      distribution.addRangeMarker(poverty, Layer.FOREGROUND);
    }

    XYLineAndShapeRenderer pathLines = new XYLineAndShapeRenderer(true, false);
    pathLines.setDefaultPaint(Palette.translucent(Palette.GREY, 170));
    pathLines.setAutoPopulateSeriesPaint(false);
    pathLines.setDefaultStroke(new BasicStroke(Math.max(1f, style.lineWidth() / 2)));
    pathLines.setAutoPopulateSeriesStroke(false);
    pathLines.setDefaultSeriesVisibleInLegend(false);
    paths = plot(pathData, "Tracked (USD/yr)", pathLines);

    NumberAxis time = timeAxis();
    styleAxis(time);
    CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
    combined.setGap(12);
    combined.add(distribution, 3);
    combined.add(paths, 2);
    chart =
        finish(
            new JFreeChart("Household net income, last 12 months", style.title(), combined, true));
    chart.getPlot().setBackgroundPaint(Color.WHITE);
  }

  @Override
  public String name() {
    return "income";
  }

  @Override
  public JFreeChart chart() {
    return chart;
  }

  @Override
  public List<XYPlot> plots() {
    return List.of(distribution, paths);
  }

  @Override
  void append(StepRow row) {
    int step = row.step();
    double mid = row.value(median);
    outer.add(step, mid, row.value(p10), row.value(p90));
    inner.add(step, mid, row.value(p25), row.value(p75));
    for (int i = 0; i < groups.size(); i++) {
      groups.get(i).add(step, row.value(groupColumns.get(i)));
    }
    while (pathSeries.size() < row.trackedIds().length) {
      XYSeries s = series("household " + row.trackedIds()[pathSeries.size()]);
      pathSeries.add(s);
      pathData.addSeries(s);
    }
    for (int i = 0; i < row.trackedIds().length; i++) {
      pathSeries.get(i).add(step, row.trackedIncome()[i]);
    }
  }
}
