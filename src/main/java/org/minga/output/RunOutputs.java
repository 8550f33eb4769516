package org.minga.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.minga.metrics.HouseholdYearObserver;
import org.minga.metrics.StepObserver;

/**
 * The output files of one run: {@value TimeseriesCsv#FILE_NAME} and {@value TrackedCsv#FILE_NAME}
 * written step by step, {@value HouseholdsCsv#FILE_NAME} year by year (unless left out), then
 * {@value SummaryJson#FILE_NAME} and {@value #RESOLVED_SCENARIO} at the end. All of them appear
 * under their final names only when {@link #complete} succeeds; closing without completing leaves
 * the directory as it was.
 *
 * <p>Open it only once the scenario has validated: opening creates the output directory.
 */
public final class RunOutputs implements AutoCloseable {
  /** The resolved scenario, every key written out (from the scenario loader). */
  public static final String RESOLVED_SCENARIO = OutputFiles.RESOLVED_SCENARIO;

  /**
   * The files of a completed run with every file, in the order they are described in
   * docs/outputs.md ({@link #fileNames()} leaves out households.csv when it is not written).
   */
  public static final List<String> FILE_NAMES = OutputFiles.ALL;

  private final StagedOutputs files;
  private final TimeseriesCsv timeseries;
  private final TrackedCsv tracked;

  /** Null when households.csv is not written. */
  private final HouseholdsCsv households;

  private final MetricStats stats = new MetricStats();

  private RunOutputs(StagedOutputs files, boolean withHouseholds) throws IOException {
    this.files = files;
    this.timeseries = new TimeseriesCsv(files.newWriter(TimeseriesCsv.FILE_NAME));
    this.tracked = new TrackedCsv(files.newWriter(TrackedCsv.FILE_NAME));
    this.households =
        withHouseholds ? new HouseholdsCsv(files.newWriter(HouseholdsCsv.FILE_NAME)) : null;
  }

  /**
   * Creates {@code directory} if needed and starts every file, households.csv included, under
   * temporary names.
   */
  public static RunOutputs open(Path directory) throws IOException {
    return open(directory, true);
  }

  /** As {@link #open(Path)}, households.csv only when {@code withHouseholds}. */
  public static RunOutputs open(Path directory, boolean withHouseholds) throws IOException {
    StagedOutputs files = StagedOutputs.in(directory);
    try {
      return new RunOutputs(files, withHouseholds);
    } catch (IOException | RuntimeException e) {
      files.close();
      throw e;
    }
  }

  /** The output directory. */
  public Path directory() {
    return files.directory();
  }

  /**
   * Another file of the run (a session's decisions.csv), staged with the others and appearing with
   * them when the run completes; the writer is closed by {@link #complete} or {@link #close}.
   */
  public Writer newFile(String fileName) throws IOException {
    return files.newWriter(fileName);
  }

  /** The observers to add to the metrics recorder: both CSV files and the statistics. */
  public List<StepObserver> observers() {
    return List.of(timeseries, tracked, stats);
  }

  /** The households panel's writer for the metrics recorder, or null when it is left out. */
  public HouseholdYearObserver households() {
    return households;
  }

  /** The files this run writes, in the order of {@link #FILE_NAMES}. */
  public List<String> fileNames() {
    return households != null
        ? FILE_NAMES
        : FILE_NAMES.stream().filter(f -> !f.equals(HouseholdsCsv.FILE_NAME)).toList();
  }

  /** Final values and means seen so far. */
  public MetricStats stats() {
    return stats;
  }

  /**
   * Writes summary.json and the resolved scenario, then renames every file to its final name. Call
   * after the recorder's finish (which flushes the CSV files).
   */
  public void complete(RunInfo info, String resolvedYaml) throws IOException {
    Writer yaml = files.newWriter(RESOLVED_SCENARIO);
    yaml.write(resolvedYaml);
    SummaryJson.write(files.newWriter(SummaryJson.FILE_NAME), info, resolvedYaml, stats);
    files.commit(); // closes the writers, then renames
  }

  /** Deletes the temporary files unless {@link #complete} succeeded. */
  @Override
  public void close() throws IOException {
    files.close();
  }

  /** Temporary files not yet committed (for tests). */
  List<Path> tempFiles() {
    return files.tempFiles();
  }
}
