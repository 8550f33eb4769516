package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.8 buyer contracts and stylised fact 5, the broken-commitment spiral
 * ([RedEAmerica-nd, “Cumplimiento y calidad”]): side-selling leaves the cooperative short of its
 * committed volume, so it pays a penalty, loses reputation, and below the threshold loses the
 * contract and its premium.
 */
class BuyerContractsTest {

  /** Two cooperatives, both holding a buyer contract, no certification; nobody is caught. */
  private static final String CONTRACTED =
      """
      territory: {width_km: 30, height_km: 30, clusters: 4}
      prices: {process: constant}
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
      """;

  /**
   * Intermediaries paying the full world price in cash to impatient members: the cooperative's
   * advance (30%) plus a remainder four months later is worth much less, so members sell their
   * committed volume elsewhere.
   */
  private static final String[] SIDE_SELLING = {
    "intermediaries.base_margin=0",
    "intermediaries.min_margin=0",
    "intermediaries.handling_cost=0",
    "intermediaries.transport_cost_per_km=0",
    "intermediaries.uninformed_margin_premium=0",
    "cooperatives.advance_share=0.3",
    "producers.patience=0.8"
  };

  /** Intermediaries keeping 60%: members deliver to their cooperative. */
  private static final String[] LOYAL = {
    "intermediaries.base_margin=0.6", "intermediaries.min_margin=0.6"
  };

  private static MechanismRun run(String[] sets) {
    String[] all = new String[sets.length + 2];
    all[0] = "producers.count=400";
    all[1] = "years=3";
    System.arraycopy(sets, 0, all, 2, sets.length);
    return MechanismRun.of(CONTRACTED, all);
  }

  @Test
  void aCooperativeLeftShortBySideSellingPaysAPenaltyLosesReputationAndItsContract() {
    // At the first assembly each cooperative compares what it sold its buyer with the volume
    // committed (60% of members' expected output). Side-sellers leave it far short: it pays
    // penalty x price per missing unit, loses reputation_loss (0.8) x the shortfall, falls
    // below the threshold (0.5) and loses the contract.
    MechanismRun r = run(SIDE_SELLING);
    r.until(12);
    for (Cooperative c : r.m.cooperatives) {
      assertTrue(c.hasBuyerContract());
      assertTrue(
          c.buyerContract().soldToBuyerYear() < 0.5 * c.buyerContract().committedVolumeYear(),
          "sold "
              + c.buyerContract().soldToBuyerYear()
              + " of "
              + c.buyerContract().committedVolumeYear());
    }
    r.steps(1);
    assertTrue(
        r.m.ledger.net(Ledger.Account.CONTRACT_PENALTIES) < -1000,
        "penalties: " + r.m.ledger.net(Ledger.Account.CONTRACT_PENALTIES));
    for (Cooperative c : r.m.cooperatives) {
      assertTrue(c.reputation() < 0.5, "reputation " + c.reputation());
      assertFalse(c.hasBuyerContract());
      assertTrue(c.buyerContract().wasLost());
    }
  }

  @Test
  void aCooperativeThatDeliversItsCommitmentKeepsContractAndReputation() {
    // Control: members deliver, the committed volume is met, no penalty, reputation stays 1.
    MechanismRun r = run(LOYAL);
    r.until(25);
    assertEquals(0, r.m.ledger.net(Ledger.Account.CONTRACT_PENALTIES), 0.0);
    for (Cooperative c : r.m.cooperatives) {
      if (c.isActive()) {
        assertTrue(c.hasBuyerContract());
        assertEquals(1, c.reputation(), 1e-12);
      }
    }
  }

  @Test
  void losingTheContractRemovesItsPremiumFromWhatTheCooperativeIsPaid() {
    // CooperativeOffer.salePrice adds premium x maturity while the contract holds (here
    // 7% at full maturity); once it is lost the pool sells at the world price, and the
    // reference price behind members' advances falls with it.
    MechanismRun r = run(SIDE_SELLING);
    Cooperative c = r.m.cooperatives.get(0);
    assertEquals(100 * 1.07, CooperativeOffer.salePrice(r.m, c, 100), 1e-9);
    r.until(14);
    assertFalse(c.hasBuyerContract());
    assertEquals(100, CooperativeOffer.salePrice(r.m, c, 100), 1e-9);
    assertEquals(r.m.worldPrice(), c.referencePrice(), 1e-9);
  }
}
