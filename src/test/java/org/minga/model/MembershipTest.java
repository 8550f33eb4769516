package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.7, joining and leaving at the yearly assembly; stylised fact 2 (churn rises with
 * price volatility and with mismanagement, [MunozViana-nd, ch. 3 “Asociatividad de los pequeños
 * productores”]).
 */
class MembershipTest {

  private static final String WORLD =
      """
      territory: {width_km: 40, height_km: 40, clusters: 6}
      prices: {process: constant}
      cooperatives:
        count: 3
        reach_km: 30
        transparency: 1
        mismanagement_rate: 0
        detection_probability: 0
        successful_exit: 0
        formation: {enabled: false}
      """;

  @Test
  void membersWhoseTrustIsBelowTheThresholdLeaveAtTheAssembly() {
    // A member leaves when its trust is below leave_trust (0.3); with switch_probability 1 it
    // acts at once. Half the members are given trust 0.05, the other half 0.95, just before the
    // first assembly (step 12): every distrustful member leaves; trusting ones leave only if
    // they are also worse off than non-members they observe.
    MingaModel m =
        ModelFixture.start(
            WORLD, "producers.count=500", "years=2", "producers.switch_probability=1");
    ModelFixture.run(m, 12);
    List<Producer> distrust = new ArrayList<>();
    List<Producer> trusting = new ArrayList<>();
    for (Producer p : m.producers) {
      if (p.isMember()) {
        boolean low = (p.id % 2) == 0;
        Households.setTrust(p, low ? 0.05 : 0.95);
        (low ? distrust : trusting).add(p);
      }
    }
    double leavesBefore = m.book.leaves.sum();
    ModelFixture.run(m, 1);
    assertTrue(distrust.size() > 50);
    for (Producer p : distrust) {
      assertEquals(-1, p.cooperative(), "distrustful member " + p.id + " stayed");
    }
    long stayed = trusting.stream().filter(p -> p.isMember()).count();
    assertTrue(stayed > 0.5 * trusting.size(), stayed + " of " + trusting.size() + " stayed");
    assertTrue(m.book.leaves.sum() - leavesBefore >= distrust.size());
  }

  @Test
  void nonMembersJoinWhenTheMembersTheyObserveAreBetterOff() {
    // A non-member joins when members in its network earn more per ha by more than
    // join_income_gap plus the fee. When intermediaries keep 60% of the price, members (who get
    // the cooperative's advance and remainder) are far better off than independents and many
    // join at the first assembly; when intermediaries keep only 2%, independents get nearly
    // the cooperative's price in cash, and far fewer join (some still do, for the members'
    // cheaper inputs).
    double[] joins = new double[2];
    double[] margins = {0.02, 0.6};
    for (int k = 0; k < 2; k++) {
      MechanismRun r =
          MechanismRun.of(
              WORLD,
              "producers.count=500",
              "years=2",
              "intermediaries.base_margin=" + margins[k],
              "intermediaries.min_margin=" + margins[k],
              "producers.initial_member_share=0.3");
      r.steps(13);
      joins[k] = r.get("joins");
    }
    assertTrue(joins[1] > 40, "joins with a 60% margin: " + joins[1]);
    assertTrue(joins[1] > 1.8 * joins[0], "joins " + joins[0] + " vs " + joins[1]);
  }

  @Test
  void churnIsHigherUnderAVolatilePriceThanAConstantOne() {
    // Fact 2: with a volatile price, remainders often fall short of what was promised (trust
    // falls) and the income gap between members and non-members swings across the joining and
    // leaving thresholds, so more producers go in and out. Churn = (joins + leaves) per
    // member-year, summed over three seeds; cooperatives are kept solvent (large credit line)
    // so that dissolutions do not empty the pool of members.
    double constant = churnRate("prices.process=constant");
    double volatile_ = churnRate("prices.process=mean_reverting", "prices.sigma=0.25");
    assertTrue(volatile_ > 1.25 * constant, "churn " + constant + " vs " + volatile_);
  }

  @Test
  void churnIsHigherWithMismanagement() {
    // Fact 2: a mismanagement event (yearly probability mismanagement_rate x (1 - governance))
    // cuts every member's trust by 0.3, pushing many below leave_trust; they leave, and
    // non-members who see members doing well later rejoin.
    double clean = churnRate("cooperatives.mismanagement_rate=0");
    double mismanaged = churnRate("cooperatives.mismanagement_rate=1", "cooperatives.governance=0");
    assertTrue(mismanaged > 1.2 * clean, "churn " + clean + " vs " + mismanaged);
  }

  /** (joins + leaves) / members, summed over five assemblies and three seeds. */
  private static double churnRate(String... sets) {
    double churn = 0;
    double memberYears = 0;
    for (long seed = 1; seed <= 3; seed++) {
      List<String> all =
          new ArrayList<>(
              List.of(
                  "producers.count=400",
                  "years=6",
                  "seed=" + seed,
                  "cooperatives.credit_line=1000000",
                  "cooperatives.min_members=0"));
      all.addAll(List.of(sets));
      MechanismRun r =
          MechanismRun.of(
              WORLD.replace("prices: {process: constant}\n", ""), all.toArray(String[]::new));
      r.steps(11);
      for (int y = 0; y < 5; y++) {
        r.steps(12);
        churn += r.get("joins") + r.get("leaves");
        memberYears += r.get("membership_rate") * r.get("active_producers");
      }
    }
    return churn / memberYears;
  }
}
