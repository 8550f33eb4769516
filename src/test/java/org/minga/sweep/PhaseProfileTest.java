package org.minga.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.minga.model.Phase;

/**
 * {@code bench --phases}: the CPU time of a step is split among its phases. Not a speed test: it
 * checks the accounting, i.e. that the phases' times are those of the timed steps.
 */
class PhaseProfileTest {

  @Test
  void phaseTimesAccountForTheTimedSteps() throws Exception {
    Bench.StepRate r = Bench.stepRate(Path.of("scenarios/baseline.yaml"), 500, 1, true);
    assertEquals(Phase.COUNT, r.phaseSeconds().length);
    double sum = 0;
    for (double s : r.phaseSeconds()) {
      assertTrue(s >= 0, "no phase takes negative time");
      sum += s;
    }
    // Every lap falls inside the timed loop, so the phases add up to (just under) its CPU time;
    // only reading the clock around the loop is left out.
    assertTrue(
        sum <= r.seconds() && sum > 0.9 * r.seconds(),
        "phases " + sum + " s of a step loop of " + r.seconds() + " s");
    // The channel choice of 500 producers over three harvests is not free.
    assertTrue(r.phaseNanosPerProducerStep(Phase.CHANNEL_CHOICE) > 0);
  }

  @Test
  void withoutPhasesNoProfileIsKept() throws Exception {
    assertNull(Bench.stepRate(Path.of("scenarios/baseline.yaml"), 200, 1, false).phaseSeconds());
  }
}
