package org.minga.sweep;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.minga.scenario.ScenarioException;

/**
 * The sweep's entry points for the command line: run (all or one shard, resuming), merge shards,
 * and find one run again. Output layout of a directory {@code DIR}:
 *
 * <ul>
 *   <li>unsharded: {@code DIR/runs.journal} while running; then runs.csv, summary.csv,
 *       sensitivity.csv (Sobol and Morris) and sweep.json;
 *   <li>shard K of N: {@code DIR/shards/shard-K-of-N.journal} and {@code .json}; {@code merge DIR}
 *       then writes the same tables as an unsharded sweep.
 * </ul>
 */
public final class Sweep {
  static final String JOURNAL = "runs.journal";
  static final String JSON = "sweep.json";
  static final String SHARDS = "shards";
  private static final Pattern SHARD_FILE =
      Pattern.compile("shard-(\\d{1,9})-of-(\\d{1,9})\\.journal");

  /** What the command asked for. */
  public record Options(
      Path out,
      Shard shard,
      int threads,
      boolean resume,
      SweepProgress progress,
      String version,
      Timeseries timeseries,
      SweepOverrides overrides) {}

  /** Whether the sweep writes timeseries.csv, plain or gzipped. */
  public enum Timeseries {
    NONE,
    CSV,
    GZIP
  }

  /** What a call did. */
  public record Outcome(
      long shardRuns, long alreadyDone, long ranNow, double wallSeconds, boolean wroteTables) {}

  private Sweep() {}

  /** Runs (or resumes) a sweep or one shard of it; writes the tables when unsharded. */
  public static Outcome run(SweepSpec spec, Options o, PrintStream err) throws IOException {
    long start = System.nanoTime();
    SweepPlan plan = new SweepPlan(spec);
    boolean sharded = o.shard().count() > 1;
    Path journalFile =
        sharded
            ? o.out().resolve(SHARDS).resolve(o.shard().journalName())
            : o.out().resolve(JOURNAL);
    Path jsonFile = recordOf(o.out(), o.shard());
    Files.createDirectories(journalFile.getParent());
    Consumer<String> warn = w -> err.println("minga: warning: " + w);
    List<SweepInputs.Input> recorded =
        o.resume() && Files.exists(jsonFile)
            ? SweepRecord.checkUnchanged(
                SweepJson.read(jsonFile), jsonFile, spec, o.timeseries(), o.overrides(), warn)
            : null;
    List<SweepInputs.Input> inputs = SweepInputs.of(plan);
    if (recorded != null) {
      SweepInputs.checkNoneAdded(recorded, inputs, spec.file());
    }
    if (sharded) {
      for (Path other : otherShards(o.out(), o.shard())) {
        // Shards started at other times must have run the same model: check now, not at merge.
        SweepRecord.checkContinues(
            SweepJson.read(other), other, spec, o.timeseries(), o.overrides(), inputs);
      }
    }
    JsonObject info = SweepJson.describe(plan, o.version(), inputs, o.overrides());
    info.addProperty("shard", o.shard().toString());
    info.addProperty("timeseries", o.timeseries().name().toLowerCase(java.util.Locale.ROOT));
    info.addProperty("status", "running");
    List<String> doneRows = new ArrayList<>();
    long shardRuns = o.shard().size(plan.runs());
    long ranNow;
    JournalRows format = new JournalRows(plan, o.shard());
    try (RunJournal journal =
        RunJournal.open(
            journalFile, format, o.resume(), doneRows, note -> err.println("minga: " + note))) {
      SweepJson.write(jsonFile, info);
      Set<Long> done = new HashSet<>();
      for (String row : doneRows) {
        done.add(RunRows.runOf(row));
      }
      try (SweepProgress progress = o.progress()) {
        progress.start(shardRuns, done.size());
        Path parts = o.timeseries() == Timeseries.NONE ? null : o.out();
        ranNow =
            SweepRunner.run(plan, o.shard(), o.threads(), journal, done, parts, progress::advanced);
      }
    }
    if (!sharded) {
      SweepOutputs.write(plan, RunJournal.read(journalFile, format).rows(), o.out());
      joinTimeseries(o.out(), plan.runs(), o.timeseries());
    }
    double wall = (System.nanoTime() - start) / 1e9;
    info.addProperty("status", "complete");
    info.addProperty("threads", o.threads());
    info.addProperty("runs_this_call", ranNow);
    info.addProperty("wall_seconds", Math.round(wall * 1000) / 1000.0);
    info.addProperty("runs_per_second", ranNow == 0 ? 0 : Math.round(ranNow / wall * 100) / 100.0);
    SweepJson.write(jsonFile, info);
    return new Outcome(shardRuns, doneRows.size(), ranNow, wall, !sharded);
  }

