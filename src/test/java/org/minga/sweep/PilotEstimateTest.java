package org.minga.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dry run's arithmetic on pilot times given by hand (never timed here): runs x build +
 * producer-steps x time per producer-step, over the threads, plus the warm-up's excess once.
 */
class PilotEstimateTest {
  private static final long MS = 1_000_000L;

  /**
   * A pilot run of 600 producers, 120 steps, {@code stepsRun} of them run, all after the warm-up
   * (which ends at 1 s) or none.
   */
  private static SweepPilot.Sample sample(
      double startedAt, long buildMs, int stepsRun, long stepMs) {
    boolean warm = startedAt >= 1;
    return new SweepPilot.Sample(
        new SweepRun.Timing(
            600,
            120,
            stepsRun,
            buildMs * MS,
            stepMs * MS,
            warm ? stepsRun : 0,
            warm ? stepMs * MS : 0),
        startedAt);
  }

  @Test
  void scalesTheMeasuredRunsAndAddsTheWarmUpOnce() {
    List<SweepPilot.Sample> pilot = new ArrayList<>();
    pilot.add(sample(0, 400, 120, 60)); // the first run on each thread: a cold JVM
    pilot.add(sample(0, 400, 120, 60));
    for (int i = 0; i < 10; i++) {
      // After the warm-up: 40 ms to build, 1 us per producer-step (72 ms for 120 steps).
      pilot.add(sample(1.2 + 0.1 * i, 40, 120, 72));
    }
    pilot.add(sample(2.9, 40, 30, 18)); // stopped part-way at the end of the pilot
    // 384 runs of 600 producers x 120 steps on 2 threads.
    PilotEstimate e = PilotEstimate.of(pilot, 1.0, 384, 384 * 600 * 120.0, 2);
    assertEquals(0.040, e.buildSeconds(), 1e-12);
    assertEquals(1000, e.producerStepNanos(), 1e-9);
    // Each cold run took 460 ms where a warm one takes 112: 2 x 348 ms over 2 threads.
    assertEquals(0.348, e.warmUpSeconds(), 1e-9);
    assertEquals(384 * 0.112 / 2 + 0.348, e.wallSeconds(), 1e-9);
    // The last run started at 2.9 s and took 58 ms.
    assertEquals(2.958, e.pilot().seconds(), 1e-9);
    assertEquals(new PilotEstimate.Pilot(13, 12, e.pilot().seconds(), true), e.pilot());
    String text = e.explain();
    assertTrue(
        text.startsWith(
            "pilot: 13 run(s) of this sweep in 3.0 s on 2 thread(s) (1 "
                + "stopped part-way when the time was up); after 2 s of warm-up it took 40.0 ms to load "
                + "and build a run and 1.00 us per producer-step"),
        text);
    assertTrue(
        text.endsWith(
            "estimate: 384 run(s) x 40.0 ms + 27.6 million producer-steps x "
                + "1.00 us, over 2 thread(s), + 0.3 s of warm-up = 21.9 s"),
        text);
  }

  @Test
  void longRunsAreMeasuredOnTheirStepsAfterTheWarmUp() {
    // Two runs of 10000 producers, each stopped after 100 of its 120 steps: 60 cold steps of
    // 20 ms, then 40 of 10 ms (1 us per producer-step).
    SweepRun.Timing t = new SweepRun.Timing(10_000, 120, 100, 800 * MS, 1600 * MS, 40, 400 * MS);
    List<SweepPilot.Sample> pilot =
        List.of(new SweepPilot.Sample(t, 0), new SweepPilot.Sample(t, 0));
    PilotEstimate e = PilotEstimate.of(pilot, 1.0, 40, 40 * 10_000 * 120.0, 4);
    assertEquals(1000, e.producerStepNanos(), 1e-9);
    assertEquals(0.8, e.buildSeconds(), 1e-12, "no build after the warm-up: the cold ones");
    // Each took 2.4 s where the rates give 0.8 + 100 x 0.01 = 1.8: 2 x 0.6 s over 4 threads.
    assertEquals(2 * 0.6 / 4, e.warmUpSeconds(), 1e-9);
    // 0.8 s + 120 steps x 10 ms per run; 40 runs over 4 threads.
    assertEquals(40 * (0.8 + 1.2) / 4 + 0.3, e.wallSeconds(), 1e-9);
    assertEquals(0, e.pilot().wholeRuns());
  }

  @Test
  void aPilotOverBeforeItsWarmUpEndedSaysItsRatesAreCold() {
    // One run, on one of the 8 threads, done in 112 ms: nothing began after the warm-up.
    PilotEstimate e = PilotEstimate.of(List.of(sample(0, 40, 120, 72)), 1.0, 1, 600 * 120.0, 8);
    assertEquals(0.112, e.wallSeconds(), 1e-9);
    assertEquals(new PilotEstimate.Pilot(1, 1, 0.112, false), e.pilot());
    assertTrue(
        e.explain()
            .contains("on 1 thread(s); still warming up (an overestimate), it " + "took 40.0 ms"),
        e.explain());
  }
}
