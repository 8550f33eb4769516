package org.minga.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import org.minga.chart.StepRow;
import org.minga.metrics.StepObserver;
import org.minga.metrics.TrackedSample;

/**
 * Carries each step's metrics from the model thread to the charts on the event dispatch thread. The
 * model thread only copies the row and queues it; at most one hand-over task is pending at a time,
 * and it takes every row queued since the last one. When the model runs faster than the screen
 * repaints (10,000 producers at full speed), several steps arrive in one batch and the charts
 * redraw once per batch instead of once per step, so the window does not stutter and the model
 * never waits for Swing.
 */
final class ChartFeed implements StepObserver {
  private final ConcurrentLinkedQueue<StepRow> queue = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean handOverPending = new AtomicBoolean();
  private final Consumer<List<StepRow>> onEdt;
  private volatile boolean closed;

  /**
   * @param onEdt receives each batch of rows, in step order, on the event dispatch thread
   */
  ChartFeed(Consumer<List<StepRow>> onEdt) {
    this.onEdt = onEdt;
  }

  @Override
  public void onStep(int step, double[] values, TrackedSample tracked) {
    if (closed) {
      return;
    }
    queue.add(StepRow.copyOf(step, values, tracked));
    if (handOverPending.compareAndSet(false, true)) {
      SwingUtilities.invokeLater(this::handOver);
    }
  }

  /** Stops delivering: rows of a model that has been replaced must not reach the new charts. */
  void close() {
    closed = true;
    queue.clear();
  }

  private void handOver() {
    // Clear the flag before draining: a row queued after this point schedules a new hand-over.
    handOverPending.set(false);
    List<StepRow> batch = new ArrayList<>();
    for (StepRow r = queue.poll(); r != null; r = queue.poll()) {
      batch.add(r);
    }
    if (!closed && !batch.isEmpty()) {
      onEdt.accept(batch);
    }
  }
}
