package org.minga.model;

/**
 * The people of a participatory session: the households and cooperative boards they play, and their
 * choices, which replace the model's rules for those agents (docs/model.md, "Played households and
 * the board"). The model consults it inside a step, so every answer must be plain data collected
 * before the month ran: a step never waits for a person.
 *
 * <p>At each decision of a played agent the model first computes its own rule's choice exactly as
 * in an unplayed run, drawing the same random numbers, tells it to {@link #ruled}, and then applies
 * {@link #choice} in its place (or the rule's, when the choice is NaN).
 */
public interface Participants {
  /** Nobody plays: every decision is the model's, and the run is that of the scenario alone. */
  Participants NOBODY =
      new Participants() {
        @Override
        public boolean playsHousehold(int household) {
          return false;
        }

        @Override
        public boolean playsBoard(int cooperative) {
          return false;
        }

        @Override
        public double choice(int step, Decision decision, int agent) {
          return Double.NaN;
        }
      };

  /**
   * Whether household {@code household} (its id) is played. Read when the participants are set
   * ({@link MingaModel#setParticipants}) and at the start, not at every step.
   */
  boolean playsHousehold(int household);

  /** Whether the board of cooperative {@code cooperative} (its index) is played; read likewise. */
  boolean playsBoard(int cooperative);

  /**
   * The played agent's choice for {@code decision} at {@code step} (a household's id or a
   * cooperative's index for {@code agent}): a value {@link Decision#accepts}, or NaN to let the
   * model's rule decide. Must return at once.
   */
  double choice(int step, Decision decision, int agent);

  /**
   * What the model's rule chose for a played agent's decision, before the choice replaced it
   * (called only where the decision arose: a household that did not need a loan is not asked whom
   * it borrows from). A session records it beside the player's choice.
   */
  default void ruled(int step, Decision decision, int agent, double rule) {}
}
