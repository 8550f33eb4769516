package org.minga.play;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.minga.model.Decision;
import org.minga.model.Participants;
import org.minga.output.DecisionRow;

/**
 * The players' choices as plain data, month by month: a live session adds each month's before the
 * month runs, a replay adds a whole decisions file at once. The model consults them inside the step
 * (a sorted array searched by step, decision and agent) and reports what its rule chose, kept
 * beside each choice for the record.
 */
public final class ScheduledChoices implements Participants {
  private final BitSet households = new BitSet();
  private final BitSet boards = new BitSet();

  /** Sorted keys (step, decision, agent) and, at the same index, the choice and the rule. */
  private long[] keys = new long[64];

  private double[] choices = new double[64];
  private double[] rules = new double[64];
  private int size;

  /** The choices of a decisions file: its households and boards play, from the first step. */
  public static ScheduledChoices of(List<DecisionRow> rows) {
    ScheduledChoices c = new ScheduledChoices();
    for (DecisionRow r : rows) {
      c.seat(r.role(), r.agent());
      c.add(r.step(), r.decision(), r.agent(), r.choice());
    }
    return c;
  }

  /** Lets a player play household {@code agent}, or the board of cooperative {@code agent}. */
  public void seat(Decision.Role role, int agent) {
    (role == Decision.Role.HOUSEHOLD ? households : boards).set(agent);
  }

  /**
   * Adds a choice ({@code NaN}: the model's rule decides, as after a time-out).
   *
   * @throws IllegalArgumentException when that decision already has a choice
   */
  public void add(int step, Decision decision, int agent, double choice) {
    long key = key(step, decision, agent);
    int found = Arrays.binarySearch(keys, 0, size, key);
    if (found >= 0) {
      throw new IllegalArgumentException(
          decision.id() + " of " + agent + " at step " + step + " already has a choice");
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, 2 * size);
      choices = Arrays.copyOf(choices, 2 * size);
      rules = Arrays.copyOf(rules, 2 * size);
    }
    // Choices come month by month, so each goes near the end and little is moved.
    int at = -found - 1;
    System.arraycopy(keys, at, keys, at + 1, size - at);
    System.arraycopy(choices, at, choices, at + 1, size - at);
    System.arraycopy(rules, at, rules, at + 1, size - at);
    keys[at] = key;
    choices[at] = choice;
    rules[at] = Double.NaN;
    size++;
  }

  @Override
  public boolean playsHousehold(int household) {
    return households.get(household);
  }

  @Override
  public boolean playsBoard(int cooperative) {
    return boards.get(cooperative);
  }

  @Override
  public double choice(int step, Decision decision, int agent) {
    int at = Arrays.binarySearch(keys, 0, size, key(step, decision, agent));
    return at >= 0 ? choices[at] : Double.NaN;
  }

  @Override
  public void ruled(int step, Decision decision, int agent, double rule) {
    int at = Arrays.binarySearch(keys, 0, size, key(step, decision, agent));
    if (at >= 0) {
      rules[at] = rule;
    }
  }

  /** What the model's rule chose where a choice was added (NaN until the month has run). */
  public double rule(int step, Decision decision, int agent) {
    int at = Arrays.binarySearch(keys, 0, size, key(step, decision, agent));
    return at >= 0 ? rules[at] : Double.NaN;
  }

  private static long key(int step, Decision decision, int agent) {
    return ((long) step << 36) | ((long) decision.ordinal() << 32) | agent;
  }
}
