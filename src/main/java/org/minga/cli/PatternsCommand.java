package org.minga.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.minga.patterns.ModelVersion;
import org.minga.patterns.PairedInterval;
import org.minga.patterns.PatternCatalogue;
import org.minga.patterns.PatternCheck;
import org.minga.patterns.PatternReport;
import org.minga.patterns.PatternResult;
import org.minga.patterns.PatternRunner;
import org.minga.patterns.Robustness;
import org.minga.patterns.RobustnessRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code minga patterns}: runs the pattern suite (calibration targets, validation facts with their
 * ablation arms, mechanism checks) over replicates and writes the report; with {@code
 * --robustness}, also the Latin-hypercube robustness of every validation fact. Exit 0 when the
 * suite ran, whatever its verdicts (failing facts are reported, not hidden); with {@code --strict},
 * exit 1 when a check fails that is not a declared known failure, or a declared known failure
 * passes.
 */
@Command(
    name = "patterns",
    mixinStandardHelpOptions = true,
    description =
        "Run the pattern-validation suite (stylised facts and calibration checks) "
            + "and write its report.")
final class PatternsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--replicates",
      paramLabel = "N",
      defaultValue = "10",
      description =
          "Replicates in the first round of each validation fact and mechanism "
              + "check (default ${DEFAULT-VALUE}; at least 2). Calibration targets always use "
              + "their fitting seeds.")
  int replicates;

  @Option(
      names = "--max-replicates",
      paramLabel = "N",
      defaultValue = "40",
      description =
          "Replicates are added 10 at a time until each interval is precise or this "
              + "many are reached (default ${DEFAULT-VALUE}).")
  int maxReplicates;

  @Option(
      names = "--robustness",
      description =
          "Also run each validation fact over a Latin hypercube of its scenario's "
              + "assumed parameters (longer; not part of --strict runs in CI).")
  boolean robustness;

  @Option(
      names = "--points",
      paramLabel = "N",
      defaultValue = "32",
      description =
          "Latin-hypercube points per validation fact with --robustness (default "
              + "${DEFAULT-VALUE}).")
  int points;

  @Option(
      names = "--only",
      paramLabel = "NAME",
      split = ",",
      description =
          "Run only these checks: an id (2a, C1), a fact number (2) or a scenario "
              + "name (repeatable or comma-separated).")
  List<String> only = new ArrayList<>();

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "out/patterns",
      description =
          "Directory for patterns.md, patterns.csv and replicates.csv "
              + "(default ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--scenarios",
      paramLabel = "DIR",
      defaultValue = "scenarios",
      description = "Directory holding the scenario files (default ${DEFAULT-VALUE}).")
  Path scenarios;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "90001",
      description =
          "First seed of validation facts and mechanism checks; replicate r uses "
              + "seed + r (default ${DEFAULT-VALUE}, never used in design or fitting).")
  long seed;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: available processors).")
  Integer threads;

  @Option(
      names = "--strict",
      description =
          "Exit with status 1 when a check fails that is not "
              + "a declared known failure (or a known failure now passes).")
  boolean strict;

  @Option(names = "--list", description = "List the checks and exit.")
  boolean list;

  @Override
  public Integer call() throws Exception {
    PrintWriter outWriter = spec.commandLine().getOut();
    List<PatternCheck> checks = PatternCatalogue.select(only);
    if (checks.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "--only " + String.join(",", only) + " matches no check; try --list");
    }
    if (list) {
      checks.forEach(c -> outWriter.println(c.id() + "\t" + c.title() + "\t" + c.scenarios()));
      return ExitCodes.OK;
    }
    if (replicates < 2) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option "
              + "'--replicates': "
              + replicates
              + "; at least 2 are needed for an interval");
    }
    if (maxReplicates < replicates) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option "
              + "'--max-replicates': "
              + maxReplicates
              + "; at least --replicates ("
              + replicates
              + ")");
    }
    if (points < 2) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option " + "'--points': " + points + "; use at least 2");
    }
    int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (nThreads < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option " + "'--threads': " + nThreads + "; use at least 1");
    }
    try {
      // Fail before minutes of runs, not after, when the report cannot be written.
      java.nio.file.Files.createDirectories(out);
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.BAD_INPUT,
          "cannot write to output directory " + out + ": " + IoMessages.describe(e),
          e);
    }
    PatternRunner.Seeds seeds =
        new PatternRunner.Seeds(PatternRunner.FIT_SEED, 10, seed, replicates, 10, maxReplicates);
    PatternRunner runner = new PatternRunner(scenarios, seeds, nThreads);
    long t0 = System.nanoTime();
    List<PatternResult> results =
        runner.run(
            checks,
            (r, done, total) -> {
              PairedInterval ci = r.interval();
              outWriter.printf(
                  Locale.ROOT,
                  "[%d/%d] %-4s %-11s %-4s mean %s CI [%s, %s] expected %s " + "(n=%d)%s  %s%n",
                  done,
                  total,
                  r.check().id(),
                  r.check().kind().label(),
                  r.pass() ? "pass" : "FAIL",
                  fmt(ci.mean()),
                  fmt(ci.low()),
                  fmt(ci.high()),
                  r.check().expectation().describe(),
                  r.values().length,
                  r.ablationInterval() == null
                      ? ""
                      : "; ablated mean "
                          + fmt(r.ablationInterval().mean())
                          + (Boolean.TRUE.equals(r.explained())
                              ? " (explained)"
                              : " (NOT explained)"),
                  r.check().title());
              outWriter.flush();
            });
    Map<String, Robustness> figures = null;
    String design = null;
    if (robustness) {
      RobustnessRun run = new RobustnessRun(runner, scenarios, points, seed, nThreads);
      figures =
          run.run(
              checks,
              (id, fig) -> {
                outWriter.printf(Locale.ROOT, "robustness %-4s %s%n", id, fig.describe());
                outWriter.flush();
              });
      design = run.describe();
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    String command =
        "java -jar target/minga.jar patterns"
            + (robustness ? " --robustness" : "")
            + (strict ? " --strict" : "")
            + (replicates != 10 ? " --replicates " + replicates : "")
            + (maxReplicates != 40 ? " --max-replicates " + maxReplicates : "")
            + (seed != PatternRunner.REPORTED_SEED ? " --seed " + seed : "")
            + (only.isEmpty() ? "" : " --only " + String.join(",", only));
    try {
      PatternReport.write(
          out,
          results,
          new PatternReport.RunSettings(
              seeds, nThreads, wall, command, ModelVersion.of(Path.of("")), figures, design));
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.FAILURE,
          "cannot write the report in " + out + ": " + IoMessages.describe(e),
          e);
    }
    long passed = results.stream().filter(PatternResult::pass).count();
    long strictFailures = results.stream().filter(PatternResult::failsStrict).count();
    outWriter.printf(
        Locale.ROOT,
        "%d of %d checks pass; %d fail%s (%.0f s); report in %s%n",
        passed,
        results.size(),
        results.size() - passed,
        strictFailures == 0
            ? ""
            : ", " + strictFailures + " of them not declared as known failures",
        wall,
        out.resolve(PatternReport.MARKDOWN));
    return strict && strictFailures > 0 ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  private static String fmt(double x) {
    return Double.isNaN(x) ? "NA" : String.format(Locale.ROOT, "%.4g", x);
  }
}
