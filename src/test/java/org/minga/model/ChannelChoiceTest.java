package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.4, channel choice: the free volume goes by a logit over channel values with a
 * "rationality" parameter (bounded rationality); values include a social term, the share of network
 * neighbours using the channel.
 */
class ChannelChoiceTest {

  /**
   * Non-members with ample cash (nobody borrows, so nobody is tied) choosing between an
   * intermediary (about 0.85 x P after margin and costs) and a fair paying 1.2 x P regardless of
   * volume: the fair is clearly the better channel.
   */
  private static final String YAML =
      """
      prices: {process: constant, base: 120}
      commodity:
        local_market: {enabled: true, price_ratio: 1.2, half_price_volume: 1.0e12}
      intermediaries: {reach_km: 200}
      cooperatives: {count: 0}
      producers: {cash: 100000}
      """;

  /** Share of the first harvest month's volume sold at the fair. */
  private static double localShare(String rationality) {
    MingaModel m =
        ModelFixture.start(
            YAML, "producers.count=300", "years=1", "producers.rationality=" + rationality);
    ModelFixture.run(m, 5);
    double local = m.book().volume12(Channel.LOCAL_MARKET);
    double inter = m.book().volume12(Channel.INTERMEDIARY);
    assertTrue(local + inter > 0);
    return local / (local + inter);
  }

  @Test
  void withRationalityZeroTheChoiceIgnoresPricesAndSplitsEvenly() {
    // z = rationality x gap / P = 0 whatever the gap: each option gets half.
    assertEquals(0.5, localShare("0"), 1e-9);
  }

  @Test
  void withHighRationalityNearlyEverythingGoesToTheBetterChannel() {
    // A gap of about 0.35 x P: at rationality 12 (default) the odds are about e^4.2 = 67:1; at
    // 50 nearly all volume goes to the fair.
    double sharp = localShare("50");
    double normal = localShare("12");
    assertTrue(sharp > 0.999, "rationality 50: " + sharp);
    assertTrue(normal > 0.9 && normal < sharp, "rationality 12: " + normal);
  }

  @Test
  void theLogitShareDependsOnTheGapInSharesOfThePriceAndIsEvenForEqualOptions() {
    MingaModel m = ModelFixture.start(YAML, "producers.count=100", "years=1");
    ModelFixture.run(m, 1);
    Producer p = m.producers[0];
    assertEquals(0.5, ChannelChoice.logistic(m, p, 0), 1e-12, "equal options split evenly");
    // A gap of 10% of P at rationality 12: 1 / (1 + e^-1.2) = 0.77.
    assertEquals(1 / (1 + Math.exp(-1.2)), ChannelChoice.logistic(m, p, 12), 1e-12);
    assertEquals(1 - ChannelChoice.logistic(m, p, 12), ChannelChoice.logistic(m, p, -12), 1e-12);
  }

  @Test
  void theSocialTermIsTheShareOfNeighboursUsingTheChannel() {
    // social = weight (0.06) x P x share of neighbours whose main channel it is: with all
    // neighbours selling at the fair, the fair gains 0.06 x P and the intermediary nothing;
    // with half, 0.03 x P.
    MingaModel m = ModelFixture.start(YAML, "producers.count=100", "years=1");
    ModelFixture.run(m, 1);
    Producer p = m.producers[0];
    int d = m.network.degree(p.id);
    assertTrue(d >= 2);
    for (int j = 0; j < d; j++) {
      m.mainChannels.set(
          m.producers[m.network.neighbour(p.id, j)], (byte) Channel.LOCAL_MARKET.ordinal());
    }
    assertEquals(0.06 * 120, ChannelValues.social(m, p, Channel.LOCAL_MARKET), 1e-9);
    assertEquals(0, ChannelValues.social(m, p, Channel.INTERMEDIARY), 0.0);
    for (int j = 0; j < d; j += 2) {
      m.mainChannels.set(
          m.producers[m.network.neighbour(p.id, j)], (byte) Channel.INTERMEDIARY.ordinal());
    }
    int toInter = (d + 1) / 2;
    assertEquals(0.06 * 120 * toInter / d, ChannelValues.social(m, p, Channel.INTERMEDIARY), 1e-9);
  }

  /**
   * Stock left unsold while every buyer is closed is sold once they reopen, even in a month without
   * harvest (channel choice skips a month only when nobody held stock at the last settlement).
   * Harvest in May-August (steps 4-7); intermediaries and the fair closed for exactly those months,
   * no cooperatives or firms: nothing can be sold until step 8.
   */
  @Test
  void stockKeptWhileBuyersWereClosedIsSoldWhenTheyReopenOutsideTheHarvest() {
    MingaModel m =
        ModelFixture.start(
            YAML
                + """
        events:
          shutdowns:
            - {channel: intermediary, at: 4, duration: 4}
            - {channel: local_market, at: 4, duration: 4}
        """,
            "producers.count=200",
            "years=1",
            "commodity.harvest_months=[5,6,7,8]",
            "commodity.harvest_shares=[0.25,0.25,0.25,0.25]");
    ModelFixture.run(m, 8);
    double held = totalStock(m);
    assertTrue(held > 0, "the whole harvest is still in stock after step 7: " + held);
    assertEquals(0, m.harvestShare(MingaModel.monthOf(8)), "step 8 (September) has no harvest");
    ModelFixture.run(m, 1);
    assertTrue(totalStock(m) < 1e-6 * held, "sold at step 8: " + totalStock(m) + " of " + held);
    // Nothing was sold before step 8, so the trailing volumes are step 8's sales.
    double sold = m.book().volume12(Channel.LOCAL_MARKET) + m.book().volume12(Channel.INTERMEDIARY);
    assertEquals(held, sold, 1e-6 * held, "the kept stock went to the reopened buyers");
  }

  private static double totalStock(MingaModel m) {
    double s = 0;
    for (Producer p : m.producers) {
      s += p.stock();
    }
    return s;
  }

  @Test
  void theDiscountOverThePaymentDelayIsThePowerOfTheMonthlyFactor() {
    for (double delta : new double[] {0, 0.3, 0.9, 0.99, 1}) {
      for (int months = 0; months <= 24; months++) {
        // Repeated multiplication rounds once per month: within a few ulps of Math.pow.
        assertEquals(
            Math.pow(delta, months),
            ChannelValues.power(delta, months),
            1e-14 * Math.max(1e-300, Math.pow(delta, months)) + 1e-300);
      }
    }
  }
}
