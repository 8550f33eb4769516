package org.minga.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.minga.chart.StepRow;
import org.minga.metrics.MetricsRecorder;
import org.minga.model.Intervention;
import org.minga.model.MingaModel;

/**
 * The path the live run would have taken without the facilitator's last change: the same scenario
 * and seed run again from month 0 in the background, with every earlier change at its month and the
 * last one left out. Named random streams make this a controlled comparison: the two runs draw the
 * same numbers, so the difference between the lines is the change itself.
 *
 * <p>A newer change cancels a run still going; only the latest result reaches the charts, on the
 * event dispatch thread.
 */
final class Counterfactual {
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "minga-counterfactual");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY); // the live run comes first
            return t;
          });

  /** Bumped by every request and reset: a run whose number is not the latest stops. */
  private final AtomicLong generation = new AtomicLong();

  /**
   * Starts computing the run of {@code fresh} with {@code interventions} but the last, and hands
   * its rows to {@code done} on the event dispatch thread, unless a newer request came first.
   */
  void request(
      Supplier<MingaModel> fresh, List<Intervention> interventions, Consumer<List<StepRow>> done) {
    long mine = generation.incrementAndGet();
    List<Intervention> kept = interventions.subList(0, interventions.size() - 1);
    worker.execute(
        () -> {
          List<StepRow> rows = run(fresh.get(), kept, () -> generation.get() != mine);
          if (rows != null) {
            SwingUtilities.invokeLater(
                () -> {
                  if (generation.get() == mine) {
                    done.accept(rows);
                  }
                });
          }
        });
  }

  /** Drops any run in progress or result not yet shown (a reset, a new scenario). */
  void cancel() {
    generation.incrementAndGet();
  }

  void shutdown() {
    cancel();
    worker.shutdownNow();
  }

  /**
   * Runs {@code m} from the start to its horizon with each of {@code interventions} made at the
   * month it took effect, in the order they were made; null when {@code cancelled} says so.
   */
  static List<StepRow> run(
      MingaModel m, List<Intervention> interventions, BooleanSupplier cancelled) {
    m.start();
    List<StepRow> rows = new ArrayList<>(m.totalSteps());
    MetricsRecorder.attach(m)
        .addObserver((step, values, tracked) -> rows.add(StepRow.copyOf(step, values, tracked)));
    for (int s = 0; s < m.totalSteps(); s++) {
      if (cancelled.getAsBoolean()) {
        return null;
      }
      for (Intervention i : interventions) {
        if (i.step() == s) {
          make(m, i);
        }
      }
      m.stepOnce();
    }
    return rows;
  }

  private static void make(MingaModel m, Intervention i) {
    if (i.isShock()) {
      m.injectPriceShockAt(i.step(), i.months(), i.multiplier());
    } else {
      m.switchLever(i.lever(), i.state());
    }
  }
}
