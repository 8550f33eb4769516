package org.minga.metrics;

/**
 * Which households the yearly panel (households.csv) covers: {@code all}, {@code none}, or {@code
 * sample:N}, N households spread evenly over the ids as the tracked households are (id {@code
 * floor(i x households / N)} for i = 0..N-1). The sample depends only on N and the number of
 * households, never on the seed or the run, so every run of a scenario, and every replicate,
 * follows the same households; sample:N with N at least the number of households is all of them.
 */
public record HouseholdSelection(Kind kind, int sampleSize) {
  /** How the households are chosen. */
  public enum Kind {
    ALL,
    SAMPLE,
    NONE
  }

  /** Every household (the default). */
  public static final HouseholdSelection ALL = new HouseholdSelection(Kind.ALL, 0);

  /** No panel at all. */
  public static final HouseholdSelection NONE = new HouseholdSelection(Kind.NONE, 0);

  private static final String SAMPLE_PREFIX = "sample:";

  public HouseholdSelection {
    if (kind == Kind.SAMPLE && sampleSize < 1) {
      throw new IllegalArgumentException("a sample needs at least 1 household");
    }
  }

  /**
   * Reads {@code all}, {@code none} or {@code sample:N} (N a whole number from 1).
   *
   * @throws IllegalArgumentException with a message saying what is accepted
   */
  public static HouseholdSelection parse(String text) {
    String t = text.trim();
    if (t.equals("all")) {
      return ALL;
    }
    if (t.equals("none")) {
      return NONE;
    }
    if (t.startsWith(SAMPLE_PREFIX)) {
      String n = t.substring(SAMPLE_PREFIX.length());
      if (n.matches("[0-9]{1,9}") && Integer.parseInt(n) >= 1) {
        return new HouseholdSelection(Kind.SAMPLE, Integer.parseInt(n));
      }
      throw new IllegalArgumentException(
          "'"
              + text
              + "': the sample size must be a whole "
              + "number from 1, e.g. sample:500 (or use none for no households.csv)");
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not all, none or sample:N " + "(e.g. sample:500)");
  }

  /** Whether there is a panel to write. */
  public boolean wanted() {
    return kind != Kind.NONE;
  }

  /** Ids of the chosen households in increasing order, out of {@code households}. */
  public int[] ids(int households) {
    int n =
        switch (kind) {
          case ALL -> households;
          case SAMPLE -> Math.min(sampleSize, households);
          case NONE -> 0;
        };
    return spread(n, households);
  }

  /**
   * {@code n} ids spread evenly over {@code households} (id floor(i x households / n)), in
   * increasing order: deterministic, independent of the seed. The tracked households too.
   */
  public static int[] spread(int n, int households) {
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = (int) ((long) i * households / n);
    }
    return ids;
  }

  @Override
  public String toString() {
    return kind == Kind.SAMPLE ? SAMPLE_PREFIX + sampleSize : kind.name().toLowerCase();
  }
}
