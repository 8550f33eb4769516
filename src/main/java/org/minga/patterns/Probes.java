package org.minga.patterns;

import java.util.function.DoubleBinaryOperator;
import org.minga.metrics.Metrics;
import org.minga.model.Channel;
import org.minga.model.Intermediary;
import org.minga.model.MingaModel;
import org.minga.model.Producer;

/** The probes the catalogue uses: metric means and values, within-run contrasts, cohorts. */
public final class Probes {
  private Probes() {}

  /** Mean of metric {@code name} over steps [from, to), skipping NA steps. */
  public static Probe mean(String name, int from, int to) {
    int column = Metrics.index(name);
    return new Probe() {
      double sum;
      int n;

      @Override
      public void onStep(MingaModel model, int step, double[] values) {
        if (step >= from && step < to && !Double.isNaN(values[column])) {
          sum += values[column];
          n++;
        }
      }

      @Override
      public double result() {
        return n == 0 ? Double.NaN : sum / n;
      }
    };
  }

  /** Mean of metric {@code name} over several step ranges [from, to), skipping NA steps. */
  public static Probe meanOver(String name, int[][] ranges) {
    int column = Metrics.index(name);
    return new Probe() {
      double sum;
      int n;

      @Override
      public void onStep(MingaModel model, int step, double[] values) {
        for (int[] r : ranges) {
          if (step >= r[0] && step < r[1] && !Double.isNaN(values[column])) {
            sum += values[column];
            n++;
          }
        }
      }

      @Override
      public double result() {
        return n == 0 ? Double.NaN : sum / n;
      }
    };
  }

  /**
   * Sum over steps [from, to) of {@code num} divided by the sum of {@code den} (steps where either
   * is NaN are skipped); NaN when the denominator sums to zero.
   */
  public static Probe ratioOfSums(
      int from,
      int to,
      java.util.function.ToDoubleFunction<double[]> num,
      java.util.function.ToDoubleFunction<double[]> den) {
    return new Probe() {
      double n;
      double d;

      @Override
      public void onStep(MingaModel model, int step, double[] values) {
        if (step >= from && step < to) {
          double a = num.applyAsDouble(values);
          double b = den.applyAsDouble(values);
          if (!Double.isNaN(a) && !Double.isNaN(b)) {
            n += a;
            d += b;
          }
        }
      }

      @Override
      public double result() {
        return d == 0 ? Double.NaN : n / d;
      }
    };
  }

  /** A constant, to contrast a measure with a fixed reference (e.g. a ratio with 1). */
  public static Probe constant(double value) {
    return new Probe() {
      @Override
      public void onStep(MingaModel model, int step, double[] values) {}

      @Override
      public double result() {
        return value;
      }
    };
  }

  /**
   * Mean over steps [from, to) of a function of the step's metrics (skipping steps where it is
   * NaN), e.g. a per-step rate built from several metrics.
   */
  public static Probe meanOf(int from, int to, java.util.function.ToDoubleFunction<double[]> f) {
    return new Probe() {
      double sum;
      int n;

      @Override
      public void onStep(MingaModel model, int step, double[] values) {
        if (step >= from && step < to) {
          double v = f.applyAsDouble(values);
          if (!Double.isNaN(v) && !Double.isInfinite(v)) {
            sum += v;
            n++;
          }
        }
      }

      @Override
      public double result() {
        return n == 0 ? Double.NaN : sum / n;
      }
    };
  }

  /** Value of metric {@code name} at {@code step}. */
  public static Probe at(String name, int step) {
    return mean(name, step, step + 1);
  }

  /** {@code op(a, b)} of two probes of the same run, e.g. a later value minus an earlier one. */
  public static Probe combine(Probe a, Probe b, DoubleBinaryOperator op) {
    return new Probe() {
      @Override
      public void onStep(MingaModel model, int step, double[] values) {
        a.onStep(model, step, values);
        b.onStep(model, step, values);
      }

      @Override
      public double result() {
        return op.applyAsDouble(a.result(), b.result());
      }
    };
  }

  /** {@code a − b} within one run. */
  public static Probe minus(Probe a, Probe b) {
    return combine(a, b, (x, y) -> x - y);
  }

  /** {@code a / b} within one run. */
  public static Probe ratio(Probe a, Probe b) {
    return combine(a, b, (x, y) -> x / y);
  }

