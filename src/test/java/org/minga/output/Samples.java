package org.minga.output;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import org.minga.metrics.Metrics;
import org.minga.metrics.TrackedSample;

/**
 * Synthetic step data for output tests. TrackedSample's constructor and arrays are package-private
 * to the metrics package (only the recorder fills them), so tests reach them by reflection.
 */
final class Samples {
  private Samples() {}

  /** A sample of {@code n} households with recognisable values (household i has number 10 i). */
  static TrackedSample tracked(int n) {
    try {
      Constructor<TrackedSample> c = TrackedSample.class.getDeclaredConstructor(int.class);
      c.setAccessible(true);
      TrackedSample t = c.newInstance(n);
      for (int i = 0; i < n; i++) {
        array(t, "household", int[].class)[i] = 10 * i;
        array(t, "group", String[].class)[i] = i == 0 ? null : "member";
        array(t, "channel", String[].class)[i] = "cooperative";
        array(t, "active", boolean[].class)[i] = i % 2 == 0;
        array(t, "areaHa", double[].class)[i] = 2.5;
        array(t, "incomeMonth", double[].class)[i] = -12.25;
        array(t, "income12m", double[].class)[i] = 1.0 / 3;
        array(t, "cash", double[].class)[i] = 300;
        array(t, "debt", double[].class)[i] = Double.NaN;
        array(t, "trust", double[].class)[i] = 0.7;
      }
      return t;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("TrackedSample changed shape; update Samples", e);
    }
  }

  /** Metric values for {@code step}: step, year 2000 + step / 12, month, then step + 0.5. */
  static double[] values(int step) {
    double[] v = new double[Metrics.ALL.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = step + 0.5;
    }
    v[Metrics.index("step")] = step;
    v[Metrics.index("year")] = 2000 + step / 12;
    v[Metrics.index("month")] = step % 12 + 1;
    v[Metrics.index("price_contract")] = Double.NaN;
    return v;
  }

  private static <T> T array(TrackedSample t, String field, Class<T> type)
      throws ReflectiveOperationException {
    Field f = TrackedSample.class.getDeclaredField(field);
    f.setAccessible(true);
    return type.cast(f.get(t));
  }
}
