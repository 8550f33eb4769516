package org.minga.output;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.minga.metrics.HouseholdYear;
import org.minga.metrics.TrackedSample;

/**
 * Names of the output files, tracked.csv's columns and summary.json's keys, in one class free of
 * third-party dependencies so that {@link OutputsDoc} runs from {@code target/classes} alone.
 */
public final class OutputFiles {
  /** One row per step, one column per metric. */
  public static final String TIMESERIES = "timeseries.csv";

  /** One row per tracked household per step. */
  public static final String TRACKED = "tracked.csv";

  /** One row per household (or sampled household) per calendar year. */
  public static final String HOUSEHOLDS = "households.csv";

  /** Run facts, resolved scenario, final values and means. */
  public static final String SUMMARY = "summary.json";

  /** The resolved scenario, every key written out (from the scenario loader). */
  public static final String RESOLVED_SCENARIO = "scenario.resolved.yaml";

  /** The files of a completed run, in the order docs/outputs.md describes them. */
  public static final List<String> ALL =
      List.of(TIMESERIES, TRACKED, HOUSEHOLDS, SUMMARY, RESOLVED_SCENARIO);

  /** The header of households.csv ({@link HouseholdYear#COLUMNS}). */
  public static final List<String> HOUSEHOLDS_COLUMNS = List.of(HouseholdYear.COLUMNS);

  /** The header of tracked.csv: step, year, month, then {@link TrackedSample#COLUMNS}. */
  public static final List<String> TRACKED_COLUMNS = trackedColumns();

  /** Top-level keys of summary.json, in file order. */
  public static final List<String> SUMMARY_KEYS =
      List.of(
          "minga_version",
          "scenario",
          "source_file",
          "seed",
          "steps",
          "producers",
          "wall_time_seconds",
          "resolved_scenario",
          "final",
          "mean");

  private OutputFiles() {}

  private static List<String> trackedColumns() {
    List<String> c = new ArrayList<>(List.of("step", "year", "month"));
    c.addAll(Arrays.asList(TrackedSample.COLUMNS));
    return List.copyOf(c);
  }
}
