package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.4: a member diverting committed volume is side-selling; at the season's end
 * (after the last harvest month) a member who delivered under 80% of its commitment is caught with
 * the cooperative's detection probability, forfeits its pending remainders and is expelled with the
 * expulsion probability.
 */
class SideSellingTest {

  /**
   * A fair paying twice the world price tempts members to side-sell. Remainders are paid eight
   * months after delivery, so at the season-end check the season's batches are still pending.
   * Voluntary exits, running costs and buyer contracts (whose penalties for the side-sold volume
   * could dissolve a cooperative) are switched off, so that only the sanction can remove a member.
   */
  private static final String YAML =
      """
      prices: {process: constant, base: 120}
      commodity:
        local_market: {enabled: true, price_ratio: 2.0, half_price_volume: 1.0e9}
      cooperatives:
        payment_delay_months: 8
        fixed_cost_per_month: 0
        successful_exit: 0
        detection_probability: %s
        expulsion_probability: 1
        buyer_contract: {share: 0}
      producers: {switch_probability: 0}
      """;

  @Test
  void aCaughtSideSellerIsExpelledAndForfeitsItsPendingRemainders() {
    MingaModel m = ModelFixture.start(YAML.formatted(1.0), "producers.count=200", "years=2");
    Producer p = firstMember(m);
    Cooperative c = m.cooperatives.get(p.cooperative());
    // A pending batch in slot 2 to which the member contributed 30 of 100 units; of the 100
    // units it committed this season it delivered 50 (20 in an earlier, settled batch).
    p.commitToCooperative(100);
    p.recordDelivery(0, c.payments().batches().length(), 20);
    p.closeDeliverySlot(0);
    p.recordDelivery(2, c.payments().batches().length(), 30);
    c.payments().settleBatch(2);
    c.payments().bookDelivery(2, 100, 0, 100 * EliteCapture.weight(m, p));
    SideSelling.endOfSeason(m);
    assertEquals(-1, p.cooperative(), "expelled");
    assertEquals(0, p.deliveredInSlot(2), 0.0, "its share of the pending batch is gone");
    // The batch keeps its full weight: the forfeited share stays in the cooperative's reserve
    // instead of raising the other members' shares.
    assertEquals(
        100 * EliteCapture.weight(m, p),
        c.payments().batches().weight(2),
        1e-9,
        "the forfeited share stays with the cooperative");
    assertEquals(0.5, p.deliveryRecord(), 1e-12);
  }

  @Test
  void withoutDetectionTheSameSideSellerStays() {
    MingaModel m = ModelFixture.start(YAML.formatted(0.0), "producers.count=200", "years=2");
    Producer p = firstMember(m);
    int coop = p.cooperative();
    deliver(m, p, 100, 50);
    SideSelling.endOfSeason(m);
    assertEquals(coop, p.cooperative());
    // A member who kept 80% or more is never sanctioned, even with certain detection.
    MingaModel sure = ModelFixture.start(YAML.formatted(1.0), "producers.count=200", "years=2");
    Producer q = firstMember(sure);
    deliver(sure, q, 100, 80);
    SideSelling.endOfSeason(sure);
    assertTrue(q.isMember());
  }

  /** Members whose season record (set at the season-end check) is under 80%. */
  private static List<Producer> sideSellers(MingaModel m) {
    List<Producer> out = new ArrayList<>();
    for (Producer p : m.producers) {
      if (p.deliveryRecord() < 0.8) {
        out.add(p);
      }
    }
    return out;
  }

  @Test
  void overASeasonCaughtSideSellersAreExpelledAtTheSeasonEndAndUncaughtOnesStay() {
    // Same seed; detection 1 vs 0. The season's record is checked after the last harvest
    // month (August, step 7) while the June-August remainders are still pending: with
    // detection 1 every member under 80% is expelled and forfeits them; with detection 0 they
    // all stay members.
    MingaModel caught = ModelFixture.start(YAML.formatted(1.0), "producers.count=400", "years=2");
    ModelFixture.run(caught, 7);
    int[] coopBefore = new int[caught.producers.length];
    double[] pendingBefore = new double[caught.producers.length];
    for (Producer p : caught.producers) {
      coopBefore[p.id] = p.cooperative();
      for (int slot = 0; slot < slots(caught); slot++) {
        pendingBefore[p.id] += p.deliveredInSlot(slot);
      }
    }
    ModelFixture.run(caught, 1);
    List<Producer> cheats = sideSellers(caught);
    assertTrue(cheats.size() > 20, "side-sellers: " + cheats.size());
    for (Producer p : cheats) {
      assertTrue(coopBefore[p.id] >= 0, "only members have a record");
      assertTrue(pendingBefore[p.id] > 0, "producer " + p.id + " had remainders pending");
      assertEquals(-1, p.cooperative(), "producer " + p.id + " expelled");
      for (int slot = 0; slot < slots(caught); slot++) {
        assertEquals(
            0, p.deliveredInSlot(slot), 0.0, "producer " + p.id + " forfeits its remainders");
      }
    }

    MingaModel free = ModelFixture.start(YAML.formatted(0.0), "producers.count=400", "years=2");
    ModelFixture.run(free, 7);
    int[] coop = new int[free.producers.length];
    for (Producer p : free.producers) {
      coop[p.id] = p.cooperative();
    }
    ModelFixture.run(free, 1);
    List<Producer> uncaught = sideSellers(free);
    assertTrue(uncaught.size() > 20, "side-sellers: " + uncaught.size());
    for (Producer p : uncaught) {
      assertTrue(coop[p.id] >= 0);
      assertEquals(coop[p.id], p.cooperative(), "producer " + p.id + " stays");
    }
  }

  /** A season in which {@code p} committed {@code committed} and delivered {@code delivered}. */
  private static void deliver(MingaModel m, Producer p, double committed, double delivered) {
    p.commitToCooperative(committed);
    p.recordDelivery(0, slots(m), delivered);
  }

  /** Slots of a cooperative's batch ring (and of its members' delivery rings). */
  private static int slots(MingaModel m) {
    return m.sc.cooperatives().paymentDelayMonths() + 1;
  }

  private static Producer firstMember(MingaModel m) {
    for (Producer p : m.producers) {
      if (p.isMember()) {
        return p;
      }
    }
    throw new AssertionError("no member");
  }
}
