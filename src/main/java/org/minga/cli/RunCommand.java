package org.minga.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.minga.chart.ChartRecorder;
import org.minga.metrics.HouseholdSelection;
import org.minga.metrics.HouseholdYearObserver;
import org.minga.metrics.StepObserver;
import org.minga.output.ProgressBarObserver;
import org.minga.output.RunInfo;
import org.minga.output.RunOutputs;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.Scenario;
import org.minga.scenario.ScenarioLoader;
import org.minga.sweep.DirectoryLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code minga run}: loads a scenario, runs the model and writes timeseries.csv, tracked.csv,
 * households.csv, summary.json and scenario.resolved.yaml. Nothing in the output directory is
 * touched before the scenario has validated, and files appear under their final names only when the
 * run completes; then the files of an earlier run that this one did not rewrite go.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Run a scenario and write its outputs.")
final class RunCommand implements Callable<Integer> {
  /** Where outputs go without --out: {@code out/<scenario file name without .yaml>}. */
  static final Path DEFAULT_OUTPUT_ROOT = Path.of("out");

  @Spec CommandSpec spec;

  @Mixin ScenarioOptions scenario;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output directory (default: out/<scenario file name without .yaml>).")
  Path out;

  @Option(
      names = "--steps",
      paramLabel = "N",
      description = "Run only the first N monthly steps (1 to years x 12).")
  Integer steps;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed of the run; shorthand for --set seed=N.")
  Long seed;

  @Option(
      names = "--quiet",
      description = "No progress bar and no summary; errors still go to " + "stderr.")
  boolean quiet;

  @Option(
      names = "--from-sweep",
      paramLabel = "DIR",
      description =
          "Reproduce one run of the "
              + "sweep in DIR exactly (with --run K): its scenario, overrides, seed and steps.")
  Path fromSweep;

  @Option(
      names = "--run",
      paramLabel = "K",
      description = "The run id (runs.csv's run column) " + "to reproduce with --from-sweep.")
  Long sweepRun;

  @Option(
      names = "--check-invariants",
      description =
          "Check volume, money and membership "
              + "accounting after every step (slower); a violation exits with status 3.")
  boolean checkInvariants;

  @Option(
      names = "--no-charts",
      description =
          "Do not write the chart images (cohesion.png, "
              + "income.png, prices.png, channels.png, structure.png).")
  boolean noCharts;

  @Option(names = "--svg", description = "Also write each chart as SVG (cohesion.svg, ...).")
  boolean svg;

  @Option(
      names = "--all-series",
      description =
          "Draw every series of each chart, with their "
              + "right-hand axes (default: the essential set, at most three lines on one axis).")
  boolean allSeries;

  @Option(
      names = "--households",
      paramLabel = "all|sample:N|none",
      converter = HouseholdSelectionConverter.class,
      description =
          "Households in "
              + "households.csv, the yearly panel: all (default), sample:N (N households spread evenly "
              + "over the ids, the same in every run) or none (no file).")
  HouseholdSelection households = HouseholdSelection.ALL;

  @Option(
      names = "--decisions",
      paramLabel = "FILE",
      description =
          "Replay a participatory "
              + "session: the players' choices in FILE (decisions.csv of `minga play`) replace the "
              + "model's rules for their households and boards.")
  Path decisions;

