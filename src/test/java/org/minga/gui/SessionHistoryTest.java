package org.minga.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minga.model.Channel;
import org.minga.model.MingaModel;
import org.minga.scenario.ScenarioLoader;

/**
 * The session's record for the big screen and the debrief: sales summed over the players' months
 * from the model's yearly households panel, incomes by month, and comparable households (unplayed,
 * active, same membership, nearest by farm size and starting cash).
 */
class SessionHistoryTest {
  @Test
  void salesOverThePlayersMonthsAndComparableHouseholds() throws Exception {
    MingaModel m =
        new MingaModel(
            ScenarioLoader.load(
                Path.of("scenarios/baseline.yaml"), List.of("producers.count=300")));
    m.recordHouseholdPanel();
    m.start();
    SessionHistory h = new SessionHistory(8);
    h.start(m);
    int n = m.producerCount();
    int[] all = java.util.stream.IntStream.range(0, n).toArray();
    double[] atAugust = new double[Channel.COUNT];
    for (int s = 0; s < 12; s++) {
      m.stepOnce();
      h.record(m, 1000 + s);
      if (s == 7) { // the players' last month: the year so far is summed
        for (Channel c : Channel.ALL) {
          for (int id : all) {
            atAugust[c.ordinal()] += m.householdPanel().volume(id, c);
          }
        }
      }
    }
    assertEquals(12, h.steps());
    assertTrue(atAugust[Channel.INTERMEDIARY.ordinal()] > 0, "the harvest was sold");
    for (Channel c : Channel.ALL) {
      assertEquals(
          atAugust[c.ordinal()],
          h.sold(all, c),
          1e-6,
          c.label() + ": January to August, not the rest of the year");
    }
    // Month 11's median is the one recorded at month 11 (1000 + 11), not a neighbour's.
    assertEquals(1011, h.medianIncome(11), 0.0);
    int active = 0;
    while (!m.producer(active).isActive()) {
      active++;
    }
    assertEquals(m.producer(active).income12(), h.income(11, active), 1e-3);
    assertEquals(h.income(11, active), h.meanIncome(11, new int[] {active}), 1e-9);

    BitSet played = new BitSet();
    played.set(0);
    played.set(1);
    int[] near = h.comparables(0, played);
    assertEquals(SessionHistory.COMPARABLE, near.length);
    assertEquals(SessionHistory.COMPARABLE, Arrays.stream(near).distinct().count());
    for (int id : near) {
      assertFalse(id == 0 || id == 1, "not the room's own: " + id);
    }
    // Nearer by farm size and cash than most: their areas sit close to household 0's.
    double[] gaps =
        Arrays.stream(all)
            .filter(id -> id > 1)
            .mapToDouble(id -> Math.abs(h.area(id) - h.area(0)))
            .sorted()
            .toArray();
    double median = gaps[gaps.length / 2];
    assertTrue(
        Arrays.stream(near).allMatch(id -> Math.abs(h.area(id) - h.area(0)) <= median),
        "comparable farms are among the nearer half by size");
  }
}
