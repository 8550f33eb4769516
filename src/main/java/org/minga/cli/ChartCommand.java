package org.minga.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.minga.chart.ChartExport;
import org.minga.chart.ChartStyle;
import org.minga.chart.MingaCharts;
import org.minga.chart.RunFiles;
import org.minga.chart.StepRow;
import org.minga.chart.SweepCharts;
import org.minga.chart.SweepFiles;
import org.minga.output.OutputFiles;
import org.minga.scenario.Scenario;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code minga chart DIR}: re-draws a run's charts from its timeseries.csv and tracked.csv, without
 * re-running the model. Events and the poverty line come from the run's scenario.resolved.yaml when
 * it is there. For a sweep's directory (one with sweep.json or runs.csv) it draws the sweep's
 * charts from summary.csv and the long time series instead.
 */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    description =
        "Draw a run's charts (cohesion, income, prices, channels, structure), or a "
            + "sweep's (per design point over time, and per summary metric), from the CSV files, "
            + "without re-running.")
final class ChartCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description =
          "A run's output directory (the "
              + "one holding timeseries.csv) or a sweep's (holding sweep.json and summary.csv).")
  Path directory;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Where to write the PNG files "
              + "(default: DIR itself for a run, DIR/charts for a sweep).")
  Path out;

  @Option(names = "--presentation", description = "Large fonts and thick lines, for slides.")
  boolean presentation;

  @Option(names = "--svg", description = "Also write each chart as SVG.")
  boolean svg;

  @Option(
      names = "--all-series",
      description =
          "A run's charts with every series and their "
              + "right-hand axes (default: the essential set, at most three lines on one axis).")
  boolean allSeries;

  @Override
  public Integer call() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    ChartStyle style = presentation ? ChartStyle.PRESENTATION : ChartStyle.STANDARD;
    if (SweepFiles.isSweep(directory)) {
      return sweepCharts(style);
    }
    List<StepRow> rows = readRows();
    Scenario scenario = resolvedScenario();
    MingaCharts charts =
        scenario != null
            ? MingaCharts.forScenario(style, scenario, allSeries)
            : new MingaCharts(style, Double.NaN, 0, allSeries);
    charts.appendAll(rows);
    Path target = out != null ? out : directory;
    try {
      List<Path> files = ChartExport.write(charts, target, svg);
      spec.commandLine()
          .getOut()
          .println(
              "wrote " + files.size() + " chart files of " + rows.size() + " steps in " + target);
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.FAILURE, "cannot write charts in " + target + ": " + IoMessages.describe(e), e);
    }
    return ExitCodes.OK;
  }

  /** A sweep directory: its time-series and summary charts, into DIR/charts by default. */
  private int sweepCharts(ChartStyle style) {
    SweepCharts charts;
    try {
      charts = SweepCharts.read(style, directory);
    } catch (NoSuchFileException e) {
      throw new CliFailure(
          ExitCodes.BAD_INPUT,
          "no "
              + Path.of(e.getFile()).getFileName()
              + " in "
              + directory
              + "; is the sweep complete (or its shards merged with "
              + "`minga merge "
              + directory
              + "`)?",
          e);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new CliFailure(
          ExitCodes.BAD_INPUT, "cannot read " + directory + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCodes.BAD_INPUT, e.getMessage(), e);
    }
    if (!charts.hasTimeseries()) {
      spec.commandLine()
          .getErr()
          .println(
              "minga: note: "
                  + directory
                  + " has no "
                  + SweepFiles.TIMESERIES
                  + ": only the summary charts are drawn (run the sweep with "
                  + "--timeseries for charts over time)");
    }
    Path target = out != null ? out : directory.resolve(SweepCharts.DIRECTORY);
    try {
      List<Path> files = charts.write(target, svg);
      spec.commandLine()
          .getOut()
          .println(
              "wrote "
                  + files.size()
                  + " sweep chart files ("
                  + charts.pointLabels().size()
                  + " design points) in "
                  + target);
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.FAILURE, "cannot write charts in " + target + ": " + IoMessages.describe(e), e);
    }
    return ExitCodes.OK;
  }

  private List<StepRow> readRows() {
    try {
      List<StepRow> rows = RunFiles.read(directory);
      if (rows.isEmpty()) {
        throw new CliFailure(
            ExitCodes.BAD_INPUT, directory.resolve(RunFiles.TIMESERIES) + " holds no steps");
      }
      return rows;
    } catch (NoSuchFileException e) {
      throw new CliFailure(
          ExitCodes.BAD_INPUT,
          "no "
              + RunFiles.TIMESERIES
              + " in "
              + directory
              + "; give the output directory of a run (minga run ... --out DIR)",
          e);
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.BAD_INPUT, "cannot read " + directory + ": " + IoMessages.describe(e), e);
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCodes.BAD_INPUT, e.getMessage(), e);
    }
  }

  /** The run's resolved scenario, or null (with a note) when it is missing or unreadable. */
  private Scenario resolvedScenario() {
    Path file = directory.resolve(OutputFiles.RESOLVED_SCENARIO);
    if (!Files.exists(file)) {
      spec.commandLine()
          .getErr()
          .println(
              "minga: note: no "
                  + OutputFiles.RESOLVED_SCENARIO
                  + " in "
                  + directory
                  + ": charts drawn without scheduled events or poverty line");
      return null;
    }
    try {
      return ScenarioLoader.loadScenario(file, List.of());
    } catch (ScenarioException e) {
      spec.commandLine()
          .getErr()
          .println(
              "minga: note: "
                  + file
                  + " does not load ("
                  + e.problems().get(0).format()
                  + "): charts drawn without scheduled events or "
                  + "poverty line");
      return null;
    }
  }
}
