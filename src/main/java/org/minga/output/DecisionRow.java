package org.minga.output;

import org.minga.model.Decision;

/**
 * One decision of a participatory session, a row of {@value DecisionsCsv#FILE_NAME}.
 *
 * @param session the session's name
 * @param player who decided (a player's name, e.g. {@code bot-3})
 * @param agent the household's id, or the cooperative's index for a board
 * @param step the month decided for (a step, from 0, as in timeseries.csv)
 * @param shown what the player was shown ({@link org.minga.model.Situation#summary})
 * @param choice the choice (NaN: none, the model's rule decided)
 * @param rule what the model's rule chose (NaN: the decision did not arise in the month, or it was
 *     not recorded)
 * @param responseMs how long the player took, in milliseconds (the countdown when timed out)
 * @param timedOut whether the countdown ran out before the player chose
 */
public record DecisionRow(
    String session,
    String player,
    int agent,
    int step,
    Decision decision,
    String shown,
    double choice,
    double rule,
    long responseMs,
    boolean timedOut) {

  /** Who decided: a household or a board. */
  public Decision.Role role() {
    return decision.role();
  }

  /** The same row with what the model's rule chose. */
  public DecisionRow withRule(double ruled) {
    return new DecisionRow(
        session, player, agent, step, decision, shown, choice, ruled, responseMs, timedOut);
  }
}
