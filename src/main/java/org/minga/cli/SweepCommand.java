package org.minga.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.minga.chart.SweepCharts;
import org.minga.sweep.Durations;
import org.minga.sweep.ProgressBarDisplay;
import org.minga.sweep.ProgressLog;
import org.minga.sweep.Shard;
import org.minga.sweep.Sweep;
import org.minga.sweep.SweepFailure;
import org.minga.sweep.SweepLock;
import org.minga.sweep.SweepOverrides;
import org.minga.sweep.SweepProgress;
import org.minga.sweep.SweepSpec;
import org.minga.sweep.SweepSpecReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code minga sweep}: runs a sweep file's design (all of it, or one shard) in parallel, with
 * replicates, resumable after an interruption; writes runs.csv, summary.csv, sensitivity.csv and
 * sweep.json (see docs/cluster.md), then draws its charts into DIR/charts.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = "Run a sweep file: a design of scenario variants with replicates.")
final class SweepCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SWEEP.yaml", description = "The sweep file.")
  Path file;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
  Path out;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Runs in parallel (default: all cores).")
  Integer threads;

  @Option(
      names = "--shard",
      paramLabel = "K/N",
      description = "Run only the K-th of N slices (for clusters); combine with `merge`.")
  String shard;

  @Option(
      names = "--resume",
      description =
          "Finish an interrupted sweep in --out: runs "
              + "already completed are kept, not run again.")
  boolean resume;

  @Option(
      names = "--dry-run",
      description =
          "Print the design's size and its estimated time "
              + "from a pilot of a few seconds; write nothing.")
  boolean dryRun;

  @Option(
      names = "--timeseries",
      arity = "0..1",
      fallbackValue = "csv",
      paramLabel = "csv|gz",
      description =
          "Also write timeseries.csv (every run's metrics at every step, long "
              + "format); --timeseries=gz writes timeseries.csv.gz.")
  String timeseries;

  @Option(
      names = "--replicates",
      paramLabel = "N",
      description =
          "Runs per design point, "
              + "instead of the sweep file's `replicates` (recorded in sweep.json).")
  Integer replicates;

  @Option(
      names = "--samples",
      paramLabel = "N",
      description =
          "The design's `samples` "
              + "(random, lhs, sobol, morris), instead of the sweep file's (recorded in sweep.json).")
  Integer samples;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      converter = OverrideConverter.class,
      description =
          "Override a key of the base scenario for every run, after the sweep file's "
              + "`set` (repeatable; recorded in sweep.json).")
  List<String> sets = new ArrayList<>();

  @Option(
      names = "--quiet",
      description =
          "No progress (bar on a terminal, a line every 5%% "
              + "or 30 s otherwise) and no summary.")
  boolean quiet;

  @Option(
      names = "--no-charts",
      description = "Do not draw the charts (DIR/charts/*.png) " + "when the sweep completes.")
  boolean noCharts;

  @Override
  public Integer call() throws Exception {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || n > 4096) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--threads': " + n + "; give 1 to 4096");
    }
    Shard slice = parseShard();
    Sweep.Timeseries series = timeseriesMode();
    try {
      SweepOverrides overrides = new SweepOverrides(replicates, samples, sets);
      if (resume) {
        overrides =
            Sweep.resumedOverrides(
                out, slice, overrides, note -> System.err.println("minga: " + note));
      }
      SweepSpec sweep = SweepSpecReader.read(file, overrides);
      if (dryRun) {
        Sweep.Estimate e = Sweep.estimate(sweep, slice, n, series);
        spec.commandLine()
            .getOut()
            .printf(
                Locale.ROOT,
                "%s: %s design, %d point(s) x %d " + "replicate(s) = %d run(s)%s%n%s%n%s",
                file,
                sweep.design().type().word(),
                e.points(),
                e.replicates(),
                e.runs(),
                slice.count() > 1 ? "; shard " + slice + " has " + e.shardRuns() : "",
                e.time().explain(),
                e.loadAverage() < 0
                    ? ""
                    : String.format(
                        Locale.ROOT,
                        "(load average %.1f on %d cores: the estimate "
                            + "holds while the machine stays as busy)%n",
                        e.loadAverage(),
                        Runtime.getRuntime().availableProcessors()));
        return ExitCodes.OK;
      }
      // Held until the charts are drawn: another process must not clean up or rewrite them.
      try (SweepLock lock =
          SweepLock.forSweep(out, slice, note -> System.err.println("minga: " + note))) {
        Sweep.Outcome o =
            Sweep.run(
                sweep,
                new Sweep.Options(
                    out, slice, n, resume, progress(), MingaVersion.current(), series, overrides),
                System.err);
        int charts =
            o.wroteTables() && !noCharts
                ? SweepChartFiles.write(out, spec.commandLine().getErr(), lock)
                : 0;
        if (!quiet) {
          spec.commandLine()
              .getOut()
              .printf(
                  Locale.ROOT,
                  "%d run(s) in %s (%d already done), " + "%.2f runs/s on %d thread(s); %s%n",
                  o.ranNow(),
                  Durations.text(o.wallSeconds()),
                  o.alreadyDone(),
                  o.ranNow() / Math.max(1e-9, o.wallSeconds()),
                  n,
                  o.wroteTables()
                      ? "tables in "
                          + out
                          + (charts > 0
                              ? ", " + charts + " charts in " + out.resolve(SweepCharts.DIRECTORY)
                              : "")
                      : "shard "
                          + slice
                          + " done; run `minga merge "
                          + out
                          + "` when every shard is done");
        }
      }
      return ExitCodes.OK;
    } catch (SweepFailure f) {
      throw SweepFailures.toCli(f);
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.FAILURE,
          "cannot write the sweep's outputs in " + out + ": " + IoMessages.describe(e),
          e);
    }
  }

  /** A bar on a terminal, lines in a log (nohup, SLURM), nothing with --quiet. */
  private SweepProgress progress() {
    if (quiet) {
      return SweepProgress.NONE;
    }
    return Terminals.stderrIsTerminal()
        ? new ProgressBarDisplay(System.err)
        : new ProgressLog(System.err::println, System::nanoTime);
  }

  private Sweep.Timeseries timeseriesMode() {
    if (timeseries == null) {
      return Sweep.Timeseries.NONE;
    }
    return switch (timeseries) {
      case "csv" -> Sweep.Timeseries.CSV;
      case "gz", "gzip" -> Sweep.Timeseries.GZIP;
      default ->
          throw new ParameterException(
              spec.commandLine(),
              "Invalid value for option " + "'--timeseries': '" + timeseries + "'; give csv or gz");
    };
  }

  private Shard parseShard() {
    if (shard == null) {
      return Shard.ALL;
    }
    try {
      return Shard.parse(shard);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "Invalid value for option '--shard': " + e.getMessage());
    }
  }
}
