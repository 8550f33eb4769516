package org.minga.metrics;

import java.util.ArrayList;
import java.util.List;
import org.minga.model.MingaModel;
import org.minga.model.Phase;
import sim.engine.Steppable;

/**
 * Records every metric of {@link Metrics#ALL} at the model's METRICS phase and hands the row to the
 * observers (files, charts, the window), like Mesa's DataCollector. Reads model state and never
 * changes it; uses no randomness, so attaching it cannot change a run.
 */
public final class MetricsRecorder {
  private final MingaModel model;
  private final StepMetrics metrics;
  private final double[] values = new double[Metrics.ALL.size()];
  private final TrackedSample tracked;
  private final int[] trackedIds;
  private final List<StepObserver> observers = new ArrayList<>();
  private final List<HouseholdYearObserver> yearObservers = new ArrayList<>();
  private HouseholdYear households;

  /** Month of the last step recorded, 0 before any. */
  private int lastMonth;

  private MetricsRecorder(MingaModel model) {
    this.model = model;
    this.metrics = new StepMetrics(model);
    int n = Math.min(model.scenario().producers().tracked(), model.producerCount());
    this.tracked = new TrackedSample(n);
    this.trackedIds = HouseholdSelection.spread(n, model.producerCount());
  }

  /** Schedules metric recording at the model's METRICS phase; call after model.start(). */
  public static MetricsRecorder attach(MingaModel model) {
    MetricsRecorder r = new MetricsRecorder(model);
    Steppable record = state -> r.record();
    model.schedule.scheduleRepeating(0.0, Phase.METRICS, record, 1.0);
    return r;
  }

  public void addObserver(StepObserver o) {
    observers.add(o);
  }

  /**
   * Sends the yearly households panel of {@code selection} to {@code o} (see {@link
   * HouseholdYearObserver}); call before the first step. Every observer gets the same households:
   * the selection of the first call.
   */
  public void addHouseholdObserver(HouseholdSelection selection, HouseholdYearObserver o) {
    if (!selection.wanted()) {
      return;
    }
    if (households == null) {
      households =
          new HouseholdYear(
              model, model.recordHouseholdPanel(), selection.ids(model.producerCount()));
    }
    yearObservers.add(o);
  }

  private void record() {
    metrics.compute(values);
    TrackedFill.fill(model, trackedIds, tracked);
    int step = model.currentStep();
    for (StepObserver o : observers) {
      o.onStep(step, values, tracked);
    }
    lastMonth = model.month();
    if (lastMonth == 12) {
      yearEnded();
    }
  }

  private void yearEnded() {
    for (HouseholdYearObserver o : yearObservers) {
      o.onYear(households);
    }
  }

  /** The latest step's values (a copy). */
  public double[] latest() {
    return values.clone();
  }

  /** Ids of the tracked households. */
  public int[] trackedIds() {
    return trackedIds.clone();
  }

  /**
   * Sends a partial last year to the household observers if the run ended before a December, then
   * calls onFinish on every observer.
   */
  public void finish() {
    if (lastMonth != 0 && lastMonth != 12) {
      yearEnded();
      lastMonth = 12; // sent once
    }
    observers.forEach(StepObserver::onFinish);
    yearObservers.forEach(HouseholdYearObserver::onFinish);
  }
}
