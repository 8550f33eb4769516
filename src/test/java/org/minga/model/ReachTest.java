package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reach gives what the straightforward per-producer scan over all buyers gives (nearest active
 * buyer within reach, ties to the lowest index), and the update after one intermediary opens gives
 * exactly what a full recomputation gives, ties at equal distance included.
 */
class ReachTest {

  private static final String WORLD =
      """
      territory: {width_km: 40, height_km: 40, clusters: 5}
      intermediaries: {count: 6, reach_km: 12}
      cooperatives: {count: 5, reach_km: 10}
      """;

  private static int[][] intermediaryReach(MingaModel m) {
    int n = m.producers.length;
    int[] nearest = new int[n];
    int[] inReach = new int[n];
    for (int i = 0; i < n; i++) {
      nearest[i] = m.producers[i].nearestIntermediary();
      inReach[i] = m.producers[i].intermediariesInReach();
    }
    int[] competitors = m.intermediaries.stream().mapToInt(i -> i.competitors()).toArray();
    return new int[][] {nearest, inReach, competitors};
  }

  /** The scan Reach used to do, over Producer and Cooperative objects. */
  private static int[] bruteForceCooperatives(MingaModel m) {
    double r2 = m.sc.cooperatives().reachKm() * m.sc.cooperatives().reachKm();
    int[] out = new int[m.producers.length];
    for (Producer p : m.producers) {
      int best = -1;
      double bestD = Double.MAX_VALUE;
      for (Cooperative c : m.cooperatives) {
        double d2 = Reach.dist2(p.x(), p.y(), c.x(), c.y());
        if (c.isActive() && d2 <= r2 && d2 < bestD) {
          bestD = d2;
          best = c.index();
        }
      }
      out[p.id] = best;
    }
    return out;
  }

  @Test
  void openingOneIntermediaryUpdatesLikeAFullRecomputation() {
    MingaModel m = ModelFixture.start(WORLD, "producers.count=3000");
    // One closes first (every close is followed by a full update), so inactive ones are skipped.
    IntermediaryEntryExit.close(m, m.intermediaries.get(2));
    Reach.updateIntermediaries(m);
    Producer at = m.producers[17];
    Intermediary existing = m.intermediaries.get(0);
    double[][] places = {
      {existing.x(), existing.y()}, // same place as intermediary 0: every tie goes to it
      {at.x(), at.y()}, // on a producer
      {m.intermediaries.get(2).x(), m.intermediaries.get(2).y()}, // where the closed one was
      {39.9, 0.1}, // a corner, possibly out of everyone's reach
    };
    for (double[] xy : places) {
      Intermediary added = IntermediaryEntryExit.open(m, xy[0], xy[1], false);
      Reach.intermediaryOpened(m, added);
      int[][] incremental = intermediaryReach(m);
      Reach.updateIntermediaries(m);
      int[][] full = intermediaryReach(m);
      for (int k = 0; k < 3; k++) {
        assertArrayEquals(
            full[k], incremental[k], "part " + k + " after opening at " + xy[0] + "," + xy[1]);
      }
    }
    int[] nearest = intermediaryReach(m)[0];
    long nearFirst = java.util.Arrays.stream(nearest).filter(i -> i == 0).count();
    assertTrue(nearFirst > 0, "the tie at intermediary 0's place goes to intermediary 0");
  }

  @Test
  void closingIntermediariesOneByOneUpdatesLikeAFullRecomputation() {
    // Each close updates incrementally (only producers within its reach); after each, the
    // reach must equal a full recomputation, including a producer left with none in reach.
    MingaModel m = ModelFixture.start(WORLD, "producers.count=3000");
    for (int k : new int[] {1, 0, 3, 2}) {
      Intermediary closed = m.intermediaries.get(k);
      if (!closed.isActive()) {
        continue;
      }
      IntermediaryEntryExit.close(m, closed);
      Reach.intermediaryClosed(m, closed);
      int[][] incremental = intermediaryReach(m);
      Reach.updateIntermediaries(m);
      int[][] full = intermediaryReach(m);
      for (int part = 0; part < 3; part++) {
        assertArrayEquals(full[part], incremental[part], "part " + part + " after closing " + k);
      }
    }
  }

  @Test
  void cooperativesAsTheScanOverAllCooperatives() {
    MingaModel m = ModelFixture.start(WORLD, "producers.count=3000");
    assertArrayEquals(bruteForceCooperatives(m), nearestCooperatives(m));
    // A newcomer at an existing one's place (ties to the older), and one dissolved.
    Cooperative first = m.cooperatives.get(0);
    CooperativeFormation.open(m, first.x(), first.y(), false);
    CooperativeDissolution.dissolve(m, m.cooperatives.get(1), false);
    Reach.updateCooperatives(m);
    int[] nearest = nearestCooperatives(m);
    assertArrayEquals(bruteForceCooperatives(m), nearest);
    assertTrue(java.util.Arrays.stream(nearest).noneMatch(c -> c == 1 || c == 5));
  }

  private static int[] nearestCooperatives(MingaModel m) {
    int[] out = new int[m.producers.length];
    for (Producer p : m.producers) {
      out[p.id] = p.nearestCooperative();
    }
    return out;
  }

  /**
   * The yearly decisions skip the cooperatives' reach update when none opened or dissolved at the
   * assembly; after every assembly the stored nearest cooperatives must still be exactly what a
   * full scan gives, in worlds where groups dissolve and re-form every season, where cooperatives
   * form every year and where small ones dissolve.
   */
  @Test
  void afterEveryAssemblyNearestCooperativesAreCurrent() {
    String[][] worlds = {
      {"cooperatives.seasonal=true", "cooperatives.formation.enabled=false"},
      {
        "cooperatives.formation.min_founders=5",
        "cooperatives.formation.probability=1",
        "cooperatives.formation.threat_ratio=2"
      },
      {
        "cooperatives.min_members=400",
        "cooperatives.min_member_years=1",
        "cooperatives.formation.enabled=false"
      },
      {},
    };
    int skipped = 0;
    for (String[] world : worlds) {
      String[] overrides = java.util.Arrays.copyOf(world, world.length + 2);
      overrides[world.length] = "producers.count=1500";
      overrides[world.length + 1] = "years=6";
      MingaModel m = ModelFixture.start(WORLD, overrides);
      int assemblies = 0;
      int changed = 0;
      while (m.step < 70 && m.stepOnce()) {
        if (m.month() == m.sc.assemblyMonth() && m.step >= 12) {
          assemblies++;
          int now = m.step;
          boolean change =
              m.cooperatives.stream()
                  .anyMatch(c -> c.life().createdAt() == now || c.dissolvedAt() == now);
          changed += change ? 1 : 0;
          skipped += change ? 0 : 1;
          assertArrayEquals(
              bruteForceCooperatives(m),
              nearestCooperatives(m),
              String.join(" ", world) + " after the assembly at step " + now);
        }
      }
      assertTrue(assemblies >= 4, "assemblies " + assemblies);
      if (world.length > 0) {
        assertTrue(changed > 0, String.join(" ", world) + ": cooperatives never changed");
      }
    }
    assertTrue(skipped > 0, "some assembly changed nothing and skipped the update");
  }
}