  @Override
  public Integer call() throws Exception {
    if (out != null && out.toString().isBlank()) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--out': an "
              + "empty name would write into the current directory; name a directory, e.g. --out "
              + "out/my-run");
    }
    SweepRunSource.Source source = SweepRunSource.resolve(spec, scenario, fromSweep, sweepRun);
    List<String> shorthands = seed == null ? List.of() : List.of("seed=" + seed);
    List<String> overrides = new ArrayList<>(source.overrides());
    overrides.addAll(scenario.overridesWith(shorthands));
    ScenarioLoader.Loaded loaded = ScenarioSource.loadWithWarnings(source.file(), overrides);
    loaded.warnings().forEach(w -> spec.commandLine().getErr().println(w.format()));
    ModelInputs inputs = loaded.inputs();
    Scenario s = inputs.scenario();
    if (steps == null && source.steps() > 0) {
      steps = Math.min(source.steps(), s.steps());
    }
    int stepsToRun = stepsToRun(s);
    String resolvedYaml = ScenarioSource.resolvedYaml(inputs);
    Path directory = out != null ? out : source.defaultOut();
    int producers = producers(inputs);
    ModelRun.Session players = DecisionReplay.session(decisions, inputs, producers, stepsToRun);

    ChartRecorder charts = noCharts ? null : new ChartRecorder();
    try (DirectoryLock lock = lockOutputs(directory);
        RunOutputs outputs = openOutputs(directory, households.wanted())) {
      List<StepObserver> observers = new ArrayList<>(outputs.observers());
      if (charts != null) {
        observers.add(charts);
      }
      ModelRun.Result result =
          runWithProgress(inputs, stepsToRun, producers, observers, outputs.households(), players);
      RunInfo info =
          new RunInfo(
              MingaVersion.current(),
              s.name(),
              ScenarioSource.label(source.file()),
              s.seed(),
              result.steps(),
              producers,
              result.wallTimeSeconds());
      try {
        outputs.complete(info, resolvedYaml);
      } catch (IOException e) {
        throw new CliFailure(
            ExitCodes.FAILURE,
            "cannot write outputs in " + directory + ": " + IoMessages.describe(e),
            e);
      }
      List<String> drawn =
          charts == null
              ? List.of()
              : RunCharts.write(
                  s, charts.rows(), directory, svg, allSeries, spec.commandLine().getErr());
      List<String> written = new ArrayList<>(outputs.fileNames());
      written.addAll(drawn);
      StaleOutputs.remove(directory, written, spec.commandLine().getErr());
      if (!quiet) {
        spec.commandLine()
            .getOut()
            .println(RunSummary.format(info, outputs.stats(), outputs.fileNames(), directory));
        if (!drawn.isEmpty()) {
          spec.commandLine().getOut().println("Drew " + String.join(", ", drawn) + ".");
        }
      }
    }
    return ExitCodes.OK;
  }

  /**
   * Locks {@code directory} for this run (a second run or a sweep on it is refused, naming this
   * one), then removes what a killed run left there mid-write.
   */
  private DirectoryLock lockOutputs(Path directory) {
    Path file = directory.resolve(org.minga.sweep.SweepLock.LOCK);
    try {
      Files.createDirectories(directory);
      DirectoryLock lock = DirectoryLock.tryLock(file, false, "run");
      if (lock == null) {
        throw new CliFailure(
            ExitCodes.BAD_INPUT,
            directory
                + " is in use by "
                + DirectoryLock.holderOf(file)
                + "; wait until it has finished, or choose another "
                + "--out");
      }
      StaleOutputs.removeLeftoverTemps(directory, spec.commandLine().getErr());
      return lock;
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.BAD_INPUT,
          "cannot write to output directory " + directory + ": " + IoMessages.describe(e),
          e);
    }
  }

  /** Runs the model with the output observers, plus a progress bar when one is worth it. */
  private ModelRun.Result runWithProgress(
      ModelInputs inputs,
      int stepsToRun,
      int producers,
      List<StepObserver> outputObservers,
      HouseholdYearObserver householdRows,
      ModelRun.Session players) {
    List<StepObserver> observers = new ArrayList<>(outputObservers);
    ProgressBarObserver progress =
        ProgressBarObserver.isWorthShowing(quiet, producers, stepsToRun)
            ? new ProgressBarObserver(stepsToRun, System.err)
            : null;
    if (progress != null) {
      observers.add(progress);
    }
    try {
      return ModelRun.run(
          inputs, stepsToRun, checkInvariants, observers, households, householdRows, players);
    } catch (OutOfMemoryError e) {
      throw new CliFailure(
          ExitCodes.FAILURE,
          "out of memory with "
              + producers
              + " producers; give Java more memory, e.g. java -Xmx8g -jar minga.jar run ...",
          e);
    } finally {
      if (progress != null) {
        progress.close(); // also on failure: stops the bar's refresh thread
      }
    }
  }

  private int stepsToRun(Scenario s) {
    if (steps == null) {
      return s.steps();
    }
    if (steps < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--steps': " + steps + "; run at least 1 step");
    }
    if (steps > s.steps()) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--steps': "
              + steps
              + " is beyond the scenario's horizon of "
              + s.steps()
              + " steps ("
              + s.years()
              + " years); raise `years` (e.g. --set years="
              + ((steps + 11) / 12)
              + ") to run longer");
    }
    return steps;
  }

  private static RunOutputs openOutputs(Path directory, boolean withHouseholds) {
    try {
      return RunOutputs.open(directory, withHouseholds);
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.BAD_INPUT,
          "cannot write to output directory " + directory + ": " + IoMessages.describe(e),
          e);
    }
  }

  /** {@code out/<file name without .yaml or .yml>}. */
  static Path defaultOutputDirectory(Path scenarioFile) {
    String name = scenarioFile.getFileName().toString();
    String base = name.replaceFirst("(?i)\\.ya?ml$", "");
    return DEFAULT_OUTPUT_ROOT.resolve(base.isEmpty() ? name : base);
  }

  static int producers(ModelInputs inputs) {
    return inputs.producerTable() != null
        ? inputs.producerTable().size()
        : inputs.scenario().producers().count();
  }
}
