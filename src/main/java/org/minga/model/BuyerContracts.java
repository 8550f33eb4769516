package org.minga.model;

import org.minga.model.random.StreamName;
import org.minga.scenario.CooperativeConfig;

/**
 * docs/model.md 7.8, buyer contracts ([RedEAmerica-nd, “Cumplimiento y calidad”]): a cooperative
 * commits a yearly volume; when side-selling leaves it short it pays a penalty (up to what its
 * reserve holds; one it cannot pay in full ends the contract) and loses reputation, and below a
 * threshold it loses the contract and its premium, which lowers the price it can pay and feeds more
 * side-selling. Reputation recovers slowly while it delivers, and the contract can be regained 0.2
 * above the threshold. A cooperative that never had one finds a buyer, with the scenario's contract
 * share as yearly probability, once it has matured and delivers reliably.
 */
final class BuyerContracts {
  static final double RECOVERY_WITH_CONTRACT = 0.1;
  static final double RECOVERY_WITHOUT = 0.05;
  static final double REGAIN_MARGIN = 0.2;
  static final double TOLERANCE = 0.05;

  /** Maturity from which a cooperative without a contract can find a buyer. Assumption. */
  static final double MATURE_ENOUGH = 0.8;

  private BuyerContracts() {}

  /** Yearly, for cooperatives (seasonal groups are evaluated when their season closes). */
  static void yearly(MingaModel m) {
    for (Cooperative c : m.cooperatives) {
      if (c.isActive() && !c.isSeasonal()) {
        evaluate(m, c);
      }
    }
  }

  /** Settles a contract year: penalty and reputation, loss, regain or a first contract. */
  static void evaluate(MingaModel m, Cooperative c) {
    CooperativeConfig.BuyerContractConfig bc = m.sc.cooperatives().buyerContract();
    ForwardSales.settle(m, c);
    BuyerContract contract = c.buyerContract();
    if (contract.isSigned() && contract.committedVolumeYear() > 0) {
      double missing = Math.max(0, contract.committedVolumeYear() - contract.soldToBuyerYear());
      double shortfall = missing / contract.committedVolumeYear();
      if (shortfall > TOLERANCE && ForwardSales.forward(m)) {
        // A forward sale's shortfall was settled at the season's end (ForwardSales.settle),
        // which zeroes reputation when it could not be paid; here it only costs reputation.
        contract.loseReputation(bc.reputationLoss() * shortfall);
      } else if (shortfall > TOLERANCE) {
        double penalty = bc.penalty() * m.prices.world * missing;
        // The buyer collects what the reserve holds; a cooperative that cannot pay the whole
        // penalty loses the buyer's confidence at once (the contract ends below).
        double paid = Math.min(penalty, Math.max(0, c.reserve()));
        m.ledger.transfer(c, Ledger.Account.CONTRACT_PENALTIES, paid, Ledger.Reason.PENALTY);
        m.book.shortfall(missing, paid);
        if (paid < penalty) {
          contract.forfeitReputation();
        } else {
          contract.loseReputation(bc.reputationLoss() * shortfall);
        }
      } else {
        contract.recoverReputation(RECOVERY_WITH_CONTRACT);
      }
      if (contract.reputation() < bc.reputationThreshold()) {
        contract.end();
      }
    } else if (!contract.isSigned()
        && !contract.wasLost()
        && c.maturity() >= MATURE_ENOUGH
        && c.deliveryShare12() >= 0.8
        && m.chance(StreamName.BUYER_CONTRACTS, c.index, 0, bc.share())) {
      // A cooperative that has matured and delivers reliably finds a buyer.
      contract.sign();
    } else if (!contract.isSigned() && c.deliveryShare12() >= 0.8 && contract.reputation() < 1) {
      contract.recoverReputation(RECOVERY_WITHOUT);
      if (contract.reputation() >= bc.reputationThreshold() + REGAIN_MARGIN && contract.wasLost()) {
        contract.sign();
      }
    }
    if (!contract.isSigned() && contract.reputation() < bc.reputationThreshold()) {
      contract.rememberLost();
    }
  }

  /** After membership has changed: every cooperative commits its volume for the year. */
  static void commitAll(MingaModel m) {
    for (Cooperative c : m.cooperatives) {
      if (c.isActive()) {
        commit(m, c);
      }
    }
  }

  /** Sets the volume committed for the coming year from members' expected output. */
  static void commit(MingaModel m, Cooperative c) {
    double expected = 0;
    double taEffect = m.sc.policies().technicalAssistance().yieldEffect();
    for (int k = 0; k < c.memberCount(); k++) {
      expected += m.producers[c.memberAt(k)].expectedYearlyOutput(taEffect);
    }
    BuyerContract contract = c.buyerContract();
    contract.expectOutput(expected);
    double commitment = m.sc.cooperatives().buyerContract().commitment();
    if (m.players.playsBoard(c.index)) { // a played board's forward share replaces the scenario's
      commitment = m.players.choose(m.step, Decision.FORWARD_SHARE, c.index, commitment);
    }
    contract.commitYear(commitment);
    ForwardSales.agree(m, c);
  }
}
