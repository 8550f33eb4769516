package org.minga.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Progress lines for logs, on a fake clock: one at the start, one per 5% of the runs, one after 30
 * s without a line, one at the end; rate and time left count only this call's runs.
 */
class ProgressLogTest {
  private final List<String> lines = new ArrayList<>();
  private long nanos;
  private final ProgressLog log = new ProgressLog(lines::add, () -> nanos);

  private void runDoneAt(long done, double seconds) {
    nanos = (long) (seconds * 1e9);
    log.advanced(done);
  }

  @Test
  void aResumedSweepGetsALinePerFivePercentAndRatesOfItsOwnRuns() {
    log.start(200, 20);
    for (int done = 21; done <= 200; done++) {
      runDoneAt(done, (done - 20) * 0.5); // two runs a second
    }
    assertEquals("minga: sweep of 200 run(s): 180 to run, 20 done before", lines.get(0));
    assertEquals(
        "minga: 30 of 200 runs done (15%) in 5.0 s, 2.00 runs/s, about 85.0 s left", lines.get(1));
    assertEquals(
        "minga: 200 of 200 runs done (100%) in 90.0 s, 2.00 runs/s", lines.get(lines.size() - 1));
    // The start, then 15%, 20%, ... 100%: 18 shares.
    assertEquals(1 + 18, lines.size(), String.join("\n", lines));
  }

  @Test
  void slowRunsGetALineOnceThirtySecondsHavePassed() {
    log.start(1000, 0);
    runDoneAt(1, 10);
    runDoneAt(2, 20);
    assertEquals(1, lines.size(), "less than 5% and less than 30 s: no line");
    runDoneAt(3, 30);
    assertEquals(
        List.of(
            "minga: sweep of 1000 run(s): 1000 to run",
            "minga: 3 of 1000 runs done (0%) in 30.0 s, 0.100 runs/s, about 2.8 h left"),
        lines);
    runDoneAt(4, 59);
    assertEquals(2, lines.size(), "29 s after the last line");
    runDoneAt(5, 60);
    assertEquals(3, lines.size());
  }
}
