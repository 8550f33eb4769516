package org.minga.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a played household faces in the coming month, read between steps (nothing is drawn or
 * changed): what a player is shown before deciding, and which decisions the month asks of it.
 * Prices are those of the month just run (the coming month's are set inside its step).
 *
 * @param household the household's id
 * @param step the coming month
 * @param cooperative its cooperative, or else the nearest it could join (-1: none)
 * @param member whether it belongs to {@code cooperative}
 * @param needs what it must pay this month: food, inputs, interest, lumpy expenses (USD)
 * @param crop its stock plus the harvest expected this month before shocks (units)
 * @param traderPrice what its intermediary pays per unit (NaN: none in reach)
 * @param advance the cooperative's advance per unit (NaN: no cooperative)
 * @param remainder the remainder per unit members expect (NaN: no cooperative)
 * @param remainderMonths months from delivery to the remainder
 * @param neighboursCooperative share of its neighbours who sell mainly to a cooperative
 * @param asked the decisions the month asks of it, in {@link Decision} order
 */
public record Situation(
    int household,
    int step,
    boolean active,
    boolean contracted,
    int cooperative,
    boolean member,
    double cash,
    double debt,
    double needs,
    double crop,
    double traderPrice,
    double advance,
    double remainder,
    int remainderMonths,
    double income12,
    double neighboursCooperative,
    List<Decision> asked) {

  /** Household {@code id}'s situation for the model's next step. */
  public static Situation of(MingaModel m, int id) {
    Producer p = m.producers[id];
    int step = m.completedSteps();
    int month = MingaModel.monthOf(step);
    boolean member = p.isMember();
    int coop =
        member
            ? p.cooperative()
            : Membership.joinable(m, p.nearestCooperative()) ? p.nearestCooperative() : -1;
    Cooperative c = coop >= 0 ? m.cooperatives.get(coop) : null;
    Intermediary inter = ChannelChoice.intermediaryFor(m, p);
    double needs =
        p.isActive()
            ? Credit.need(
                m, p, Production.inputCostDue(m, p, month), HouseholdExpenses.dueAt(m, p, step))
            : 0;
    double harvest =
        p.isActive()
            ? p.expectedYearlyOutput(m.sc.policies().technicalAssistance().yieldEffect())
                * m.harvestShare(month)
            : 0;
    int degree = m.network.degree(id);
    double neighbours =
        degree == 0
            ? 0
            : (double) m.mainChannels.neighboursSellingNow(id, Channel.COOPERATIVE) / degree;
    List<Decision> asked = new ArrayList<>();
    if (p.isActive() && !p.isContracted() && member && m.isHarvestMonth(month)) {
      asked.add(Decision.DELIVERY);
    }
    if (p.isActive() && m.isHarvestMonth(month)) {
      asked.add(Decision.LENDER);
    }
    if (p.isActive() && !p.isContracted() && c != null && m.isAssembly(step)) {
      asked.add(Decision.MEMBERSHIP);
    }
    return new Situation(
        id,
        step,
        p.isActive(),
        p.isContracted(),
        coop,
        member,
        p.cash(),
        p.debt(),
        needs,
        p.stock() + harvest,
        inter == null ? Double.NaN : IntermediaryOffer.price(m, p, inter),
        c == null ? Double.NaN : c.payments().advanceThisMonth(),
        c == null ? Double.NaN : c.expectedRemainder(),
        m.sc.cooperatives().paymentDelayMonths(),
        p.income12(),
        neighbours,
        List.copyOf(asked));
  }

  /**
   * What the player was shown, as decisions.csv records it: {@code key=value} pairs joined by
   * semicolons, money in whole USD, prices and volumes to two decimals, NA for none.
   */
  public String summary() {
    StringBuilder b = new StringBuilder();
    field(b, "cash", cash, 0);
    field(b, "debt", debt, 0);
    field(b, "needs", needs, 0);
    field(b, "crop", crop, 2);
    field(b, "trader", traderPrice, 2);
    field(b, "advance", advance, 2);
    field(b, "remainder", remainder, 2);
    field(b, "remainder_months", remainderMonths, 0);
    field(b, "income12", income12, 0);
    field(b, "cooperative", cooperative, 0);
    field(b, "member", member ? 1 : 0, 0);
    field(b, "neighbours_cooperative", neighboursCooperative, 2);
    return b.toString();
  }

  /** Appends {@code key=value} (after a semicolon unless first), to {@code decimals} places. */
  static void field(StringBuilder b, String key, double value, int decimals) {
    if (b.length() > 0) {
      b.append(';');
    }
    b.append(key)
        .append('=')
        .append(
            Double.isNaN(value) ? "NA" : String.format(Locale.ROOT, "%." + decimals + "f", value));
  }
}
