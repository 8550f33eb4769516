package org.minga.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.IntervalCategoryDataset;

/**
 * Means by category with an interval each, whose ends need not be equally far from the mean (an
 * interval cut at a metric's bound is not). Read by {@link WhiskerRenderer}; the category value is
 * the mean.
 */
public final class MeanIntervalDataset extends DefaultCategoryDataset
    implements IntervalCategoryDataset {
  private static final long serialVersionUID = 1L;
  private final Map<List<Comparable<?>>, Number[]> ends = new HashMap<>();

  /** Adds a mean (null: none) with its interval (null ends: none). */
  public void add(
      Number mean, Number low, Number high, Comparable<?> series, Comparable<?> category) {
    addValue(mean, series, category);
    ends.put(List.of(series, category), new Number[] {low, high});
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Number getStartValue(Comparable series, Comparable category) {
    Number[] e = ends.get(List.of(series, category));
    return e == null ? null : e[0];
  }

  @Override
  @SuppressWarnings("rawtypes")
  public Number getEndValue(Comparable series, Comparable category) {
    Number[] e = ends.get(List.of(series, category));
    return e == null ? null : e[1];
  }

  @Override
  public Number getStartValue(int series, int category) {
    return getStartValue(getRowKey(series), getColumnKey(category));
  }

  @Override
  public Number getEndValue(int series, int category) {
    return getEndValue(getRowKey(series), getColumnKey(category));
  }
}
