package org.minga.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.minga.patterns.PairedInterval;
import org.minga.patterns.PatternCatalogue;
import org.minga.patterns.PatternCheck;
import org.minga.patterns.PatternReport;
import org.minga.patterns.PatternResult;
import org.minga.patterns.PatternRunner;
import org.minga.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code minga patterns}: runs the pattern-validation suite (every stylised fact of docs/model.md
 * section 11 and the calibration checks) over replicates and writes the report. Exit 0 when the
 * suite ran, whatever its verdicts (failing facts are reported, not hidden); with
 * {@code --strict}, exit 1 when any check fails.
 */
@Command(name = "patterns", mixinStandardHelpOptions = true,
    description = "Run the pattern-validation suite (stylised facts and calibration checks) "
        + "and write its report.")
final class PatternsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--replicates", paramLabel = "N", defaultValue = "10",
      description = "Replicates per check (default ${DEFAULT-VALUE}; at least 2).")
  int replicates;

  @Option(names = "--only", paramLabel = "NAME", split = ",",
      description = "Run only these checks: an id (2a, C1), a fact number (2) or a scenario "
          + "name (repeatable or comma-separated).")
  List<String> only = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/patterns",
      description = "Directory for patterns.md, patterns.csv and replicates.csv "
          + "(default ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "scenarios",
      description = "Directory holding the scenario files (default ${DEFAULT-VALUE}).")
  Path scenarios;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed of replicate 0; replicate r uses seed + r (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: available processors).")
  Integer threads;

  @Option(names = "--strict", description = "Exit with status 1 when any check fails.")
  boolean strict;

  @Option(names = "--list", description = "List the checks and exit.")
  boolean list;

  @Override
  public Integer call() throws Exception {
    PrintWriter outWriter = spec.commandLine().getOut();
    List<PatternCheck> checks = PatternCatalogue.select(only);
    if (checks.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--only " + String.join(",", only)
          + " matches no check; try --list");
    }
    if (list) {
      checks.forEach(c -> outWriter.println(c.id() + "\t" + c.title() + "\t" + c.scenarios()));
      return ExitCodes.OK;
    }
    if (replicates < 2) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option "
          + "'--replicates': " + replicates + "; at least 2 are needed for an interval");
    }
    int nThreads = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (nThreads < 1) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option "
          + "'--threads': " + nThreads + "; use at least 1");
    }
    try {
      // Fail before minutes of runs, not after, when the report cannot be written.
      java.nio.file.Files.createDirectories(out);
    } catch (IOException e) {
      throw new CliFailure(ExitCodes.BAD_INPUT, "cannot write to output directory " + out
          + ": " + IoMessages.describe(e), e);
    }
    long t0 = System.nanoTime();
    List<PatternResult> results;
    try {
      results = new PatternRunner(scenarios, replicates, seed, nThreads).run(checks,
          (r, done, total) -> {
            PairedInterval ci = r.interval();
            outWriter.printf(Locale.ROOT, "[%d/%d] %-4s %-4s mean %s CI [%s, %s] expected %s  %s%n",
                done, total, r.check().id(), r.pass() ? "pass" : "FAIL", fmt(ci.mean()),
                fmt(ci.low()), fmt(ci.high()), r.check().expectation().describe(),
                r.check().title());
            outWriter.flush();
          });
    } catch (ScenarioException e) {
      throw e; // reported by Main with file:line:column, exit 2
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    String command = "java -jar target/minga.jar patterns --replicates " + replicates
        + (only.isEmpty() ? "" : " --only " + String.join(",", only));
    try {
      PatternReport.write(out, results, new PatternReport.RunSettings(replicates, seed,
          nThreads, wall, command));
    } catch (IOException e) {
      throw new CliFailure(ExitCodes.FAILURE, "cannot write the report in " + out + ": "
          + IoMessages.describe(e), e);
    }
    long passed = results.stream().filter(PatternResult::pass).count();
    outWriter.printf(Locale.ROOT, "%d of %d checks pass (%.0f s); report in %s%n", passed,
        results.size(), wall, out.resolve(PatternReport.MARKDOWN));
    return strict && passed < results.size() ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  private static String fmt(double x) {
    return Double.isNaN(x) ? "NA" : String.format(Locale.ROOT, "%.4g", x);
  }
}
