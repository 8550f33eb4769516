package org.minga.play;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.minga.model.Decision;
import org.minga.model.MingaModel;
import org.minga.model.random.RandomStream;

/**
 * A simulated player: reads what its household or board faces in the coming month, chooses by
 * a simple strategy, and answers after a random response time, sometimes too late (or not at
 * all: a phone put away), when the model's rule decides instead. Everything random is drawn from
 * its own stream (`bots`, sub-stream of the player's number), so a session's bytes depend only on
 * its seed and command line.
 */
abstract class Bot {
  /** Spread of response times (standard deviation of their logarithm). Assumption. */
  static final double SPREAD = 0.6;
  /** Chance that a player does not answer a screen at all. Assumption. */
  static final double AWAY = 0.04;

  /** What a bot was shown in one month and what it chose for each decision asked (none: empty). */
  record Screen(String shown, Map<Decision, Double> choices) {}

  /** How long a bot took over a screen, and whether the countdown ran out first. */
  record Timing(long responseMs, boolean timedOut) {}

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

  String name() {
    return name;
  }

  /** The household's id, or the cooperative's index for a board. */
  int agent() {
    return agent;
  }

  /** The coming month's screen of the model's next step, and the bot's choices. */
  abstract Screen screen(MingaModel m);

  /** A screen with the bot's choice for each decision asked, in the order of {@link Decision}. */
  static Screen screen(String shown, List<Decision> asked, ToDoubleFunction<Decision> choose) {
    Map<Decision, Double> choices = new EnumMap<>(Decision.class);
    for (Decision d : asked) {
      choices.put(d, choose.applyAsDouble(d));
    }
    return new Screen(shown, choices);
  }

  /** Draws how long the bot takes over one screen (the same two draws every time). */
  Timing time(long countdownMs) {
    long ms = Math.round(medianMs * Math.exp(SPREAD * draws.nextGaussian()));
    boolean away = draws.chance(AWAY);
    return away || ms > countdownMs ? new Timing(countdownMs, true) : new Timing(ms, false);
  }

  /** {@code x} rounded to a slider's step of 0.05 and kept in [0, 1]. */
  static double slider(double x) {
    return Math.min(1, Math.max(0, Math.round(x * 20) / 20.0));
  }
}
