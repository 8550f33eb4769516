package org.minga.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.minga.gui.MingaGui;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.Storyboard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code minga gui [SCENARIO.yaml]}: the workshop window (controls, monitors, territory map and
 * live charts on one screen; MASON's Console one menu away). Closing the window ends the program.
 */
@Command(
    name = "gui",
    mixinStandardHelpOptions = true,
    description =
        "Open the workshop window on a scenario (default: scenarios/baseline.yaml, "
            + "or the bundled baseline where there is none).")
final class GuiCommand implements Callable<Integer> {
  static final Path DEFAULT_SCENARIO = Path.of("scenarios", "baseline.yaml");
  private static final String BUNDLED_DEFAULT = "bundled:baseline.yaml";

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SCENARIO.yaml",
      description =
          "The scenario file or the name of a bundled one (default: "
              + "scenarios/baseline.yaml, or the bundled baseline where there is none).")
  Path file;

  @Option(
      names = "--set",
      paramLabel = "key.path=value",
      converter = OverrideConverter.class,
      description = "Override one scenario key (repeatable); kept on reload.")
  List<String> overrides = new java.util.ArrayList<>();

  @Option(
      names = "--from-sweep",
      paramLabel = "DIR",
      description =
          "Open one run of the sweep "
              + "in DIR exactly as it ran (with --run K): its scenario, overrides and seed; refused "
              + "when the sweep's inputs changed since.")
  Path fromSweep;

  @Option(
      names = "--run",
      paramLabel = "K",
      description = "The run id (runs.csv's run column) " + "to open with --from-sweep.")
  Long sweepRun;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--storyboard",
      paramLabel = "FILE",
      description =
          "Play a storyboard: captions, pauses, shocks, lever switches, saved "
              + "sessions and screenshots at given months (see docs/workshop.md).")
  Path storyboard;

  @Override
  public Integer call() throws Exception {
    SweepRunSource.Source source = SweepRunSource.resolve(spec, file, fromSweep, sweepRun);
    // Without one: the repository's baseline when run from its root, else the bundled one.
    Path scenario =
        source.file() != null
            ? source.file()
            : Files.exists(DEFAULT_SCENARIO)
                ? DEFAULT_SCENARIO
                : ScenarioSource.locate(Path.of(BUNDLED_DEFAULT));
    // A sweep run's overrides first (its varied values and seed), then the command line's.
    List<String> allOverrides = new java.util.ArrayList<>(source.overrides());
    allOverrides.addAll(overrides);
    ModelInputs inputs = ScenarioSource.load(scenario, allOverrides);
    Storyboard board =
        storyboard == null
            ? null
            : Storyboard.load(storyboard, inputs.scenario().steps()); // mistakes: exit 2
    if (GraphicsEnvironment.isHeadless()) {
      throw new CliFailure(
          ExitCodes.BAD_INPUT,
          "no display: the window needs a desktop (or "
              + "xvfb-run); for files without a window use: minga run "
              + (fromSweep != null
                  ? "--from-sweep " + fromSweep + " --run " + sweepRun
                  : ScenarioSource.label(scenario)));
    }
    SwingUtilities.invokeLater(
        () -> {
          MingaGui gui = new MingaGui(scenario, allOverrides, inputs);
          if (board != null) {
            gui.playStoryboard(board);
          }
          gui.createController();
        });
    // Closing the window ends the program (MASON's Console calls System.exit).
    new CountDownLatch(1).await();
    return ExitCodes.OK;
  }
}
