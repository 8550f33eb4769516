package org.minga.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.minga.compare.Compare;
import org.minga.compare.CompareSpec;
import org.minga.sweep.SweepFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code minga compare}: a base scenario against a variant (a file, or the base with {@code
 * --variant-set}), replicate k of both on one seed, into compare.csv, compare.md and the charts of
 * the paired differences (see docs/cluster.md).
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description =
        "Compare a variant with a base scenario on common random numbers: paired "
            + "differences with 95%% intervals.")
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASE.yaml", description = "The base scenario.")
  Path base;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "VARIANT.yaml",
      description = "The variant scenario (or give --variant-set).")
  Path variant;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
  Path out;

  @Option(
      names = "--variant-set",
      paramLabel = "key.path=value",
      converter = OverrideConverter.class,
      description =
          "Override one key of the variant only (repeatable), on top of "
              + "VARIANT.yaml or, without it, of the base.")
  List<String> variantSets = new ArrayList<>();

  @Option(
      names = "--set",
      paramLabel = "key.path=value",
      converter = OverrideConverter.class,
      description = "Override one key of both (repeatable).")
  List<String> sets = new ArrayList<>();

  @Option(
      names = "--replicates",
      paramLabel = "N|auto",
      defaultValue = "10",
      description =
          "Pairs of runs (default ${DEFAULT-VALUE}), or auto: add "
              + CompareSpec.ROUND
              + " at a time until every interval of the --metric metrics is "
              + "at most --width wide.")
  String replicates;

  @Option(
      names = "--metric",
      paramLabel = "NAME",
      description =
          "A metric reported first, charted and, with --replicates auto, made "
              + "precise (repeatable; default cohesion and membership_rate).")
  List<String> focus = new ArrayList<>();

  @Option(
      names = "--width",
      paramLabel = "W",
      description =
          "With --replicates auto: the widest 95%% interval of a --metric "
              + "difference, in its unit (default 0.05 when every --metric is a share 0-1).")
  Double width;

  @Option(
      names = "--max-replicates",
      paramLabel = "M",
      defaultValue = "" + Compare.DEFAULT_MAX_REPLICATES,
      description =
          "With --replicates auto: stop at M pairs even if not precise "
              + "(default ${DEFAULT-VALUE}).")
  int maxReplicates;

  @Option(
      names = "--window",
      paramLabel = "FROM-TO",
      description =
          "Also compare the mean over steps FROM to TO (repeatable); the final value "
              + "and the mean over the whole run are always compared.")
  List<String> windows = new ArrayList<>();

  @Option(
      names = "--steps",
      paramLabel = "N",
      description = "Steps per run (default: the base's horizon).")
  Integer steps;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "The seed replicate seeds derive from (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Runs in parallel (default: all cores); results do not depend on it.")
  Integer threads;

  @Option(names = "--quiet", description = "No progress lines and no summary.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (variant == null && variantSets.isEmpty()) {
      throw usage("nothing to compare: give VARIANT.yaml or --variant-set key=value");
    }
    if (steps != null && steps < 1) {
      throw usage("Invalid value for option '--steps': " + steps + "; give 1 or more");
    }
    CompareSpec compare =
        new CompareSpec(
            ScenarioSource.locate(base),
            variant == null ? null : ScenarioSource.locate(variant),
            sets,
            variantSets,
            seed,
            steps == null ? 0 : steps,
            parseWindows(),
            parseReplicates(),
            focus,
            width == null ? Double.NaN : width,
            maxReplicates,
            threads == null ? Runtime.getRuntime().availableProcessors() : threads);
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true"); // compare never opens a window
    }
    try {
      Compare.Outcome o = Compare.run(compare, out, quiet ? null : spec.commandLine().getErr());
      if (o.warning() != null) {
        spec.commandLine().getErr().println("minga: warning: " + o.warning());
      }
      if (o.growth().growing() && !o.growth().reached()) {
        spec.commandLine()
            .getErr()
            .printf(
                Locale.ROOT,
                "minga: warning: intervals still "
                    + "%.4g wide at the cap of %d replicates (wanted %.4g); see compare.md%n",
                o.growth().widest(),
                o.replicates(),
                o.growth().width());
      }
      if (!quiet) {
        spec.commandLine()
            .getOut()
            .printf(
                Locale.ROOT,
                "%d replicate pair(s) of %d steps; " + "%d file(s) in %s%n",
                o.replicates(),
                o.steps(),
                o.files().size(),
                out);
      }
      return ExitCodes.OK;
    } catch (SweepFailure f) {
      throw SweepFailures.toCli(f);
    }
  }

  /** A whole number of at least 2, or auto (0). */
  private int parseReplicates() {
    if (replicates.equals("auto")) {
      return 0;
    }
    try {
      int n = Integer.parseInt(replicates);
      if (n >= 2) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw usage(
        "Invalid value for option '--replicates': '"
            + replicates
            + "'; give a whole "
            + "number of at least 2 (an interval needs two pairs) or auto");
  }

  private List<int[]> parseWindows() {
    List<int[]> out = new ArrayList<>();
    for (String w : windows) {
      String[] parts = w.split("-", -1);
      try {
        if (parts.length == 2) {
          out.add(new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())});
          continue;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw usage(
          "Invalid value for option '--window': '"
              + w
              + "'; give FROM-TO in steps, "
              + "e.g. 120-239");
    }
    return out;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
