package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.3, tractor-firm contract: price = max(floor, P x (1 - firm margin)) + quality
 * premium (minus half the transport to the plant).
 */
class ContractOfferTest {

  private static final String FIRM =
      """
      prices: {process: constant, base: %s}
      firms:
        - {name: tractor, entry_rule: always, floor: 95, margin: 0.1, quality_premium: 0.02,
           target_producers: 60, reach_km: 200}
      """;

  private static MingaModel model(double base) {
    MingaModel m = ModelFixture.start(FIRM.formatted(base), "producers.count=300", "years=1");
    ModelFixture.run(m, 1);
    return m;
  }

  @Test
  void theFloorBindsWhenTheWorldPriceIsLow() {
    // Below floor / (1 - margin) = 105.6 the contract pays the floor: the price does not move
    // when the world price moves between 50 and 100; above it, it moves with 0.9 x P.
    MingaModel m = model(120);
    TractorFirm f = m.firms[0];
    // A contract farmer of quality 0.5: no quality premium.
    Producer p = Households.withQuality(m.producers[f.contracted().get(0)], 0.5);
    double transport = IntermediaryOffer.transport(m, Reach.distance(p.x(), p.y(), 30, 30)) * 0.5;
    double[] prices = new double[4];
    double[] world = {50, 100, 150, 200};
    for (int k = 0; k < 4; k++) {
      m.prices.world = world[k];
      prices[k] = ContractOffer.price(m, f, p);
    }
    assertEquals(95 - transport, prices[0], 1e-9);
    assertEquals(95 - transport, prices[1], 1e-9);
    assertEquals(0.9 * 150 - transport, prices[2], 1e-9);
    assertEquals(0.9 * 50, prices[3] - prices[2], 1e-9);
  }

  @Test
  void contractFarmersReceiveAboutTheFloorWhenTheWorldPriceIsLowThroughoutARun() {
    // At a constant world price of 50 the intermediaries pay well under 50 but contract farmers
    // who deliver get about the floor of 95 (less half the transport, a few units).
    MingaModel m = model(50);
    ModelFixture.run(m, 5);
    double contract = m.book().price12(Channel.CONTRACT);
    assertTrue(contract > 85 && contract <= 95 + 8 * 0.02 * 50, "mean contract price " + contract);
    assertTrue(m.book().price12(Channel.INTERMEDIARY) < 50);
  }

  @Test
  void theQualityPremiumRaisesThePriceForHighQualityProducers() {
    // 2% of P for each 0.1 of quality above 0.5: quality 0.9 earns 8% of P more than 0.5, and
    // quality below 0.5 earns no premium (and no penalty).
    MingaModel m = model(120);
    TractorFirm f = m.firms[0];
    Producer p = m.producers[f.contracted().get(0)];
    double average = ContractOffer.price(m, f, Households.withQuality(p, 0.5));
    double high = ContractOffer.price(m, f, Households.withQuality(p, 0.9));
    double low = ContractOffer.price(m, f, Households.withQuality(p, 0.3));
    assertEquals(0.08 * 120, high - average, 1e-9);
    assertEquals(average, low, 1e-9);
  }
}
