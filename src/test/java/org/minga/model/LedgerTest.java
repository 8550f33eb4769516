package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minga.model.Ledger.Account;
import org.minga.model.Ledger.Reason;
import org.minga.scenario.ScenarioLoader;

/**
 * The ledger moves money between holders and to and from named accounts so that money is conserved
 * by construction (Ledger's class comment); these check the construction on small books and then on
 * a whole run.
 */
class LedgerTest {
  private final Ledger ledger = new Ledger();
  private final Producer household = Households.at(0, 0);
  private final Producer neighbour = Households.at(1, 0);
  private final Cooperative coop = new Cooperative(0, 0, 0, false, 0, 1, 0.5, 0.5);
  private final Intermediary trader = new Intermediary(0, 0, 0, 0.1);
  private final TractorFirm firm = new TractorFirm(0, null);

  private double inside() {
    return household.cash()
        + neighbour.cash()
        + coop.reserve()
        + trader.capital()
        + firm.cash()
        + ledger.inClearing();
  }

  private void endow() {
    ledger.transfer(Account.ENTRY_CAPITAL, household, 100, Reason.ENTRY);
    ledger.transfer(Account.ENTRY_CAPITAL, neighbour, 40, Reason.ENTRY);
    ledger.transfer(Account.ENTRY_CAPITAL, coop, 500, Reason.ENTRY);
    ledger.transfer(Account.ENTRY_CAPITAL, trader, 1000, Reason.ENTRY);
    ledger.transfer(Account.ENTRY_CAPITAL, firm, 2000, Reason.ENTRY);
  }

  @Test
  void aTransferBetweenHoldersLeavesTheTotalUnchanged() {
    endow();
    double total = ledger.total();
    double inside = inside();
    assertEquals(total, inside, 0.0);
    ledger.transfer(household, coop, 0.1, Reason.FEE);
    ledger.transfer(trader, household, 33.3, Reason.LOAN);
    ledger.transfer(firm, neighbour, 7.77, Reason.PURCHASE);
    ledger.transfer(coop, trader, 1e-3, Reason.REPAYMENT);
    assertEquals(total, ledger.total(), 0.0, "no account moved");
    assertEquals(inside, inside(), 1e-9);
    assertEquals(100 - 0.1 + 33.3, household.cash(), 1e-12);
    assertEquals(500 + 0.1 - 1e-3, coop.reserve(), 1e-12);
  }

  @Test
  void externalFlowsMoveTheTotalByExactlyTheAmount() {
    endow();
    double before = ledger.total();
    ledger.transfer(Account.GRANTS, coop, 250, Reason.GRANT);
    assertEquals(before + 250, ledger.total(), 0.0);
    assertEquals(250, ledger.net(Account.GRANTS), 0.0);
    ledger.transfer(household, Account.CONSUMPTION, 60, Reason.CONSUMPTION);
    assertEquals(before + 250 - 60, ledger.total(), 0.0);
    assertEquals(-60, ledger.net(Account.CONSUMPTION), 0.0);
    assertEquals(40, household.cash(), 0.0);
    // A sale net of its costs: buyers pay the revenue in, suppliers take the costs out.
    ledger.saleNetOfCosts(coop, 900, 125);
    assertEquals(before + 250 - 60 + 900 - 125, ledger.total(), 0.0);
    assertEquals(500 + 250 + 900 - 125, coop.reserve(), 0.0);
    assertEquals(ledger.total(), inside(), 1e-9);
  }

  @Test
  void perReasonTotalsAddUp() {
    endow();
    double[] amounts = {12.5, 0.3, 7, 1e-4, 250.25};
    double paid = 0;
    for (double a : amounts) {
      ledger.transfer(household, coop, a, Reason.FEE);
      ledger.transfer(Account.OFF_FARM_INCOME, household, a, Reason.OFF_FARM_INCOME);
      paid += a;
    }
    assertEquals(paid, ledger.moved(Reason.FEE), 1e-12);
    assertEquals(paid, ledger.moved(Reason.OFF_FARM_INCOME), 1e-12);
    assertEquals(100 + 40 + 500 + 1000 + 2000, ledger.moved(Reason.ENTRY), 0.0);
    double all = 0;
    for (Reason r : Reason.values()) {
      all += ledger.moved(r);
    }
    assertEquals(3640 + 2 * paid, all, 1e-9, "every transfer counted once");
  }

