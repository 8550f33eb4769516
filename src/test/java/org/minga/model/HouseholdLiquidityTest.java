package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * docs/model.md 7.5 and 7.4 (impatience): a precarious household economy in which cash needs drive
 * sales. On common random numbers (same seed, same scenario), households with less off-farm income
 * and less starting cash are cash-short more often, so they borrow more, are tied to intermediary
 * lenders more often and side-sell more of their commitment.
 */
class HouseholdLiquidityTest {
  /** Default scenario (cooperatives, intermediaries, a local fair), shortened. */
  private static final String[] COMMON = {"producers.count=800", "years=5"};

  private static final String[] POOR = {
    "producers.off_farm_income_per_month={dist: lognormal, mean: 20, sd: 15, min: 0}",
    "producers.cash={dist: lognormal, mean: 50, sd: 40, min: 0}"
  };

  /** Mean over the run of side_selling_share (Decembers), mean_debt and indebted_share. */
  private static double[] run(long seed, String... extra) {
    String[] all = new String[COMMON.length + extra.length + 1];
    System.arraycopy(COMMON, 0, all, 0, COMMON.length);
    System.arraycopy(extra, 0, all, COMMON.length, extra.length);
    all[all.length - 1] = "seed=" + seed;
    MechanismRun r = MechanismRun.of("", all);
    double side = 0;
    double debt = 0;
    double tied = 0;
    int years = 0;
    int months = 0;
    while (r.m.completedSteps() < r.m.totalSteps()) {
      r.steps(1);
      debt += r.get("mean_debt");
      tied += r.get("indebted_share");
      months++;
      if (r.m.month() == 12) {
        side += r.get("side_selling_share");
        years++;
      }
    }
    return new double[] {side / years, debt / months, tied / months};
  }

  @Test
  void poorerHouseholdsBorrowMoreAndSideSellMore() {
    // Three seeds, each a paired comparison. Seed 11 gave mean debt about 18 vs 41 USD, tied
    // share 0.043 vs 0.097, side-selling 0.085 vs 0.093. The bounds ask for the direction with
    // a margin, not these values: in every pair poorer households are at least half again as
    // indebted and as often tied, and side-sell more; over the three, by at least 0.005.
    double sideGap = 0;
    for (long seed = 11; seed <= 13; seed++) {
      double[] normal = run(seed);
      double[] poor = run(seed, POOR);
      String at = "seed " + seed + ": ";
      assertTrue(
          poor[1] > 1.5 * normal[1], at + "mean debt: poor " + poor[1] + ", normal " + normal[1]);
      assertTrue(poor[2] > 1.5 * normal[2], at + "tied: poor " + poor[2] + ", normal " + normal[2]);
      assertTrue(
          poor[0] > normal[0], at + "side-selling: poor " + poor[0] + ", normal " + normal[0]);
      sideGap += poor[0] - normal[0];
    }
    assertTrue(sideGap > 0.005, "side-selling gap summed over three seeds: " + sideGap);
  }
}
