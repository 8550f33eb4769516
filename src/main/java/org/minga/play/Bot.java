package org.minga.play;

import java.util.EnumMap;
import java.util.Map;
import org.minga.model.Decision;
import org.minga.model.random.RandomStream;
import org.minga.model.random.RandomStreams;
import org.minga.model.random.StreamName;

/**
 * A simulated player: reads what its household or board faces in the coming month, chooses by a
 * simple strategy, and answers after a random response time, sometimes too late (or not at all: a
 * phone put away), when the model's rule decides instead. Everything random is drawn from its own
 * stream (`bots`, sub-stream of the player's number), so a session's bytes depend only on its seed
 * and command line.
 */
public abstract class Bot {
  /** Spread of response times (standard deviation of their logarithm). Assumption. */
  static final double SPREAD = 0.6;

  /** Chance that a player does not answer a screen at all. Assumption. */
  static final double AWAY = 0.04;

  /** How long a bot took over a screen, and whether the countdown ran out first. */
  public record Timing(long responseMs, boolean timedOut) {}

  private final String name;
  private final int agent;
  final RandomStream draws;

  /** Its typical response time: some players are quick, some slow. */
  private final double medianMs;

  Bot(String name, int agent, RandomStream draws) {
    this.name = name;
    this.agent = agent;
    this.draws = draws;
    this.medianMs = 3000 + 9000 * draws.nextDouble();
  }

  /** Bot {@code k} (from 1), named {@code bot-k}, playing household {@code household}. */
  public static Bot household(int k, int household, RandomStreams streams) {
    return new HouseholdBot("bot-" + k, household, streams.sequence(StreamName.BOTS, k));
  }

  /** The board bot, named {@code board-bot}, playing cooperative {@code cooperative}'s board. */
  public static Bot board(int cooperative, RandomStreams streams) {
    return new BoardBot("board-bot", cooperative, streams.sequence(StreamName.BOTS, 0));
  }

  public String name() {
    return name;
  }

  /** The household's id, or the cooperative's index for a board. */
  public int agent() {
    return agent;
  }

  /** Whether it plays a household or a board. */
  public abstract Decision.Role role();

  /** The bot's choice for each decision the screen asks, in the order of {@link Decision}. */
  public Map<Decision, Double> answer(Screen screen) {
    Map<Decision, Double> choices = new EnumMap<>(Decision.class);
    for (Decision d : screen.asked()) {
      choices.put(d, choose(d, screen));
    }
    return choices;
  }

  abstract double choose(Decision d, Screen screen);

  /** Draws how long the bot takes over one screen (the same two draws every time). */
  public Timing time(long countdownMs) {
    long ms = Math.round(medianMs * Math.exp(SPREAD * draws.nextGaussian()));
    boolean away = draws.chance(AWAY);
    return away || ms > countdownMs ? new Timing(countdownMs, true) : new Timing(ms, false);
  }

  /** {@code x} rounded to a slider's step of 0.05 and kept in [0, 1]. */
  static double slider(double x) {
    return Math.min(1, Math.max(0, Math.round(x * 20) / 20.0));
  }
}
