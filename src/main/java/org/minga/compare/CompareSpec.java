package org.minga.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code minga compare} compares and how: a base scenario and a variant (a file, or the base
 * with overrides), run in pairs on common random numbers, replicate k of both with the same seed.
 *
 * @param base the base scenario file
 * @param variantFile the variant's scenario file; null for the base with {@code variantSets}
 * @param sets overrides applied to both ({@code key=value})
 * @param variantSets overrides applied to the variant only, after {@code sets}
 * @param seed the seed replicate seeds derive from
 * @param steps steps per run; 0 for the base scenario's horizon
 * @param windows extra mean windows, each {@code {from, to}} in steps (inclusive)
 * @param replicates replicates of a fixed count; 0 to grow them until {@code width} is reached
 * @param focus the metrics reported first, charted and (when growing) made precise
 * @param width the widest 95% interval of a focus metric's difference that stops the growth
 * @param maxReplicates the most replicates growth may reach
 * @param threads runs in parallel
 */
public record CompareSpec(
    Path base,
    Path variantFile,
    List<String> sets,
    List<String> variantSets,
    long seed,
    int steps,
    List<int[]> windows,
    int replicates,
    List<String> focus,
    double width,
    int maxReplicates,
    int threads) {
  /** Replicates in the first round of a growing comparison, and added by each later round. */
  public static final int ROUND = 10;

  public CompareSpec {
    sets = List.copyOf(sets);
    variantSets = List.copyOf(variantSets);
    windows = List.copyOf(windows);
    focus = List.copyOf(focus);
  }

  /** Whether replicates grow until the focus metrics' intervals are narrow enough. */
  public boolean growing() {
    return replicates == 0;
  }

  /** The overrides of the base's replicate with seed {@code seed}. */
  List<String> baseOverrides(long replicateSeed) {
    List<String> o = new ArrayList<>(sets);
    o.add("seed=" + replicateSeed);
    return o;
  }

  /** The overrides of the variant's replicate with seed {@code seed}. */
  List<String> variantOverrides(long replicateSeed) {
    List<String> o = new ArrayList<>(sets);
    o.addAll(variantSets);
    o.add("seed=" + replicateSeed);
    return o;
  }

  /** The variant's scenario file: its own, or the base's. */
  Path variantScenario() {
    return variantFile != null ? variantFile : base;
  }
}
