package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minga.metrics.Metrics;
import org.minga.metrics.MetricsRecorder;

/**
 * docs/model.md 7.3, cooperative offer: the advance is a share of a lagged (or smoothed) reference
 * price, which is what makes members side-sell when the market rises and deliver when it falls (the
 * mechanism behind stylised fact 1, [MunozViana-nd, ch. 3 “Asociatividad de los pequeños
 * productores”]).
 */
class CooperativeOfferTest {

  private static String ramp(double multiplier) {
    // Constant process with a lasting ramp from step 12 over 12 months: the price rises (or
    // falls) steadily through the second year's harvest (steps 16-19).
    return "prices:\n  process: constant\n  base: 120\n  shocks:\n"
        + "    - {at: 12, duration: 12, multiplier: "
        + multiplier
        + ", ramp: true}\n";
  }

  @Test
  void theReferencePriceIsTheWorldPriceOfLagMonthsAgoWithPremiums() {
    MingaModel m =
        ModelFixture.start(
            ramp(1.6), "producers.count=200", "years=2", "cooperatives.reference_lag_months=6");
    ModelFixture.run(m, 20);
    double now = m.worldPrice();
    double lagged = m.prices.history[19 - 6];
    assertTrue(now > lagged + 30, "the price has risen over the last six months");
    for (Cooperative c : m.cooperatives) {
      if (c.isActive()) {
        assertEquals(CooperativeOffer.salePrice(m, c, lagged), c.referencePrice(), 1e-9);
        assertEquals(0.75 * c.referencePrice(), AdvanceRule.advance(m, c), 1e-9);
      }
    }
  }

  @Test
  void theSmoothedReferenceTrailsARisingPrice() {
    // smoothed: exponential average with weight 0.15 on the newest month, so while the price
    // rises the reference stays below it, and above it while it falls.
    for (double mult : new double[] {1.6, 0.6}) {
      MingaModel m =
          ModelFixture.start(
              ramp(mult),
              "producers.count=200",
              "years=2",
              "cooperatives.reference_rule=smoothed",
              "cooperatives.certification.share=0",
              "cooperatives.buyer_contract.share=0");
      ModelFixture.run(m, 20);
      Cooperative c = m.cooperatives.get(0);
      double gap = c.referencePrice() - m.worldPrice();
      assertTrue(mult > 1 ? gap < -10 : gap > 10, "multiplier " + mult + ": gap " + gap);
    }
  }

  /** Side-selling share and delivery share at the end of the second harvest, mean of seeds. */
  private static double[] cohesionAfterRamp(double multiplier, int lag) {
    double side = 0;
    double delivery = 0;
    int seeds = 3;
    for (int seed = 1; seed <= seeds; seed++) {
      // A deep credit line keeps every cooperative solvent: an insolvent one advances only what
      // it will recover, and its members side-sell for that reason, not for the lag's.
      MingaModel m =
          ModelFixture.start(
              ramp(multiplier),
              "producers.count=400",
              "years=2",
              "seed=" + seed,
              "cooperatives.reference_lag_months=" + lag,
              "cooperatives.credit_line=10000000");
      MetricsRecorder r = MetricsRecorder.attach(m);
      ModelFixture.run(m, 20);
      side += r.latest()[Metrics.index("side_selling_share")] / seeds;
      delivery += r.latest()[Metrics.index("delivery_share")] / seeds;
    }
    return new double[] {side, delivery};
  }

  @Test
  void membersSideSellInARisingMarketAndDeliverInAFallingOne() {
    // Same seeds and constant process; only the direction of the ramp differs. Rising: the
    // intermediary pays today's price in cash while the advance is set from the price six
    // months ago, so members divert committed volume (side-sell) and deliver less of their
    // output. Falling: the advance is above spot and members deliver nearly everything; what
    // little they still divert goes to settle debts to intermediaries and lumpy expenses, which
    // come whatever the price.
    double[] up = cohesionAfterRamp(1.6, 6);
    double[] down = cohesionAfterRamp(0.6, 6);
    assertTrue(up[0] > 0.05, "side-selling in a rising market: " + up[0]);
    assertTrue(
        down[0] < 0.03 && down[0] < up[0] / 10,
        "side-selling in a falling market: " + down[0] + " (rising: " + up[0] + ")");
    assertTrue(up[1] < down[1] - 0.15, "delivery share up " + up[1] + ", down " + down[1]);
  }

  @Test
  void withoutTheLagTheDifferenceBetweenRisingAndFallingMarketsShrinks() {
    // A reference price equal to today's world price removes the mechanism's cause: the gap in
    // delivery share between a rising and a falling market becomes much smaller, and side-
    // selling of committed volume in the rising market falls to well under half (what is left
    // comes from the logit's spread and the social term, not from the lag).
    double[] upLag = cohesionAfterRamp(1.6, 6);
    double lagGap = cohesionAfterRamp(0.6, 6)[1] - upLag[1];
    double[] upNoLag = cohesionAfterRamp(1.6, 0);
    double noLagGap = cohesionAfterRamp(0.6, 0)[1] - upNoLag[1];
    assertTrue(noLagGap < 0.5 * lagGap, "gap with lag " + lagGap + ", without " + noLagGap);
    assertTrue(
        upNoLag[0] < 0.5 * upLag[0],
        "side-selling with lag " + upLag[0] + ", without " + upNoLag[0]);
  }
}
