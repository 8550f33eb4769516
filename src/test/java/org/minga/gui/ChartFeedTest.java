package org.minga.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.minga.chart.StepRow;
import org.minga.metrics.Metrics;
import org.minga.metrics.MetricsRecorder;
import org.minga.metrics.StepObserver;
import org.minga.model.MingaModel;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ScenarioLoader;

/**
 * The hand-over from the model thread to the event dispatch thread (works headless: the event queue
 * exists without a display).
 */
class ChartFeedTest {
  @Test
  void stepsQueuedWhileTheScreenIsBusyArriveAsOneBatchInOrder() throws Exception {
    List<List<StepRow>> batches = new ArrayList<>();
    List<Boolean> onEdt = new ArrayList<>();
    ChartFeed feed =
        new ChartFeed(
            b -> {
              batches.add(b);
              onEdt.add(SwingUtilities.isEventDispatchThread());
            });
    CountDownLatch busy = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    // Keep the event dispatch thread busy, as a slow repaint would.
    SwingUtilities.invokeLater(
        () -> {
          busy.countDown();
          await(release);
        });
    assertTrue(busy.await(10, TimeUnit.SECONDS));
    StepObserver model = feed;
    ModelInputs inputs =
        ScenarioLoader.load(
            java.nio.file.Path.of("scenarios/baseline.yaml"), List.of("producers.count=200"));
    MingaModel m = new MingaModel(inputs);
    m.start();
    MetricsRecorder.attach(m).addObserver(model);
    for (int s = 0; s < 25; s++) {
      m.stepOnce(); // the model thread never waits for the busy screen
    }
    release.countDown();
    SwingUtilities.invokeAndWait(() -> {});
    // 25 steps while the screen was busy: one redraw for all of them, not 25.
    assertEquals(1, batches.size());
    assertEquals(25, batches.get(0).size());
    for (int s = 0; s < 25; s++) {
      assertEquals(s, batches.get(0).get(s).step());
    }
    assertEquals(List.of(true), onEdt, "charts are fed on the event dispatch thread only");
    // Rows are copies: the recorder's reused arrays have moved on, the rows have not.
    int step = Metrics.index("step");
    assertEquals(0, batches.get(0).get(0).value(step));
  }

  @Test
  void aClosedFeedDeliversNothing() throws Exception {
    List<StepRow> got = new ArrayList<>();
    ChartFeed feed = new ChartFeed(got::addAll);
    feed.close();
    feed.onStep(0, new double[Metrics.ALL.size()], null); // a closed feed copies nothing
    SwingUtilities.invokeAndWait(() -> {});
    assertTrue(got.isEmpty());
  }

  private static void await(CountDownLatch l) {
    try {
      l.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
