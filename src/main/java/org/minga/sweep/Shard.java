package org.minga.sweep;

/**
 * The K-th of N slices of a sweep's runs (1-based K): runs whose id is K - 1 modulo N. Dealing runs
 * round-robin spreads slow corners of the design over all shards.
 */
public record Shard(int index, int count) {
  /** The whole sweep as one shard. */
  public static final Shard ALL = new Shard(1, 1);

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("shard " + index + "/" + count);
    }
  }

  /** Parses {@code K/N}; throws IllegalArgumentException with a message for users. */
  public static Shard parse(String text) {
    String[] parts = text.split("/", -1);
    try {
      if (parts.length == 2) {
        int k = Integer.parseInt(parts[0].trim());
        int n = Integer.parseInt(parts[1].trim());
        if (n >= 1 && k >= 1 && k <= n) {
          return new Shard(k, n);
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a shard K/N with 1 <= K <= N, " + "e.g. 3/16");
  }

  public boolean contains(long run) {
    return run % count == index - 1;
  }

  /** How many of {@code runs} runs fall in this shard. */
  public long size(long runs) {
    return runs / count + (runs % count > index - 1 ? 1 : 0);
  }

  /** The journal's file name, e.g. shard-003-of-016.journal. */
  String journalName() {
    return String.format(java.util.Locale.ROOT, "shard-%03d-of-%03d.journal", index, count);
  }

  /** Its record's file name, e.g. shard-003-of-016.json. */
  String jsonName() {
    return journalName().replace(".journal", ".json");
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
