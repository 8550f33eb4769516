package org.minga.play;

import java.util.List;
import org.minga.model.BoardSituation;
import org.minga.model.Decision;
import org.minga.model.MingaModel;
import org.minga.model.Situation;

/**
 * What one played seat is shown before the model's next step: its household's {@link Situation} or
 * its board's {@link BoardSituation} (the other is null). Also the phone page's and the bots' view
 * of the month, sent as JSON.
 */
public record Screen(int step, Situation household, BoardSituation board) {

  /** The screen of household {@code agent}, or of cooperative {@code agent}'s board. */
  public static Screen of(MingaModel m, Decision.Role role, int agent) {
    return role == Decision.Role.HOUSEHOLD
        ? new Screen(m.completedSteps(), Situation.of(m, agent), null)
        : new Screen(m.completedSteps(), null, BoardSituation.of(m, agent));
  }

  /** The decisions the month asks, in {@link Decision} order. */
  public List<Decision> asked() {
    return household != null ? household.asked() : board.asked();
  }

  /** What the player was shown, as decisions.csv records it. */
  public String shown() {
    return household != null ? household.summary() : board.summary();
  }
}
