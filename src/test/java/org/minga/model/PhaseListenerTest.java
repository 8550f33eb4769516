package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The profiling hook (bench --phases): told every phase, in order, and changing nothing. */
class PhaseListenerTest {

  @Test
  void theListenerHearsEveryModelPhaseOfEveryStepInOrder() {
    MingaModel m = ModelFixture.start("", "producers.count=50", "years=1");
    List<Integer> heard = new ArrayList<>();
    m.setPhaseListener(heard::add);
    ModelFixture.run(m, 2);
    List<Integer> expected = new ArrayList<>();
    for (int step = 0; step < 2; step++) {
      for (int phase = Phase.PRICES_AND_EVENTS; phase <= Phase.CLOSE_BOOKS; phase++) {
        expected.add(phase); // metrics are recorded outside the model
      }
    }
    assertEquals(expected, heard);
  }

  @Test
  void listeningDoesNotChangeTheRun() {
    MingaModel heard = ModelFixture.start("", "producers.count=200", "years=2");
    heard.setPhaseListener(phase -> {});
    MingaModel plain = ModelFixture.start("", "producers.count=200", "years=2");
    ModelFixture.run(heard, 24);
    ModelFixture.run(plain, 24);
    for (int i = 0; i < 200; i++) {
      assertEquals(plain.producer(i).cash(), heard.producer(i).cash(), 0.0, "producer " + i);
      assertEquals(plain.producer(i).income12(), heard.producer(i).income12(), 0.0);
    }
  }

  @Test
  void everyPhaseHasANameAndAShortLabel() {
    assertEquals(Phase.METRICS + 1, Phase.COUNT);
    for (int phase = 0; phase < Phase.COUNT; phase++) {
      String label = Phase.label(phase);
      assertTrue(
          !Phase.name(phase).isEmpty() && !label.isEmpty() && label.length() <= 9,
          "phase " + phase + ": " + Phase.name(phase) + " / " + label);
    }
  }
}
