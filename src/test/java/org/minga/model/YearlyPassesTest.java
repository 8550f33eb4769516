package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The dense copies used by the yearly membership pass give what reading the producers gives:
 * neighbours' mean incomes (bit for bit, membership changes during the pass included), and member
 * lists pruned after a pass equal lists with each leaver removed at once.
 */
class YearlyPassesTest {

  private static final String WORLD =
      """
      territory: {width_km: 30, height_km: 30, clusters: 4}
      cooperatives: {count: 3, reach_km: 25}
      """;

  /** Mean income per ha of neighbours who are members (or not), read from the producers. */
  private static double direct(MingaModel m, Producer p, boolean members) {
    double sum = 0;
    int n = 0;
    for (int j = 0; j < m.network.degree(p.id); j++) {
      Producer q = m.producers[m.network.neighbour(p.id, j)];
      if (q.isActive() && q.isMember() == members) {
        sum += q.income12() / q.area();
        n++;
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }

  private static void assertSameMeans(MingaModel m, NeighbourIncomes observed) {
    for (Producer p : m.producers) {
      observed.observe(p.id);
      assertEquals(
          Double.doubleToLongBits(direct(m, p, true)),
          Double.doubleToLongBits(observed.memberMean()),
          "members around " + p.id);
      assertEquals(
          Double.doubleToLongBits(direct(m, p, false)),
          Double.doubleToLongBits(observed.nonMemberMean()),
          "non-members around " + p.id);
    }
  }

  @Test
  void neighbourMeansAsReadFromProducers() {
    MingaModel m = ModelFixture.run(ModelFixture.start(WORLD, "producers.count=1500"), 14);
    // Some producers out of farming, so all three states occur.
    for (int i = 0; i < m.producers.length; i += 13) {
      m.producers[i].leaveFarming();
    }
    NeighbourIncomes observed = new NeighbourIncomes(m);
    observed.refresh(m);
    assertSameMeans(m, observed);
    // Changes recorded during the pass are seen by later observations.
    int changed = 0;
    for (Producer p : m.producers) {
      if (p.isActive() && p.id % 5 == 0) {
        boolean joins = !p.isMember();
        if (joins) {
          p.joinCooperative(0, 0);
        } else {
          p.leaveCooperative();
        }
        observed.setMember(p.id, joins);
        changed++;
      }
    }
    assertTrue(changed > 100);
    assertSameMeans(m, observed);
  }

  @Test
  void memberIncomeQuantileAsTheSortedIncomes() {
    MingaModel m = ModelFixture.run(ModelFixture.start(WORLD, "producers.count=1500"), 14);
    double[] incomes =
        java.util.Arrays.stream(m.producers)
            .filter(p -> p.isActive() && p.isMember())
            .mapToDouble(p -> p.income12())
            .sorted()
            .toArray();
    assertTrue(incomes.length > 100);
    NeighbourIncomes observed = new NeighbourIncomes(m);
    observed.refresh(m);
    for (double q : new double[] {0, 0.1, 0.5, 0.9, 0.999, 1}) {
      double expected = incomes[Math.min(incomes.length - 1, (int) (q * incomes.length))];
      assertEquals(expected, observed.memberIncomeQuantile(q), "q=" + q);
    }
  }

  @Test
  void prunedMemberListsEqualListsWithEachLeaverRemoved() {
    MingaModel m = ModelFixture.start(WORLD, "producers.count=1500");
    IntList[] expected = new IntList[m.cooperatives.size()];
    for (Cooperative c : m.cooperatives) {
      expected[c.index] = new IntList(c.memberCount());
      for (int k = 0; k < c.memberCount(); k++) {
        expected[c.index].add(c.memberAt(k));
      }
    }
    MemberListPruning pruning = m.pruning.begin(m);
    int leavers = 0;
    for (Producer p : m.producers) {
      if (p.isMember() && p.id % 3 == 0) {
        expected[p.cooperative()].remove(p.id);
        pruning.leave(m, p);
        assertEquals(-1, p.cooperative());
        leavers++;
      }
    }
    // Joining during the pass appends, as before.
    Producer joiner =
        java.util.Arrays.stream(m.producers)
            .filter(p -> !p.isMember() && p.id % 3 != 0)
            .findFirst()
            .orElseThrow();
    Membership.join(m, joiner, m.cooperatives.get(0), false);
    expected[0].add(joiner.id);
    pruning.apply(m);
    assertTrue(leavers > 50);
    for (Cooperative c : m.cooperatives) {
      assertArrayEquals(expected[c.index].toArray(), c.members(), "cooperative " + c.index);
    }
  }
}
