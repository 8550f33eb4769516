package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.3, intermediary offer: price = P x (1 - margin) - handling - transport, the
 * margin narrowed by competition and widened for indebted (tied) and uninformed producers; a
 * scarcity premium paid by exporters is passed on only in part.
 */
class IntermediaryOfferTest {

  /** A started model at a constant world price of 120, one step run so prices are set. */
  private static MingaModel model(String... extra) {
    String[] args = new String[extra.length + 3];
    args[0] = "producers.count=200";
    args[1] = "years=1";
    args[2] = "cooperatives.count=0";
    System.arraycopy(extra, 0, args, 3, extra.length);
    MingaModel m = ModelFixture.start("prices: {process: constant, base: 120}", args);
    ModelFixture.run(m, 1);
    return m;
  }

  /** An informed producer with an intermediary in reach and no debt (a copy, made informed). */
  private static Producer informedFree(MingaModel m) {
    for (Producer p : m.producers) {
      if (p.nearestIntermediary() >= 0 && p.debt() == 0) {
        return Households.withInformed(p, true);
      }
    }
    throw new AssertionError("no producer within reach of an intermediary");
  }

  @Test
  void aProducerIndebtedToTheIntermediaryGetsAWorsePriceFromIt() {
    // Tied sale: the creditor widens its margin by debt_margin_premium (0.08) for its debtors,
    // so the price falls by 0.08 x P = 9.6 per unit; another intermediary's offer is unchanged.
    MingaModel m = model("intermediaries.count=3", "intermediaries.reach_km=200");
    Producer p = informedFree(m);
    Intermediary creditor = m.intermediaries.get(p.nearestIntermediary());
    Intermediary other = m.intermediaries.get((creditor.index() + 1) % 3);
    double freeFromCreditor = IntermediaryOffer.price(m, p, creditor);
    double freeFromOther = IntermediaryOffer.price(m, p, other);
    TestMoney.lend(m, creditor, p, 200);
    assertEquals(freeFromCreditor - 0.08 * 120, IntermediaryOffer.price(m, p, creditor), 1e-9);
    assertEquals(freeFromOther, IntermediaryOffer.price(m, p, other), 1e-9);
  }

  @Test
  void anUninformedProducerGetsAWorsePrice() {
    // Without market information the margin is wider by uninformed_margin_premium (0.04).
    MingaModel m = model();
    Producer p = informedFree(m);
    Intermediary i = m.intermediaries.get(p.nearestIntermediary());
    double informed = IntermediaryOffer.price(m, p, i);
    Producer uninformed = Households.withInformed(p, false);
    assertEquals(informed - 0.04 * 120, IntermediaryOffer.price(m, uninformed, i), 1e-9);
  }

  @Test
  void moreIntermediariesWithinTheProducersReachMeanABetterPrice() {
    // The producer's margin is the intermediary's margin rescaled from the competition at the
    // intermediary's location to the competition the producer itself sees: a producer who can
    // sell to four intermediaries pays a narrower margin than one who can sell to only one.
    MingaModel m = model();
    Producer p = informedFree(m);
    Intermediary i = m.intermediaries.get(p.nearestIntermediary());
    p.locateIntermediaries(i.index(), 1);
    double alone = IntermediaryOffer.price(m, p, i);
    p.locateIntermediaries(i.index(), 4);
    double crowded = IntermediaryOffer.price(m, p, i);
    assertTrue(crowded > alone + 1, "one: " + alone + ", four: " + crowded);
  }

  @Test
  void aFallingPriceSqueezesTheOfferByTheFixedPerUnitCosts() {
    // Handling and transport are fixed per unit (5.3 "intermediaries' fixed per-unit costs
    // squeeze their offers when prices are low"): the offer as a share of P is lower at P = 60
    // than at P = 120.
    MingaModel m = model();
    Producer p = informedFree(m);
    Intermediary i = m.intermediaries.get(p.nearestIntermediary());
    double high = IntermediaryOffer.price(m, p, i) / m.prices.domestic;
    m.prices.world = 60;
    m.prices.domestic = 60;
    double low = IntermediaryOffer.price(m, p, i) / m.prices.domestic;
    assertTrue(low < high - 0.03, "share of P at 120: " + high + ", at 60: " + low);
  }

  @Test
  void scarcityPremiumsArePassedOnOnlyInPart() {
    // A firm that wants to buy far more from intermediaries than they hold bids up: exporters pay a
    // scarcity premium over P ([MunozViana-nd, ch. 4 “Inserción de los pequeños productores en los
    // mercados”]). Intermediaries pass on only pass_through (0.3) of it: producers gain 0.3 x
    // premium x P per unit while the intermediary gains the whole premium x P on resale.
    String yaml =
        """
        prices: {process: constant, base: 120}
        cooperatives: {count: 0}
        firms:
          - {name: bidder, entry_rule: always, target_producers: 40, intermediary_share: 0.9,
             reach_km: 200}
        """;
    MingaModel m = ModelFixture.start(yaml, "producers.count=300", "years=1");
    ModelFixture.run(m, 5); // through May, the first harvest month
    double premium = m.scarcityPremium();
    assertTrue(premium > 0.05, "firms short of supply should pay a premium: " + premium);
    Producer p = informedFree(m);
    Intermediary i = m.intermediaries.get(p.nearestIntermediary());
    double withPremium = IntermediaryOffer.price(m, p, i);
    m.prices.scarcityPremium = 0;
    double without = IntermediaryOffer.price(m, p, i);
    double toProducer = withPremium - without;
    double toIntermediary = premium * m.prices.domestic;
    assertEquals(0.3 * toIntermediary, toProducer, 1e-9);
    assertTrue(toProducer < 0.5 * toIntermediary);
  }

  /**
   * A producer's choice values and pays an intermediary's offer once per visit (Sales remembers
   * it); a sale that repays its debt to that intermediary must end the tied price, so whom the
   * producer owes is part of what is remembered.
   */
  @Test
  void theOfferRememberedDuringAVisitFollowsTheProducersDebt() {
    MingaModel m = model();
    Producer p = informedFree(m);
    Intermediary i = m.intermediaries.get(p.nearestIntermediary());
    Sales visit = new Sales();
    visit.reset();
    TestMoney.lend(m, i, p, 50);
    double tied = visit.intermediaryPrice(m, p, i);
    assertEquals(IntermediaryOffer.price(m, p, i), tied, 0.0);
    TestMoney.buy(m, i, p, 1000); // the sale repays the debt
    double free = visit.intermediaryPrice(m, p, i);
    assertEquals(IntermediaryOffer.price(m, p, i), free, 0.0);
    // 0.08 more margin on the domestic price while tied.
    assertEquals(0.08 * m.prices.domestic, free - tied, 1e-9);

    // A new visit (next producer or next month) computes afresh.
    m.prices.domestic *= 0.5;
    visit.reset();
    assertEquals(IntermediaryOffer.price(m, p, i), visit.intermediaryPrice(m, p, i), 0.0);
  }
}
