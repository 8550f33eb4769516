package org.minga.sweep;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.minga.scenario.ScenarioException;

/**
 * A sweep.json read back as the record of what a directory's runs were made from: the sweep file,
 * the files the runs read, the time series option, the command line's overrides. Before runs are
 * added to a directory (resume, another shard), merged or run again, the record is checked against
 * the files and options as they are now, so that results of two different models are never mixed
 * without a word.
 */
final class SweepRecord {
  private SweepRecord() {}

  /**
   * The spec {@code info} (read from {@code jsonFile}) names, checked to be unchanged since the
   * sweep ran, with the files its runs read.
   */
  static SweepSpec specOf(JsonObject info, Path jsonFile, Consumer<String> warn)
      throws IOException, ScenarioException {
    Path file = Path.of(SweepJson.text(info, "spec_file", jsonFile));
    if (!Files.exists(file)) {
      throw new SweepFailure(
          SweepFailure.Kind.BAD_INPUT,
          "the sweep file " + file + " named in " + jsonFile + " no longer exists",
          null);
    }
    if (!SweepJson.sha256(file).equals(SweepJson.text(info, "spec_sha256", jsonFile))) {
      throw new SweepFailure(
          SweepFailure.Kind.BAD_INPUT,
          "the sweep file "
              + file
              + " changed since the sweep ran; its runs can no longer be rebuilt from it",
          null);
    }
    List<SweepInputs.Input> recorded = SweepInputs.recorded(info, jsonFile, warn);
    if (recorded != null) {
      SweepInputs.checkUnchanged(recorded, jsonFile, file); // before loading what changed
    }
    SweepSpec spec = SweepSpecReader.read(file, SweepOverrides.recorded(info, jsonFile));
    if (recorded != null) {
      SweepInputs.checkNoneAdded(recorded, SweepInputs.of(new SweepPlan(spec)), file);
    }
    return spec;
  }

  /**
   * Checks that runs made now with {@code spec}, {@code timeseries} and {@code overrides} may join
   * those recorded in {@code before} (read from {@code beforeFile}): same sweep file, same time
   * series option and overrides, every file the runs read unchanged. Needs no loading, so it comes
   * before anything that reads the changed files.
   *
   * @return the recorded inputs, for {@link SweepInputs#checkNoneAdded}; null if not recorded
   */
  static List<SweepInputs.Input> checkUnchanged(
      JsonObject before,
      Path beforeFile,
      SweepSpec spec,
      Sweep.Timeseries timeseries,
      SweepOverrides overrides,
      Consumer<String> warn)
      throws IOException {
    checkSameSweep(before, beforeFile, spec, timeseries, overrides);
    List<SweepInputs.Input> recorded = SweepInputs.recorded(before, beforeFile, warn);
    if (recorded != null) {
      SweepInputs.checkUnchanged(recorded, beforeFile, spec.file());
    }
    return recorded;
  }

  /** {@link #checkUnchanged}, and that the runs now read no other file than {@code inputs}. */
  static void checkContinues(
      JsonObject before,
      Path beforeFile,
      SweepSpec spec,
      Sweep.Timeseries timeseries,
      SweepOverrides overrides,
      List<SweepInputs.Input> inputs)
      throws IOException {
    checkSameSweep(before, beforeFile, spec, timeseries, overrides);
    List<SweepInputs.Input> recorded =
        SweepInputs.recorded(before, beforeFile, w -> {}); // the record's own resume warns
    if (recorded != null && !recorded.equals(inputs)) { // equal: hashed just now, unchanged
      SweepInputs.checkUnchanged(recorded, beforeFile, spec.file());
      SweepInputs.checkNoneAdded(recorded, inputs, spec.file());
    }
  }

  private static void checkSameSweep(
      JsonObject before,
      Path beforeFile,
      SweepSpec spec,
      Sweep.Timeseries timeseries,
      SweepOverrides overrides)
      throws IOException {
    if (!SweepJson.text(before, "spec_sha256", beforeFile).equals(SweepJson.sha256(spec.file()))) {
      throw new SweepFailure(
          SweepFailure.Kind.BAD_INPUT,
          "the sweep file changed since this "
              + "sweep started ("
              + beforeFile
              + " records another); its completed runs belong to "
              + "the old design. Restore the file, or start the new design in another --out",
          null);
    }
    Sweep.Timeseries was = timeseries(before, beforeFile);
    if (was != timeseries) {
      throw new SweepFailure(
          SweepFailure.Kind.BAD_INPUT,
          "this sweep was started with "
              + "timeseries "
              + was.name().toLowerCase(Locale.ROOT)
              + " ("
              + beforeFile
              + "); "
              + "resume it, and run every shard, with the same --timeseries option",
          null);
    }
    SweepOverrides were = SweepOverrides.recorded(before, beforeFile);
    if (!were.equals(overrides)) {
      throw new SweepFailure(
          SweepFailure.Kind.BAD_INPUT,
          "this sweep was started with "
              + were
              + " ("
              + beforeFile
              + "), not "
              + overrides
              + "; its runs so far belong to "
              + "that design. Run every shard with the same options (--resume without them uses "
              + "the recorded ones), or start the new design in another --out",
          null);
    }
  }

  /** The time series option a record names ({@code none} in records older than it). */
  static Sweep.Timeseries timeseries(JsonObject info, Path jsonFile) {
    if (!info.has("timeseries")) {
      return Sweep.Timeseries.NONE;
    }
    String word = SweepJson.text(info, "timeseries", jsonFile);
    try {
      return Sweep.Timeseries.valueOf(word.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw SweepJson.damaged(jsonFile, ": `timeseries` is " + word + ", not none, csv or gzip");
    }
  }
}