  @Test
  void aPaymentToADebtorMovesTheNetAndCountsTheRepaymentKept() {
    endow();
    ledger.transfer(trader, household, 80, Reason.LOAN);
    trader.lent(80);
    household.borrowFrom(Producer.INTERMEDIARY_CREDITOR, trader.index(), 80);
    double repaid = household.repayOutOf(50, Producer.INTERMEDIARY_CREDITOR, trader.index());
    ledger.payNetOfRepayment(trader, household, 50, repaid, Reason.PURCHASE);
    trader.loanRepaid(repaid);
    assertEquals(50, repaid, 0.0);
    assertEquals(30, household.debt(), 0.0);
    assertEquals(180, household.cash(), 0.0, "the whole sale went to the debt");
    assertEquals(30, trader.loansOutstanding(), 0.0);
    assertEquals(50, ledger.moved(Reason.PURCHASE), 0.0);
    assertEquals(50, ledger.moved(Reason.REPAYMENT), 0.0);
    // A sale worth more than the debt clears it and pays the rest.
    repaid = household.repayOutOf(100, Producer.INTERMEDIARY_CREDITOR, trader.index());
    ledger.payNetOfRepayment(trader, household, 100, repaid, Reason.PURCHASE);
    assertEquals(30, repaid, 0.0);
    assertEquals(0, household.debt(), 0.0);
    assertEquals(Producer.NO_CREDITOR, household.creditorKind());
    assertEquals(250, household.cash(), 0.0);
    assertEquals(ledger.total(), inside(), 1e-9);
  }

  @Test
  void aWholePaidOutInSharesThroughClearingLeavesOnlyRounding() {
    endow();
    double whole = coop.reserve();
    double share = whole / 3;
    ledger.intoClearing(coop, whole);
    ledger.outOfClearing(household, share, Reason.DISSOLUTION_SHARE);
    ledger.outOfClearing(neighbour, share, Reason.DISSOLUTION_SHARE);
    ledger.outOfClearing(household, share, Reason.DISSOLUTION_SHARE);
    assertEquals(0, coop.reserve(), 0.0, "the payer is left with exactly nothing");
    assertEquals(whole - 3 * share, ledger.inClearing(), 1e-12);
    assertTrue(Math.abs(ledger.inClearing()) < 1e-12);
    assertEquals(3 * share, ledger.moved(Reason.DISSOLUTION_SHARE), 0.0);
    assertEquals(ledger.total(), inside(), 1e-9);
  }

  /**
   * The whole baseline run (every mechanism of docs/model.md 7 is exercised over its 20 years) with
   * the invariants checked after every step, and the money inside compared with the ledger at every
   * step here too; rounding only, never a payment that is nobody's receipt.
   */
  @Test
  void theBaselineKeepsMoneyConservedAtEveryStep() throws Exception {
    MingaModel m =
        new MingaModel(ScenarioLoader.load(Path.of("scenarios/baseline.yaml"), List.of()));
    m.setCheckInvariants(true);
    m.start();
    int steps = 0;
    while (m.stepOnce()) {
      double inside = Invariants.moneyInside(m);
      double total = m.ledger.total();
      assertEquals(total, inside, 1e-9 * Math.max(1, Math.abs(total)), "step " + m.step);
      steps++;
    }
    assertEquals(20 * 12, steps);
    for (Reason r :
        List.of(
            Reason.SALE,
            Reason.PURCHASE,
            Reason.ADVANCE,
            Reason.REMAINDER,
            Reason.LOAN,
            Reason.INTEREST,
            Reason.REPAYMENT,
            Reason.CONSUMPTION)) {
      assertTrue(m.ledger.moved(r) > 0, r + " never moved money");
    }
    assertTrue(Math.abs(m.ledger.inClearing()) < 1e-6, "clearing holds " + m.ledger.inClearing());
  }
}
