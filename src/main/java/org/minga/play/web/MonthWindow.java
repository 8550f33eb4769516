package org.minga.play.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.minga.model.Decision;
import org.minga.play.Screen;

/**
 * One month's decision window: the screens of the seats the month asks something of (in seat
 * order), the answers come in so far, and the countdown's deadline.
 */
final class MonthWindow {
  /**
   * A seat's answer: the phone that sent it (its player's name), the choices, how long it took,
   * and whether the countdown ran out first.
   */
  record Answer(String player, Map<Decision, Double> choices, long responseMs,
      boolean timedOut) {}

  final int step;
  final Map<Seat, Screen> screens;
  final Map<Seat, Answer> answers = new HashMap<>();
  final long openedNanos;
  final long deadlineNanos;

  MonthWindow(int step, LinkedHashMap<Seat, Screen> screens, long countdownMs) {
    this.step = step;
    this.screens = screens;
    this.openedNanos = System.nanoTime();
    this.deadlineNanos = openedNanos + countdownMs * 1_000_000;
  }

  long elapsedMs() {
    return (System.nanoTime() - openedNanos) / 1_000_000;
  }

  long remainingMs() {
    return Math.max(0, (deadlineNanos - System.nanoTime() + 999_999) / 1_000_000);
  }

  /** Whether every seat asked and present has answered (no one present: at once). */
  boolean complete(Set<Seat> present) {
    for (Seat s : screens.keySet()) {
      if (present.contains(s) && !answers.containsKey(s)) {
        return false;
      }
    }
    return true;
  }

  /** How many of the seats asked and present have answered, and how many there are. */
  int[] decided(Set<Seat> present) {
    int asked = 0;
    int decided = 0;
    for (Seat s : screens.keySet()) {
      if (present.contains(s) || answers.containsKey(s)) {
        asked++;
        decided += answers.containsKey(s) ? 1 : 0;
      }
    }
    return new int[] {decided, asked};
  }
}
