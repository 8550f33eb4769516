package org.minga.sweep;

import java.util.Locale;

/** A duration as people read it: seconds up to two minutes, then minutes, then hours. */
public final class Durations {
  private Durations() {}

  public static String text(double seconds) {
    if (seconds < 120) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    if (seconds < 7200) {
      return String.format(Locale.ROOT, "%.1f min", seconds / 60);
    }
    return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
  }
}
