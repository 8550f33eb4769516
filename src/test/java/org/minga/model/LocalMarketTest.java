package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** docs/model.md 7.3, local market (fairs): the local price falls as local supply rises. */
class LocalMarketTest {

  private static final String YAML =
      """
      prices: {process: constant, base: 120}
      commodity:
        local_market: {enabled: true, price_ratio: 0.95, half_price_volume: 400}
      """;

  @Test
  void thePriceFallsAsLastMonthsLocalVolumeRises() {
    // price = ratio x P / (1 + volume / half volume): 0.95 x 120 with no volume, half that at
    // the half-price volume, and strictly falling in between and beyond.
    MingaModel m = ModelFixture.start(YAML, "producers.count=100", "years=1");
    ModelFixture.run(m, 1);
    m.prices.localVolumeLastMonth = 0;
    assertEquals(0.95 * 120, LocalMarket.price(m), 1e-9);
    m.prices.localVolumeLastMonth = 400;
    assertEquals(0.95 * 120 / 2, LocalMarket.price(m), 1e-9);
    double previous = Double.MAX_VALUE;
    for (double v = 0; v <= 4000; v += 100) {
      m.prices.localVolumeLastMonth = v;
      double price = LocalMarket.price(m);
      assertTrue(price < previous, "volume " + v);
      previous = price;
    }
  }

  @Test
  void aHeavySellingMonthLowersTheNextMonthsLocalPrice() {
    // In the run: before the first harvest nobody sells locally and the fair pays the full
    // 0.95 x P; producers sell locally in May (step 4), so in June the local price they face is
    // lower, and the price received at the fair over the season is below the empty-fair price.
    MingaModel m = ModelFixture.start(YAML, "producers.count=300", "years=1");
    ModelFixture.run(m, 4);
    assertEquals(0.95 * 120, LocalMarket.price(m), 1e-9, "empty fair before the harvest");
    ModelFixture.run(m, 1);
    double may = m.prices.localVolumeLastMonth;
    assertTrue(may > 50, "May's local volume " + may);
    double june = LocalMarket.price(m);
    assertEquals(0.95 * 120 / (1 + m.prices.localVolumeLastMonth / 400), june, 1e-9);
    assertTrue(june < 0.95 * 120 * 0.9, "June's local price " + june);
    ModelFixture.run(m, 4);
    double season = m.book().price12(Channel.LOCAL_MARKET);
    // May sold at the empty-fair price and every later month at a lower one, so the season's
    // volume-weighted price is strictly below it (by how much depends on how volume spreads).
    assertTrue(season < 0.95 * 120 - 0.5, "season " + season);
  }
}