  /**
   * Merges the shard journals of {@code dir} into the tables an unsharded sweep writes.
   *
   * @return the number of runs merged
   */
  public static long merge(Path dir, String version, Consumer<String> warn)
      throws IOException, ScenarioException {
    Path shards = dir.resolve(SHARDS);
    if (!Files.isDirectory(shards)) {
      throw new SweepFailure(
          SweepFailure.Kind.BAD_INPUT,
          "no shards in "
              + dir
              + " (expected "
              + shards
              + "/shard-K-of-N.journal from `sweep --shard K/N --out "
              + dir
              + "`)",
          null);
    }
    List<Path> journals;
    try (Stream<Path> s = Files.list(shards)) {
      journals =
          s.filter(p -> SHARD_FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
    }
    if (journals.isEmpty()) {
      throw new SweepFailure(SweepFailure.Kind.BAD_INPUT, "no shard journals in " + shards, null);
    }
    Matcher first = SHARD_FILE.matcher(journals.get(0).getFileName().toString());
    first.matches();
    int count = Integer.parseInt(first.group(2));
    List<Integer> missing = new ArrayList<>();
    for (int k = 1; k <= count; k++) {
      if (!Files.exists(shards.resolve(new Shard(k, count).journalName()))) {
        missing.add(k);
      }
    }
    if (!missing.isEmpty() || journals.size() != count) {
      throw new SweepFailure(
          SweepFailure.Kind.BAD_INPUT,
          "shards of "
              + dir
              + " are incomplete"
              + (missing.isEmpty()
                  ? " (mixed shard counts)"
                  : ": missing shard(s) " + missing + " of " + count),
          null);
    }
    Path firstJson = shards.resolve(new Shard(1, count).jsonName());
    JsonObject info = SweepJson.read(firstJson);
    SweepSpec spec = SweepRecord.specOf(info, firstJson, warn);
    SweepPlan plan = new SweepPlan(spec);
    List<SweepInputs.Input> inputs = SweepInputs.of(plan);
    SweepOverrides overrides = SweepOverrides.recorded(info, firstJson);
    JsonObject merged = SweepJson.describe(plan, version, inputs, overrides);
    Timeseries mode = SweepRecord.timeseries(info, firstJson);
    merged.addProperty("timeseries", mode.name().toLowerCase(java.util.Locale.ROOT));
    for (int k = 2; k <= count; k++) {
      Path json = shards.resolve(new Shard(k, count).jsonName());
      SweepRecord.checkContinues(SweepJson.read(json), json, spec, mode, overrides, inputs);
    }
    List<String> rows = new ArrayList<>();
    for (int k = 1; k <= count; k++) {
      Shard shard = new Shard(k, count);
      Path j = shards.resolve(shard.journalName());
      RunJournal.Contents c = RunJournal.read(j, new JournalRows(plan, shard));
      if (c.torn().length > 0) {
        // Left alone: the shard's own --resume sets it aside (this shard is incomplete anyway).
        warn.accept(
            j
                + " ends in a partial line (the shard was stopped while writing it); it "
                + "is left out. `minga sweep SWEEP.yaml --out "
                + dir
                + " --shard "
                + shard
                + " --resume` sets it aside and finishes the shard");
      }
      rows.addAll(c.rows());
    }
    SweepOutputs.write(plan, rows, dir);
    joinTimeseries(dir, plan.runs(), mode);
    merged.addProperty("status", "complete");
    merged.addProperty("merged_shards", count);
    SweepJson.write(dir.resolve(JSON), merged);
    return rows.size();
  }

  /**
   * The overrides a resume of the sweep (or shard) in {@code out} runs with: the command line's
   * when it gives any ({@link #run} refuses them unless they are the recorded ones), else those
   * recorded when it started, with a note saying so.
   */
  public static SweepOverrides resumedOverrides(
      Path out, Shard shard, SweepOverrides requested, Consumer<String> note) throws IOException {
    Path json = recordOf(out, shard);
    if (!requested.isEmpty() || !Files.exists(json)) {
      return requested;
    }
    SweepOverrides recorded = SweepOverrides.recorded(SweepJson.read(json), json);
    if (!recorded.isEmpty()) {
      note.accept("resuming with " + recorded + ", as recorded in " + json);
    }
    return recorded;
  }

  /** sweep.json, or a shard's own record. */
  private static Path recordOf(Path out, Shard shard) {
    return shard.count() > 1 ? out.resolve(SHARDS).resolve(shard.jsonName()) : out.resolve(JSON);
  }

  /** The records of the other shards of {@code shard}'s sweep that have started in {@code out}. */
  private static List<Path> otherShards(Path out, Shard shard) throws IOException {
    List<Path> others = new ArrayList<>();
    for (int k = 1; k <= shard.count(); k++) {
      Path json = out.resolve(SHARDS).resolve(new Shard(k, shard.count()).jsonName());
      if (k != shard.index() && Files.exists(json)) {
        others.add(json);
      }
    }
    return others;
  }

  private static void joinTimeseries(Path dir, long runs, Timeseries mode) throws IOException {
    if (mode != Timeseries.NONE && Files.isDirectory(dir.resolve(TimeseriesParts.PARTS))) {
      TimeseriesParts.join(
          dir,
          runs,
          mode == Timeseries.GZIP ? TimeseriesParts.Mode.GZIP : TimeseriesParts.Mode.CSV);
    }
  }

  /** How to run one run of a finished (or running) sweep again. */
  public record Reproduction(Path scenario, List<String> overrides, int steps, String label) {}

  /** Finds run {@code run} of the sweep in {@code dir}. */
  public static Reproduction locate(Path dir, long run, Consumer<String> warn)
      throws IOException, ScenarioException {
    Path json = dir.resolve(JSON);
    if (!Files.exists(json)) {
      Path shards = dir.resolve(SHARDS);
      try (Stream<Path> s = Files.isDirectory(shards) ? Files.list(shards) : Stream.empty()) {
        json =
            s.filter(p -> p.getFileName().toString().endsWith(".json"))
                .sorted()
                .findFirst()
                .orElseThrow(
                    () ->
                        new SweepFailure(
                            SweepFailure.Kind.BAD_INPUT,
                            "no sweep.json in " + dir + "; is it a sweep's --out directory?",
                            null));
      }
    }
    SweepSpec spec = SweepRecord.specOf(SweepJson.read(json), json, warn);
    SweepPlan plan = new SweepPlan(spec);
    if (run < 0 || run >= plan.runs()) {
      throw new SweepFailure(
          SweepFailure.Kind.BAD_INPUT,
          "no run " + run + " in " + dir + "; runs are 0 to " + (plan.runs() - 1),
          null);
    }
    return new Reproduction(
        spec.scenario(), plan.overridesOf(run), spec.steps(), spec.name() + "-run-" + run);
  }

  /**
   * A dry run's answer: the design's size, an estimate of its (or the shard's) time, and the
   * machine's load average (over the last minute; negative where unknown) when it was made.
   */
  public record Estimate(
      int points,
      int replicates,
      long runs,
      long shardRuns,
      PilotEstimate time,
      double loadAverage) {}

  /**
   * Sizes the design and estimates the time of the shard's runs on {@code threads} threads from a
   * pilot of a few seconds ({@link SweepPilot}, {@link PilotEstimate}). The design is counted, not
   * laid out: a grid just under the cap would fill the memory; above {@value #SAMPLED_ABOVE} points
   * the pilot and the run sizes come from evenly spaced points of it.
   */
  public static Estimate estimate(SweepSpec spec, Shard shard, int threads, Timeseries timeseries)
      throws ScenarioException {
    long points = DesignPoints.count(spec);
    long runs = points * spec.replicates();
    SweepPlan.requireAtMostMaxRuns(runs);
    long shardRuns = shard.size(runs);
    boolean whole = points <= SAMPLED_ABOVE;
    SweepPlan plan = whole ? new SweepPlan(spec) : sampled(spec, points);
    Shard planned = whole ? shard : Shard.ALL;
    double producerSteps =
        new RunSizes(plan).producerSteps(planned)
            * ((double) shardRuns / planned.size(plan.runs()));
    List<SweepPilot.Sample> pilot =
        SweepPilot.run(plan, planned, threads, timeseries != Timeseries.NONE);
    return new Estimate(
        (int) points,
        spec.replicates(),
        runs,
        shardRuns,
        PilotEstimate.of(pilot, SweepPilot.WARM_UP_SECONDS, shardRuns, producerSteps, threads),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** Above this many design points a dry run samples the design instead of laying it out. */
  static final int SAMPLED_ABOVE = 100_000;

  /** {@value #SAMPLED_ABOVE} evenly spaced points of a design of {@code points}. */
  private static SweepPlan sampled(SweepSpec spec, long points) {
    double[][] unit = new double[SAMPLED_ABOVE][];
    for (int i = 0; i < unit.length; i++) {
      unit[i] = DesignPoints.point(spec, i * points / SAMPLED_ABOVE);
    }
    return new SweepPlan(spec, unit);
  }
}
