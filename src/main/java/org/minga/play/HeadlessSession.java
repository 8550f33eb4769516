package org.minga.play;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minga.model.Decision;
import org.minga.model.MingaModel;
import org.minga.model.random.RandomStreams;
import org.minga.model.random.StreamName;
import org.minga.output.DecisionRow;
import org.minga.output.DecisionsCsv;

/**
 * A participatory session without a window, played by bots: before each month the players read
 * their screens and answer (or time out), their choices go to the model as plain data ({@link
 * ScheduledChoices}), and after the month every decision is written to decisions.csv with what
 * the model's rule chose in its place. Players are named {@code bot-1} ... {@code bot-N} (the
 * `bots` sub-stream of their number) and {@code board-bot} (sub-stream 0).
 */
public final class HeadlessSession {
  /** How a session is set up. */
  public record Setup(String name, int bots, boolean boardBot, int months, long countdownMs) {}

  private final Setup setup;
  private final DecisionsCsv record;
  private final ScheduledChoices choices = new ScheduledChoices();
  private final List<Bot> players = new ArrayList<>();
  private final List<DecisionRow> month = new ArrayList<>();
  private int decisions;
  private int timedOut;

  public HeadlessSession(Setup setup, DecisionsCsv record) {
    this.setup = setup;
    this.record = record;
  }

  /**
   * Seats the players on the started model and lets them play.
   *
   * @throws IllegalArgumentException when there are fewer active households than bots, or a
   *     board bot but no cooperative
   */
  public void start(MingaModel m) {
    RandomStreams streams = new RandomStreams(m.scenario().seed());
    if (setup.boardBot()) {
      int board = Seating.board(m);
      if (board < 0) {
        throw new IllegalArgumentException("--board-bot, but the scenario has no cooperative");
      }
      players.add(new BoardBot("board-bot", board, streams.sequence(StreamName.BOTS, 0)));
      choices.seat(Decision.Role.BOARD, board);
    }
    int[] seats = Seating.households(m, setup.bots());
    for (int k = 0; k < seats.length; k++) {
      players.add(new HouseholdBot("bot-" + (k + 1), seats[k],
          streams.sequence(StreamName.BOTS, k + 1)));
      choices.seat(Decision.Role.HOUSEHOLD, seats[k]);
    }
    m.setParticipants(choices);
  }

  /** Before the model's next step: every player's answers for the month, if it is played. */
  public void beforeStep(MingaModel m) {
    int step = m.completedSteps();
    if (step >= setup.months()) {
      return;
    }
    for (Bot b : players) {
      Bot.Screen screen = b.screen(m);
      if (screen.choices().isEmpty()) {
        continue;
      }
      Bot.Timing t = b.time(setup.countdownMs());
      for (Map.Entry<Decision, Double> e : screen.choices().entrySet()) {
        double choice = t.timedOut() ? Double.NaN : e.getValue();
        choices.add(step, e.getKey(), b.agent(), choice);
        month.add(new DecisionRow(setup.name(), b.name(), b.agent(), step, e.getKey(),
            screen.shown(), choice, Double.NaN, t.responseMs(), t.timedOut()));
      }
    }
  }

  /** After the step: the month's decisions, with the rule's choices, to decisions.csv. */
  public void afterStep(MingaModel m) {
    for (DecisionRow r : month) {
      record.write(r.withRule(choices.rule(r.step(), r.decision(), r.agent())));
      decisions++;
      timedOut += r.timedOut() ? 1 : 0;
    }
    month.clear();
    record.flush();
  }

  /** How many decisions were asked so far. */
  public int decisions() {
    return decisions;
  }

  /** How many of them timed out. */
  public int timedOut() {
    return timedOut;
  }
}
