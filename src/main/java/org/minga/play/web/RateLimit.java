package org.minga.play.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests allowed per player (its token) or, before it has one, per address: a token bucket of
 * {@code burst} requests refilled at {@code perSecond}. A phone polls once a second and answers a
 * few times a month; a script hammering the join code or the decisions is slowed to a few tries a
 * second. Idle buckets are dropped when the table grows large.
 */
final class RateLimit {
  private static final int MAX_KEYS = 10_000;

  private final double perSecond;
  private final double burst;
  private final Map<String, double[]> buckets = new ConcurrentHashMap<>();

  RateLimit(double perSecond, int burst) {
    this.perSecond = perSecond;
    this.burst = burst;
  }

  /** Whether one more request of {@code key} is allowed now (and counts it if so). */
  boolean allow(String key) {
    long now = System.nanoTime();
    if (buckets.size() > MAX_KEYS) {
      buckets.values().removeIf(b -> level(b, now) >= burst);
    }
    double[] b = buckets.computeIfAbsent(key, k -> new double[] {burst, now});
    synchronized (b) {
      b[0] = level(b, now);
      b[1] = now;
      if (b[0] < 1) {
        return false;
      }
      b[0] -= 1;
      return true;
    }
  }

  private double level(double[] b, long now) {
    return Math.min(burst, b[0] + perSecond * (now - b[1]) / 1e9);
  }
}
