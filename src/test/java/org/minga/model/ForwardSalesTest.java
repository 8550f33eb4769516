package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.8 with price risk (ForwardSales): a cooperative that sold its committed volume
 * forward at a fixed price before a sustained price rise sees members side-sell to spot buyers,
 * falls short of its commitment, pays the market difference on the missing volume and ends with
 * lower reserves than the same cooperative selling at spot. Common random numbers: the same
 * scenario and seed, only the contract kind differs.
 */
class ForwardSalesTest {

  /** Two cooperatives, both holding a buyer contract; nobody is caught side-selling. */
  private static final String YAML =
      """
      territory: {width_km: 30, height_km: 30, clusters: 4}
      prices: {process: constant, base: 120, shocks: [{at: 1, duration: 24, multiplier: 1.5}]}
      cooperatives:
        count: 2
        reach_km: 40
        initial_reserve: 100000
        detection_probability: 0
        mismanagement_rate: 0
        certification: {share: 0}
        buyer_contract: {share: 1}
        formation: {enabled: false}
      producers: {initial_member_share: 0.6}
      firms: []
      """;

  private static MechanismRun run(String kind) {
    return MechanismRun.of(
        YAML, "producers.count=400", "years=2", "cooperatives.buyer_contract.kind=" + kind);
  }

  private static double reserves(MingaModel m) {
    double s = 0;
    for (Cooperative c : m.cooperatives) {
      s += c.reserve();
    }
    return s;
  }

  @Test
  void aPriceRiseAfterForwardSalesLeavesTheCooperativeShortAndItsReservesLower() {
    MechanismRun spot = run("spot");
    MechanismRun fixed = run("fixed");
    // Sold forward at the start (price 120 less the 3% discount), before the 50% rise.
    for (Cooperative c : fixed.m.cooperatives) {
      assertTrue(c.buyerContract().isForwardPriceFixed());
      assertEquals(
          120 * 1.07 * 0.97,
          c.buyerContract().forwardPrice(),
          120 * 0.07 * 0.97 * 0.3 + 1e-9,
          "sale price at 120 with the buyer premium x maturity, less the discount");
      assertTrue(c.buyerContract().forwardOpen() > 0);
    }
    // Through the season's end (August, step 7): the shortfall is settled.
    spot.until(8);
    fixed.until(8);
    double shortfall = fixed.m.book.shortfall().sum();
    double paid = fixed.m.book.penalties().sum();
    assertTrue(shortfall > 0, "members side-sold: the cooperatives fell short");
    assertTrue(paid > 0, "the market difference on the missing volume was paid: " + paid);
    // Side-selling is the members' choice, which the contract kind does not enter: with the
    // same advance and remainder expectations, both runs saw similar diversion.
    assertTrue(fixed.m.book.sideSold12() > 0.1 * fixed.m.book.committed12());
    assertEquals(0, spot.m.book.penalties().sum(), 1e-9, "spot sales owe nothing mid-year");
    // Paid per missing unit = spot sale price - contract price (180 vs 120 with the same buyer
    // premium, less the 3% discount), as far as each reserve and credit line reach; a
    // cooperative that could not pay it all has lost its buyer's confidence.
    Cooperative c0 = fixed.m.cooperatives.get(0);
    double gap =
        CooperativeOffer.salePrice(fixed.m, c0, 180) - ForwardSales.contractPrice(fixed.m, c0);
    assertTrue(gap > 60, "gap per unit " + gap);
    assertTrue(paid <= gap * shortfall + 1e-6, "paid " + paid + " for " + shortfall);
    boolean cappedSomewhere = paid < gap * shortfall - 1e-6;
    for (Cooperative c : fixed.m.cooperatives) {
      if (cappedSomewhere && c.reserve() <= -fixed.m.sc.cooperatives().creditLine() + 1e-6) {
        assertEquals(0, c.reputation(), 1e-12);
      }
    }
    double lower = reserves(spot.m) - reserves(fixed.m);
    // Lower by at least the shortfall payment: delivered forward units also sold at 120 not 180.
    assertTrue(lower > paid, "reserves lower by " + lower + ", shortfall paid " + paid);
    assertEquals(-paid, fixed.m.ledger.net(Ledger.Account.CONTRACT_PENALTIES), 1e-6);
  }

  @Test
  void aPriceToBeFixedContractIsFixedWhenSpotRisesAboveItsTrailingMean() {
    // With a rise from step 1, spot is above the trailing mean in the first month checked: the
    // cooperative fixes at the high price and carries almost no loss from the rise.
    MechanismRun ptbf = run("to_be_fixed");
    MechanismRun fixed = run("fixed");
    ptbf.until(8);
    fixed.until(8);
    for (Cooperative c : ptbf.m.cooperatives) {
      assertTrue(c.buyerContract().isForwardPriceFixed());
      assertTrue(
          c.buyerContract().forwardPrice() > 170,
          "fixed at the high price: " + c.buyerContract().forwardPrice());
    }
    // Only the buyer's 3% discount separates the contract from spot at the season's end.
    double perUnit = ptbf.m.book.penalties().sum() / ptbf.m.book.shortfall().sum();
    Cooperative c0 = ptbf.m.cooperatives.get(0);
    assertTrue(
        perUnit <= 0.03 * CooperativeOffer.salePrice(ptbf.m, c0, 180) + 1e-9,
        "paid per missing unit " + perUnit);
    assertTrue(reserves(ptbf.m) > reserves(fixed.m));
  }
}
