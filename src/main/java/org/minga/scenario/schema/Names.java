package org.minga.scenario.schema;

import java.util.Collection;
import java.util.Optional;

/** Spelling helpers: component names to YAML keys, and "did you mean" suggestions. */
public final class Names {
  private Names() {}

  /** {@code advanceShare} to {@code advance_share}; {@code areaHa} to {@code area_ha}. */
  public static String snakeCase(String camel) {
    StringBuilder sb = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0) {
          sb.append('_');
        }
        sb.append(Character.toLowerCase(c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Edit distance (insertions, deletions, substitutions) between two strings. */
  public static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * The candidate closest to {@code typed}, if it is close enough to be a plausible typo (at most a
   * third of the word's letters wrong, and at least 1, at most 3 edits). Ties go to the earliest
   * candidate, so suggestions follow schema order and are reproducible.
   */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    String lower = typed.toLowerCase();
    int limit = Math.max(1, Math.min(3, (lower.length() + 1) / 3));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = levenshtein(lower, c.toLowerCase());
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }
}
