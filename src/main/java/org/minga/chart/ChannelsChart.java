package org.minga.chart;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.TexturePaint;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.minga.metrics.Metrics;

/**
 * Channel shares: a stacked area of marketed volume by channel (trailing 12 months). Each band has
 * its own colour and hatching, so the stack reads in black and white too. The four bands are one
 * composition that sums to 1, read as a whole, so this chart keeps all four in the essential set
 * (where line charts keep three lines). A counterfactual run is drawn as faded lines where its band
 * edges would be.
 */
public final class ChannelsChart extends TimeChart {
  private static final String[] METRICS = {
    "share_intermediary", "share_cooperative", "share_contract", "share_local_market"
  };
  private static final String[] LABELS = {
    "Intermediaries", "Cooperatives", "Firm contracts", "Local market"
  };
  private static final Color[] COLOURS = {
    Palette.VERMILLION, Palette.BLUE, Palette.GREEN, Palette.YELLOW
  };

  private final JFreeChart chart;
  private final XYPlot plot;
  private final List<XYSeries> series = new ArrayList<>();
  private final int[] columns = new int[METRICS.length];

  ChannelsChart(ChartStyle style) {
    super(style);
    DefaultTableXYDataset data = new DefaultTableXYDataset();
    StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
    for (int i = 0; i < METRICS.length; i++) {
      XYSeries s = new XYSeries(LABELS[i], false, false);
      data.addSeries(s);
      series.add(s);
      columns[i] = Metrics.index(METRICS[i]);
      renderer.setSeriesPaint(i, hatch(COLOURS[i], i));
    }
    renderer.setRoundXCoordinates(true);
    NumberAxis share = new NumberAxis("Share of volume (0-1, last 12 mo)");
    share.setRange(new Range(0, 1));
    plot = new XYPlot(data, timeAxis(), share, renderer);
    stylePlot(plot);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // faded edges over the stack
    List<FadedLine> edges = new ArrayList<>();
    for (int i = 1; i < METRICS.length; i++) {
      int below = i; // the edge above the first `below` bands
      edges.add(new FadedLine(LABELS[i - 1] + " edge", Palette.BLACK, r -> stackedShare(r, below)));
    }
    fadedLines(plot, 0, edges);
    chart = finish(new JFreeChart("Marketed volume by channel", style.title(), plot, true));
  }

  /** A colour with a hatching of its own (none, diagonal, cross, dots) drawn in dark grey. */
  static Paint hatch(Color base, int pattern) {
    int n = 12;
    BufferedImage tile = new BufferedImage(n, n, BufferedImage.TYPE_INT_RGB);
    var g = tile.createGraphics();
    g.setColor(base);
    g.fillRect(0, 0, n, n);
    g.setColor(new Color(40, 40, 40));
    switch (pattern % 4) {
      case 1 -> g.drawLine(0, n - 1, n - 1, 0);
      case 2 -> {
        g.drawLine(n / 2, 0, n / 2, n);
        g.drawLine(0, n / 2, n, n / 2);
      }
      case 3 -> g.fillRect(n / 2 - 1, n / 2 - 1, 3, 3);
      default -> {} // plain: the first band
    }
    g.dispose();
    return new TexturePaint(tile, new Rectangle(0, 0, n, n));
  }

  @Override
  public String name() {
    return "channels";
  }

  @Override
  public JFreeChart chart() {
    return chart;
  }

  @Override
  public List<XYPlot> plots() {
    return List.of(plot);
  }

  @Override
  void append(StepRow row) {
    for (int i = 0; i < series.size(); i++) {
      // addOrUpdate: the table dataset has already copied this x into the other series.
      series.get(i).addOrUpdate(row.step(), share(row, i));
    }
  }

  /** Band {@code i}'s share; a stack cannot hold gaps, so a share undefined counts as none. */
  private double share(StepRow row, int i) {
    double v = row.value(columns[i]);
    return Double.isNaN(v) ? 0 : v;
  }

  /** The sum of the first {@code bands} shares: where the top of band {@code bands - 1} is. */
  private double stackedShare(StepRow row, int bands) {
    double sum = 0;
    for (int i = 0; i < bands; i++) {
      sum += share(row, i);
    }
    return sum;
  }
}
