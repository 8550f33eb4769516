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
 * {@code minga gui [SCENARIO.yaml]}: the workshop window (MASON Console, territory map, live
 * charts, facilitator panel). Closing the Console ends the program.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
    description = "Open the workshop window on a scenario (default: scenarios/baseline.yaml).")
final class GuiCommand implements Callable<Integer> {
  static final Path DEFAULT_SCENARIO = Path.of("scenarios", "baseline.yaml");

  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO.yaml",
      description = "The scenario file (default: scenarios/baseline.yaml).")
  Path file;

  @Option(names = "--set", paramLabel = "key.path=value", converter = OverrideConverter.class,
      description = "Override one scenario key (repeatable); kept on reload.")
  List<String> overrides = new java.util.ArrayList<>();

  @Option(names = "--storyboard", paramLabel = "FILE",
      description = "Play a storyboard: captions, pauses, shocks, lever switches, saved "
          + "sessions and screenshots at given months (see docs/workshop.md).")
  Path storyboard;

  @Override
  public Integer call() throws Exception {
    Path scenario = file != null ? file : DEFAULT_SCENARIO;
    if (file == null && !Files.exists(scenario)) {
      throw new CliFailure(ExitCodes.BAD_INPUT, "no scenario given and no " + DEFAULT_SCENARIO
          + " here; give one: minga gui SCENARIO.yaml");
    }
    ModelInputs inputs = ScenarioSource.load(scenario, overrides);
    Storyboard board = storyboard == null ? null
        : Storyboard.load(storyboard, inputs.scenario().steps()); // mistakes: exit 2
    if (GraphicsEnvironment.isHeadless()) {
      throw new CliFailure(ExitCodes.BAD_INPUT, "no display: the window needs a desktop (or "
          + "xvfb-run); for files without a window use: minga run " + scenario);
    }
    SwingUtilities.invokeLater(() -> {
      MingaGui gui = new MingaGui(scenario, overrides, inputs);
      if (board != null) {
        gui.playStoryboard(board);
      }
      gui.createController();
    });
    // The Console ends the program when it is closed (MASON calls System.exit).
    new CountDownLatch(1).await();
    return ExitCodes.OK;
  }
}
