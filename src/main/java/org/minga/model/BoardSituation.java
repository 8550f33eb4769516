package org.minga.model;

import java.util.ArrayList;
import java.util.List;
import org.minga.scenario.CooperativeConfig;

/**
 * What a cooperative's played board faces in the coming month, read between steps like {@link
 * Situation}: the reserve, members, last month's advance and prices, the scenario's own settings of
 * the decisions, and which decisions the month asks of it.
 *
 * @param reserveMonths the reserve in months of fixed cost (NaN without fixed costs)
 * @param advance the advance per unit paid last month
 * @param expectedOutput members' expected output for the year (units)
 * @param forwardOpen volume sold forward and not yet delivered (units)
 * @param rule the scenario's advance rule (what "let the model decide" keeps), likewise below
 */
public record BoardSituation(
    int cooperative,
    int step,
    boolean active,
    int members,
    double reserve,
    double reserveMonths,
    double advance,
    double referencePrice,
    double worldPrice,
    double expectedOutput,
    double forwardOpen,
    boolean buyerContract,
    CooperativeConfig.AdvanceRule rule,
    double advanceShare,
    double forwardShare,
    double reserveTargetMonths,
    List<Decision> asked) {

  /** Cooperative {@code index}'s situation for the model's next step. */
  public static BoardSituation of(MingaModel m, int index) {
    Cooperative c = m.cooperatives.get(index);
    CooperativeConfig cc = m.sc.cooperatives();
    int step = m.completedSteps();
    List<Decision> asked = new ArrayList<>();
    if (c.isActive() && m.isHarvestMonth(MingaModel.monthOf(step))) {
      asked.addAll(List.of(Decision.ADVANCE_RULE, Decision.ADVANCE_SHARE, Decision.RESERVE_MONTHS));
    }
    if (c.isActive() && m.isAssembly(step)) {
      asked.add(Decision.FORWARD_SHARE);
      if (!asked.contains(Decision.RESERVE_MONTHS)) {
        asked.add(Decision.RESERVE_MONTHS);
      }
    }
    asked.sort(null);
    double fixed = cc.fixedCostPerMonth();
    return new BoardSituation(
        index,
        step,
        c.isActive(),
        c.memberCount(),
        c.reserve(),
        fixed > 0 ? c.reserve() / fixed : Double.NaN,
        c.payments().advanceThisMonth(),
        c.referencePrice(),
        m.prices.world,
        c.buyerContract().expectedOutputYear(),
        c.buyerContract().forwardOpen(),
        c.hasBuyerContract(),
        cc.advanceRule(),
        cc.advanceShare(),
        cc.buyerContract().commitment(),
        cc.reserveTargetMonths(),
        List.copyOf(asked));
  }

  /** What the board was shown, in the form of {@link Situation#summary}. */
  public String summary() {
    StringBuilder b = new StringBuilder();
    Situation.field(b, "reserve", reserve, 0);
    Situation.field(b, "reserve_months", reserveMonths, 1);
    Situation.field(b, "members", members, 0);
    Situation.field(b, "advance", advance, 2);
    Situation.field(b, "reference", referencePrice, 2);
    Situation.field(b, "world_price", worldPrice, 2);
    Situation.field(b, "expected_output", expectedOutput, 0);
    Situation.field(b, "forward_open", forwardOpen, 0);
    Situation.field(b, "buyer_contract", buyerContract ? 1 : 0, 0);
    return b.toString();
  }
}
