package org.minga.sweep;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.minga.metrics.Metrics;
import org.minga.metrics.StepObserver;
import org.minga.metrics.TrackedSample;
import org.minga.output.CsvNumbers;

/**
 * The opt-in timeseries.csv of a sweep (long format: {@code run}, {@code point}, {@code replicate},
 * then every metric column of a run's timeseries.csv, one row per run and step; the design point
 * and replicate are there so the file joins to the design without runs.csv). Each run's rows are
 * written by the thread that ran it to {@code DIR/timeseries.parts/run-<id>.csv} (temporary name,
 * then renamed) before the run is journaled, so resumed and sharded sweeps keep them; when the
 * sweep is complete they are joined in run-id order into timeseries.csv (or timeseries.csv.gz) and
 * removed.
 */
final class TimeseriesParts {
  static final String PARTS = "timeseries.parts";

  /** Whether and how a sweep writes its time series. */
  enum Mode {
    NONE,
    CSV,
    GZIP;

    String fileName() {
      return this == GZIP ? "timeseries.csv.gz" : "timeseries.csv";
    }
  }

  private TimeseriesParts() {}

  static String header() {
    return "run,point,replicate," + String.join(",", Metrics.names());
  }

  static Path part(Path dir, long run) {
    return dir.resolve(PARTS).resolve(String.format(Locale.ROOT, "run-%08d.csv", run));
  }

  /** Collects one run's rows. */
  static final class Collector implements StepObserver {
    private final String prefix;
    private final StringBuilder rows = new StringBuilder();

    Collector(SweepPlan plan, long run) {
      this.prefix = run + "," + plan.pointOf(run) + "," + plan.replicateOf(run) + ",";
    }

    @Override
    public void onStep(int step, double[] values, TrackedSample tracked) {
      rows.append(prefix);
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          rows.append(',');
        }
        rows.append(CsvNumbers.format(values[i]));
      }
      rows.append('\n');
    }

    void write(Path dir, long run) throws IOException {
      Path target = part(dir, run);
      Files.createDirectories(target.getParent());
      AtomicFiles.write(target, rows.toString());
    }
  }

  /** Joins every run's part into the final file, then removes the parts. */
  static void join(Path dir, long runs, Mode mode) throws IOException {
    Path target = dir.resolve(mode.fileName());
    Path temp = AtomicFiles.temp(target);
    String header = header();
    try (OutputStream file = Files.newOutputStream(temp);
        OutputStream out =
            mode == Mode.GZIP
                ? new GZIPOutputStream(new BufferedOutputStream(file), 1 << 16)
                : new BufferedOutputStream(file, 1 << 16)) {
      out.write((header + "\n").getBytes(StandardCharsets.UTF_8));
      for (long run = 0; run < runs; run++) {
        Path part = part(dir, run);
        if (!Files.exists(part)) {
          throw new SweepFailure(
              SweepFailure.Kind.BAD_INPUT,
              "the time series of run "
                  + run
                  + " is missing from "
                  + part.getParent()
                  + "; was every shard run with "
                  + "--timeseries?",
              null);
        }
        byte[] rows = Files.readAllBytes(part);
        checkColumns(part, rows, commas(header));
        out.write(rows);
      }
    }
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    try (Stream<Path> parts = Files.list(dir.resolve(PARTS))) {
      for (Path p : (Iterable<Path>) parts::iterator) {
        Files.delete(p);
      }
    }
    Files.delete(dir.resolve(PARTS));
  }

  /**
   * A part with other columns than the header (written by a Minga before `point` and `replicate`
   * were added, say) would shift every column after `run` in the joined file.
   */
  private static void checkColumns(Path part, byte[] rows, int headerCommas) {
    int commas = 0;
    for (int i = 0; i < rows.length && rows[i] != '\n'; i++) {
      commas += rows[i] == ',' ? 1 : 0;
    }
    if (rows.length > 0 && commas != headerCommas) {
      throw new SweepFailure(
          SweepFailure.Kind.BAD_INPUT,
          part
              + ": "
              + (commas + 1)
              + " columns where timeseries.csv has "
              + (headerCommas + 1)
              + "; it was written by "
              + "another version of Minga. Run the sweep again in another --out",
          null);
    }
  }

  private static int commas(String line) {
    return (int) line.chars().filter(c -> c == ',').count();
  }
}
