package org.minga.model;

/**
 * Who plays in this run, as flags the mechanisms check before consulting the {@link Participants}:
 * a dense array by household id and one by cooperative index, so that a run nobody plays pays one
 * array read per decision and nothing else.
 */
final class Players {
  private Participants participants = Participants.NOBODY;
  private boolean[] households = new boolean[0];
  private boolean[] boards = new boolean[0];

  /** Reads the roster of {@code p} for the agents that exist now. */
  void set(Participants p, int producers, int cooperatives) {
    participants = p;
    households = new boolean[producers];
    boards = new boolean[cooperatives];
    for (int i = 0; i < producers; i++) {
      households[i] = p.playsHousehold(i);
    }
    for (int i = 0; i < cooperatives; i++) {
      boards[i] = p.playsBoard(i);
    }
  }

  /** Whether the household is played. */
  boolean plays(int household) {
    return households[household];
  }

  /** Whether the cooperative's board is played (a cooperative formed after the roster: no). */
  boolean playsBoard(int cooperative) {
    return cooperative < boards.length && boards[cooperative];
  }

  /**
   * A played agent's decision: tells the participants the rule's choice, then returns theirs in its
   * place, or the rule's when they leave it to the model.
   *
   * @throws IllegalArgumentException when the choice is not one the decision accepts
   */
  double choose(int step, Decision decision, int agent, double rule) {
    participants.ruled(step, decision, agent, rule);
    double choice = participants.choice(step, decision, agent);
    if (Double.isNaN(choice)) {
      return rule;
    }
    if (!decision.accepts(choice)) {
      throw new IllegalArgumentException(
          "step "
              + step
              + ": "
              + decision.id()
              + " of "
              + decision.role().id()
              + " "
              + agent
              + " cannot be "
              + choice);
    }
    return choice;
  }
}
