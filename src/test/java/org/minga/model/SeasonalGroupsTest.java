package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.8, seasonal groups (Uganda matoke, [MunozViana-nd, ch. 3 “Asociatividad de los
 * pequeños productores”]): a group forms for one season, distributes the proceeds and dissolves;
 * next season a somewhat different group forms.
 */
class SeasonalGroupsTest {

  /** Harvest May-August (steps 4-7 of each year), remainders four months later. */
  private static final String GROUPS =
      """
      territory: {width_km: 40, height_km: 40, clusters: 6}
      prices: {process: constant}
      cooperatives:
        count: 3
        seasonal: true
        reach_km: 15
        formation: {enabled: false}
      """;

  @Test
  void groupsDissolveAfterTheLastRemainderAndReformAtTheAssembly() {
    // The last harvest batch (step 7) is paid at step 11; with nothing more to distribute and
    // no harvest before the assembly (January, step 12) the groups dissolve at step 11 — not
    // counted as dissolutions — and at step 12 a new group forms at each place.
    MechanismRun r = MechanismRun.of(GROUPS, "producers.count=500", "years=3");
    for (int s = 1; s <= 11; s++) {
      r.until(s);
      assertEquals(3, r.get("active_cooperatives"), "step " + (s - 1));
    }
    r.until(12);
    assertEquals(0, r.get("active_cooperatives"), "step 11");
    assertEquals(0, r.get("membership_rate"));
    assertEquals(0, r.get("cooperatives_dissolved"));
    r.until(13);
    assertEquals(3, r.get("active_cooperatives"), "step 12");
    assertEquals(0, r.get("cooperatives_formed"));
    for (int k = 0; k < 3; k++) {
      Cooperative old = r.m.cooperatives.get(k);
      Cooperative now = r.m.cooperatives.get(3 + k);
      assertFalse(old.isActive());
      assertEquals(11, old.dissolvedAt());
      assertTrue(now.isActive() && now.isSeasonal());
      assertEquals(12, now.life().createdAt());
      assertEquals(old.x(), now.x(), 0.0);
      assertEquals(old.y(), now.y(), 0.0);
      assertEquals(old.maturity(), now.maturity(), 0.0);
    }
    // And again the next year.
    r.until(24);
    assertEquals(0, r.get("active_cooperatives"), "step 23");
    r.until(25);
    assertEquals(3, r.get("active_cooperatives"), "step 24");
  }

  @Test
  void nextSeasonsGroupHasPartlyDifferentMembers() {
    // Former members come back with probability equal to their trust; unaffiliated producers
    // within reach join with half the initial membership share. So some come back, some do
    // not, and some newcomers join.
    MechanismRun r = MechanismRun.of(GROUPS, "producers.count=500", "years=2");
    r.until(13);
    int returned = 0;
    int stayedAway = 0;
    int newcomers = 0;
    for (int k = 0; k < 3; k++) {
      Set<Integer> before = new HashSet<>();
      for (int id : r.m.cooperatives.get(k).roster().formerToArray()) {
        before.add(id);
      }
      Set<Integer> after = new HashSet<>();
      for (int id : r.m.cooperatives.get(3 + k).members()) {
        after.add(id);
      }
      for (int id : before) {
        if (after.contains(id)) {
          returned++;
        } else if (r.m.producers[id].cooperative() < 0) {
          stayedAway++;
        }
      }
      for (int id : after) {
        newcomers += before.contains(id) ? 0 : 1;
      }
    }
    assertTrue(returned > 30, "returned " + returned);
    assertTrue(stayedAway > 5, "stayed away " + stayedAway);
    assertTrue(newcomers > 5, "newcomers " + newcomers);
  }

  @Test
  void groupsFormedBeforeTheirFirstSeasonLastThroughIt() {
    // With the assembly in March the groups of the start must still go through their first
    // season (May-August) and distribute its proceeds before dissolving (step 11); the next
    // groups form at the March assembly (step 14), so none operate in steps 11-13.
    MechanismRun r = MechanismRun.of(GROUPS, "producers.count=500", "years=2", "assembly_month=3");
    for (int s = 1; s <= 11; s++) {
      r.until(s);
      assertEquals(3, r.get("active_cooperatives"), "step " + (s - 1));
    }
    assertTrue(r.m.book.memberDelivered.sum() > 0);
    for (int s = 12; s <= 14; s++) {
      r.until(s);
      assertEquals(0, r.get("active_cooperatives"), "step " + (s - 1));
    }
    r.until(15);
    assertEquals(3, r.get("active_cooperatives"), "step 14");
  }
}