  /**
   * Change of mean income12 of the producers contracted at {@code cohortStep}: their income at
   * {@code laterStep} minus their income at {@code earlierStep} (either may precede the cohort
   * step: income is remembered for every producer, and the cohort is applied at the end).
   */
  public static Probe contractCohortIncomeChange(int cohortStep, int earlierStep, int laterStep) {
    return new Probe() {
      double[] early;
      double[] late;
      int[] cohort;

      @Override
      public void onStep(MingaModel model, int step, double[] values) {
        if (step == earlierStep) {
          early = incomes(model);
        }
        if (step == laterStep) {
          late = incomes(model);
        }
        if (step == cohortStep) {
          cohort =
              model.producers().stream()
                  .filter(Producer::isContracted)
                  .mapToInt(Producer::id)
                  .toArray();
        }
      }

      @Override
      public double result() {
        if (early == null || late == null || cohort == null || cohort.length == 0) {
          return Double.NaN;
        }
        double sum = 0;
        for (int id : cohort) {
          sum += late[id] - early[id];
        }
        return sum / cohort.length;
      }
    };
  }

  /** Mean trailing-12-month profit of active intermediaries, averaged over [from, to). */
  public static Probe intermediaryProfit(int from, int to) {
    return new Probe() {
      double sum;
      int n;

      @Override
      public void onStep(MingaModel model, int step, double[] values) {
        if (step < from || step >= to) {
          return;
        }
        double s = 0;
        int k = 0;
        for (Intermediary i : model.intermediaries()) {
          if (i.isActive()) {
            s += i.profit12();
            k++;
          }
        }
        if (k > 0) {
          sum += s / k;
          n++;
        }
      }

      @Override
      public double result() {
        return n == 0 ? Double.NaN : sum / n;
      }
    };
  }

  /**
   * Tied sales: over all steps in [from, to), the share of cooperative members indebted to an
   * intermediary whose main channel is an intermediary, minus the same share among members not so
   * indebted (NaN when no member was ever indebted to an intermediary).
   */
  public static Probe tiedMembersIntermediaryShare(int from, int to) {
    return new Probe() {
      long tied;
      long tiedToIntermediary;
      long free;
      long freeToIntermediary;

      @Override
      public void onStep(MingaModel model, int step, double[] values) {
        if (step < from || step >= to) {
          return;
        }
        for (Producer p : model.producers()) {
          if (!p.isActive() || !p.isMember() || p.mainChannel() == null) {
            continue;
          }
          boolean toIntermediary = p.mainChannel() == Channel.INTERMEDIARY;
          if (p.isIndebtedToIntermediary()) {
            tied++;
            tiedToIntermediary += toIntermediary ? 1 : 0;
          } else {
            free++;
            freeToIntermediary += toIntermediary ? 1 : 0;
          }
        }
      }

      @Override
      public double result() {
        if (tied == 0 || free == 0) {
          return Double.NaN;
        }
        return (double) tiedToIntermediary / tied - (double) freeToIntermediary / free;
      }
    };
  }

  /**
   * Each household's mean income12 over steps [from, to) as {@link Probe#vector()} (indexed by
   * producer id); {@link Probe#result()} is their mean.
   */
  public static Probe householdIncomes(int from, int to) {
    return new Probe() {
      double[] sum;
      int n;

      @Override
      public void onStep(MingaModel model, int step, double[] values) {
        if (step < from || step >= to) {
          return;
        }
        if (sum == null) {
          sum = new double[model.producerCount()];
        }
        for (int i = 0; i < sum.length; i++) {
          sum[i] += model.producer(i).income12();
        }
        n++;
      }

      @Override
      public double[] vector() {
        double[] v = new double[sum == null ? 0 : sum.length];
        for (int i = 0; i < v.length; i++) {
          v[i] = sum[i] / n;
        }
        return v;
      }

      @Override
      public double result() {
        double[] v = vector();
        double s = 0;
        for (double x : v) {
          s += x;
        }
        return v.length == 0 ? Double.NaN : s / v.length;
      }
    };
  }

  /**
   * Share of elements where {@code a} is lower than {@code b} by more than {@code margin} of |b|
   * (households worse off in arm a); NaN when the vectors differ in length or are empty.
   */
  public static double shareLower(double[] a, double[] b, double margin) {
    if (a.length != b.length || a.length == 0) {
      return Double.NaN;
    }
    int lower = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] < b[i] - margin * Math.abs(b[i])) {
        lower++;
      }
    }
    return (double) lower / a.length;
  }

  private static double[] incomes(MingaModel model) {
    double[] v = new double[model.producerCount()];
    for (int i = 0; i < v.length; i++) {
      v[i] = model.producer(i).income12();
    }
    return v;
  }
}
