package org.minga.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;

/**
 * Each category's mean as a dot and its interval as a whisker with caps, from an {@link
 * IntervalCategoryDataset}'s start and end values. JFreeChart's StatisticalLineAndShapeRenderer
 * draws mean &plusmn; one number, which would redraw an interval cut at a bound (a share's at 1)
 * past the bound again.
 */
final class WhiskerRenderer extends LineAndShapeRenderer {
  private static final long serialVersionUID = 1L;
  private final transient Paint whiskerPaint;
  private final float width;

  WhiskerRenderer(Paint whiskerPaint, float width) {
    super(false, true);
    this.whiskerPaint = whiskerPaint;
    this.width = width;
  }

  @Override
  public void drawItem(
      Graphics2D g2,
      CategoryItemRendererState state,
      Rectangle2D dataArea,
      CategoryPlot plot,
      CategoryAxis domainAxis,
      ValueAxis rangeAxis,
      CategoryDataset dataset,
      int row,
      int column,
      int pass) {
    if (pass == 1 && dataset instanceof IntervalCategoryDataset d) {
      Number low = d.getStartValue(row, column);
      Number high = d.getEndValue(row, column);
      if (low != null && high != null) {
        double x =
            domainAxis.getCategoryMiddle(
                column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
        double y0 = rangeAxis.valueToJava2D(low.doubleValue(), dataArea, plot.getRangeAxisEdge());
        double y1 = rangeAxis.valueToJava2D(high.doubleValue(), dataArea, plot.getRangeAxisEdge());
        double cap = 3 * width + 3;
        g2.setPaint(whiskerPaint);
        g2.setStroke(new BasicStroke(width));
        g2.draw(new Line2D.Double(x, y0, x, y1));
        g2.draw(new Line2D.Double(x - cap, y0, x + cap, y0));
        g2.draw(new Line2D.Double(x - cap, y1, x + cap, y1));
      }
    }
    super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
  }

  /** The axis range covers the whiskers, not only the means. */
  @Override
  public Range findRangeBounds(CategoryDataset dataset) {
    return findRangeBounds(dataset, true);
  }
}
