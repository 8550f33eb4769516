package org.minga.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.minga.scenario.ScenarioException;
import org.minga.sweep.Sweep;
import org.minga.sweep.SweepFailure;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Where {@code run} takes its scenario from: the SCENARIO.yaml argument, or one run of a sweep
 * ({@code --from-sweep DIR --run K}), whose scenario, overrides (varied values and seed) and steps
 * are rebuilt from the sweep file recorded in DIR/sweep.json.
 */
final class SweepRunSource {
  /**
   * @param overrides applied before the command line's own --set
   * @param steps the sweep's steps per run; 0 for the scenario horizon
   */
  record Source(Path file, List<String> overrides, int steps, Path defaultOut) {}

  private SweepRunSource() {}

  static Source resolve(CommandSpec spec, ScenarioOptions scenario, Path fromSweep, Long run)
      throws ScenarioException {
    if (fromSweep == null && run == null) {
      scenario.requireFile(spec);
    }
    return resolve(spec, scenario.file, fromSweep, run);
  }

  /**
   * The same for a command whose scenario file is optional: without --from-sweep, a Source of
   * {@code file} (possibly null, for the caller's default) and no overrides.
   */
  static Source resolve(CommandSpec spec, Path file, Path fromSweep, Long run)
      throws ScenarioException {
    if (fromSweep == null) {
      if (run != null) {
        throw new ParameterException(spec.commandLine(), "--run K needs --from-sweep DIR");
      }
      Path located = file == null ? null : ScenarioSource.locate(file);
      return new Source(
          located,
          List.of(),
          0,
          located == null ? null : RunCommand.defaultOutputDirectory(located));
    }
    if (file != null) {
      throw new ParameterException(
          spec.commandLine(), "give either SCENARIO.yaml or " + "--from-sweep DIR, not both");
    }
    if (run == null) {
      throw new ParameterException(
          spec.commandLine(), "--from-sweep DIR needs --run K, the run" + " id from runs.csv");
    }
    try {
      Sweep.Reproduction r =
          Sweep.locate(
              fromSweep, run, w -> spec.commandLine().getErr().println("minga: warning: " + w));
      return new Source(r.scenario(), r.overrides(), r.steps(), fromSweep.resolve("run-" + run));
    } catch (SweepFailure f) {
      throw SweepFailures.toCli(f);
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.BAD_INPUT,
          "cannot read the sweep in " + fromSweep + ": " + IoMessages.describe(e),
          e);
    }
  }
}
