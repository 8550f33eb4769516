package org.minga.compare;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minga.chart.BandStats;
import org.minga.chart.ChartStyle;
import org.minga.chart.DifferenceCharts;
import org.minga.chart.SweepCharts;
import org.minga.metrics.Bounds;
import org.minga.metrics.Metrics;
import org.minga.output.MetricStats;
import org.minga.output.StagedOutputs;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.ScenarioLoader;
import org.minga.scenario.schema.Names;
import org.minga.sweep.MetricSummary;
import org.minga.sweep.SweepFailure;

/**
 * {@code minga compare}: runs a base and a variant in pairs on common random numbers and writes
 * compare.csv, compare.md and the charts of the paired differences over time. Everything written is
 * computed from the replicates in replicate order, so it is the same bytes for any number of
 * threads.
 */
public final class Compare {
  /** The focus metrics when none is given: both 0-1, so one width fits both. */
  public static final List<String> DEFAULT_FOCUS = List.of("cohesion", "membership_rate");

  /** The width a growing comparison stops at when every focus metric is a share 0-1. */
  public static final double DEFAULT_SHARE_WIDTH = 0.05;

  /** The cap of a growing comparison when none is given. */
  public static final int DEFAULT_MAX_REPLICATES = 200;

  /**
   * What a comparison did.
   *
   * @param warning why the charts are missing, or null
   */
  public record Outcome(
      int replicates, int steps, Growth growth, List<Path> files, String warning) {}

  private Compare() {}

  /**
   * Validates {@code spec}, runs it and writes its files into {@code out}.
   *
   * @param progress where a growing comparison reports each round (null: nowhere)
   * @throws ScenarioException when the base or variant is not a valid scenario
   * @throws SweepFailure BAD_INPUT for other bad input (nothing is run), MODEL when a run fails, IO
   *     when a file cannot be written
   */
  public static Outcome run(CompareSpec spec, Path out, PrintWriter progress)
      throws ScenarioException {
    if (spec.growing() ? spec.maxReplicates() < 2 : spec.replicates() < 2) {
      throw bad(
          "an interval needs at least 2 replicates; give --replicates 2 or more"
              + (spec.growing() ? " (--max-replicates)" : ""));
    }
    if (spec.threads() < 1) {
      throw bad("--threads must be at least 1");
    }
    long seed0 = PairedReplicates.seedOf(spec.seed(), 0);
    ModelInputs base = ScenarioLoader.load(spec.base(), spec.baseOverrides(seed0));
    ModelInputs variant = ScenarioLoader.load(spec.variantScenario(), spec.variantOverrides(seed0));
    int steps = steps(spec, base.scenario().steps(), variant.scenario().steps());
    List<Window> windows = Window.of(spec.windows(), steps);
    for (int[] w : spec.windows()) {
      if (w[0] < 0 || w[0] > w[1] || w[1] >= steps) {
        throw bad(
            "--window " + w[0] + "-" + w[1] + " is not inside the run's steps 0-" + (steps - 1));
      }
    }
    List<String> focus = spec.focus().isEmpty() ? DEFAULT_FOCUS : spec.focus();
    List<String> metrics = MetricStats.summarisedNames();
    for (String m : focus) {
      if (!metrics.contains(m)) {
        throw bad(
            "--metric "
                + m
                + ": no such metric"
                + Names.closest(m, metrics)
                    .map(s -> "; did you mean " + s + "?")
                    .orElse("; see docs/outputs.md"));
      }
    }
    double width = width(spec, focus);
    CompareSpec run =
        new CompareSpec(
            spec.base(),
            spec.variantFile(),
            spec.sets(),
            spec.variantSets(),
            spec.seed(),
            steps,
            spec.windows(),
            spec.replicates(),
            focus,
            width,
            spec.maxReplicates(),
            spec.threads());
    List<String> charted = new ArrayList<>(focus);
    SweepCharts.BAND_METRICS.keySet().stream()
        .filter(m -> !charted.contains(m))
        .forEach(charted::add);
    List<MetricSummary> summaries = Window.summaries(metrics, windows);

    List<PairedRun> pairs = new ArrayList<>();
    List<CompareTable.Row> rows;
    double widest;
    try (PairedReplicates replicates = new PairedReplicates(run, steps, summaries, charted)) {
      int target =
          run.growing() ? Math.min(CompareSpec.ROUND, run.maxReplicates()) : run.replicates();
      while (true) {
        pairs.addAll(replicates.run(pairs.size(), target));
        rows = CompareTable.rows(metrics, windows, pairs);
        widest = CompareTable.widest(rows, focus);
        if (!run.growing() || widest <= width || target >= run.maxReplicates()) {
          break;
        }
        if (progress != null) {
          progress.printf(
              java.util.Locale.ROOT,
              "compare: %d replicates, widest interval of " + "%s %.4g > %.4g; adding %d%n",
              target,
              String.join(", ", focus),
              widest,
              width,
              CompareSpec.ROUND);
        }
        target = Math.min(target + CompareSpec.ROUND, run.maxReplicates());
      }
    }
    Growth growth = new Growth(run.growing(), width, run.maxReplicates(), widest <= width, widest);
    return write(run, out, steps, base.scenario().startYear(), pairs, rows, charted, growth);
  }

  private static Outcome write(
      CompareSpec spec,
      Path out,
      int steps,
      int startYear,
      List<PairedRun> pairs,
      List<CompareTable.Row> rows,
      List<String> charted,
      Growth growth) {
    List<Path> files = new ArrayList<>();
    String warning = null;
    List<String> chartNames = new ArrayList<>();
    try {
      files.addAll(
          DifferenceCharts.write(
              DifferenceCharts.charts(ChartStyle.STANDARD, bands(pairs, charted, steps), startYear),
              out));
      files.forEach(f -> chartNames.add(f.getFileName().toString()));
    } catch (IOException | RuntimeException | LinkageError e) {
      // LinkageError: AWT failing to load its font or graphics libraries.
      warning = "charts not written in " + out + ": " + e + "; the tables are complete";
    }
    try (StagedOutputs staged = StagedOutputs.in(out)) {
      try (Writer w = staged.newWriter(CompareTable.FILE)) {
        w.write(CompareTable.csv(rows));
      }
      try (Writer w = staged.newWriter(CompareReport.FILE)) {
        w.write(
            CompareReport.markdown(spec, steps, startYear, pairs.size(), growth, rows, chartNames));
      }
      staged.commit();
    } catch (IOException e) {
      throw new SweepFailure(
          SweepFailure.Kind.IO, "cannot write the comparison in " + out + ": " + e, e);
    }
    files.add(0, out.resolve(CompareReport.FILE));
    files.add(0, out.resolve(CompareTable.FILE));
    return new Outcome(pairs.size(), steps, growth, files, warning);
  }

  /** Per charted metric, the paired difference at each step, added in replicate order. */
  static Map<String, BandStats> bands(List<PairedRun> pairs, List<String> charted, int steps) {
    Map<String, BandStats> bands = new LinkedHashMap<>();
    for (int m = 0; m < charted.size(); m++) {
      BandStats b = new BandStats(1, Metrics.get(charted.get(m)).bounds().differences());
      for (PairedRun p : pairs) {
        for (int s = 0; s < steps; s++) {
          b.add(0, s, p.variantSeries()[m][s] - p.baseSeries()[m][s]);
        }
      }
      bands.put(charted.get(m), b);
    }
    return bands;
  }

  /** The steps both arms run: {@code --steps}, or the base's horizon; neither past a horizon. */
  private static int steps(CompareSpec spec, int baseHorizon, int variantHorizon) {
    int steps = spec.steps() == 0 ? baseHorizon : spec.steps();
    if (steps > baseHorizon || steps > variantHorizon) {
      throw bad(
          "the base runs "
              + baseHorizon
              + " steps and the variant "
              + variantHorizon
              + "; both must run the same steps: give --steps "
              + Math.min(baseHorizon, variantHorizon)
              + " or fewer");
    }
    return steps;
  }

  /**
   * The width a growing comparison stops at: the one given, or {@link #DEFAULT_SHARE_WIDTH} when
   * every focus metric is 0-1; NaN for a fixed count (it plays no part).
   */
  private static double width(CompareSpec spec, List<String> focus) {
    boolean given = !Double.isNaN(spec.width());
    if (!spec.growing()) {
      if (given) {
        throw bad(
            "--width sets when --replicates auto stops; give --replicates auto, or leave "
                + "--width out");
      }
      return Double.NaN;
    }
    if (given) {
      if (!(spec.width() > 0) || Double.isInfinite(spec.width())) {
        throw bad("--width must be a positive number, not " + spec.width());
      }
      return spec.width();
    }
    for (String m : focus) {
      if (!Metrics.get(m).bounds().equals(Bounds.UNIT)) {
        throw bad(
            "--replicates auto needs --width W for "
                + m
                + " ("
                + Metrics.get(m).unit()
                + "): the widest 95% interval of its difference to stop at");
      }
    }
    return DEFAULT_SHARE_WIDTH;
  }

  private static SweepFailure bad(String message) {
    return new SweepFailure(SweepFailure.Kind.BAD_INPUT, message, null);
  }
}
