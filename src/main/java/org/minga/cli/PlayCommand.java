package org.minga.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.minga.metrics.HouseholdSelection;
import org.minga.model.MingaModel;
import org.minga.output.DecisionsCsv;
import org.minga.output.RunInfo;
import org.minga.output.RunOutputs;
import org.minga.output.SessionFile;
import org.minga.play.HeadlessSession;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code minga play --headless}: a participatory session played by bots, without a window.
 * Writes the session as a scenario (session.yaml), every decision (decisions.csv) and the run's
 * usual files; {@code minga run DIR/session.yaml --decisions DIR/decisions.csv} replays it.
 */
@Command(name = "play", mixinStandardHelpOptions = true,
    description = "A participatory session: players take the decisions of households and a "
        + "cooperative board (for now headless, with bots).")
final class PlayCommand implements Callable<Integer> {
  static final String SESSION_FILE = "session.yaml";
  private static final String HEADER = "# Participatory session (minga play): the scenario, seed "
      + "and settings it ran.\n# `minga run session.yaml --decisions decisions.csv` replays it: "
      + "the players' choices\n# replace the model's rules for their households and board.\n";

  @Spec CommandSpec spec;

  @Mixin ScenarioOptions scenario;

  @Option(names = "--headless", description = "Run the session without a window.")
  boolean headless;

  @Option(names = "--bots", paramLabel = "N", description = "Simulated players, each given a "
      + "household, spread over farm sizes and cash positions (default: 0).")
  int bots;

  @Option(names = "--board-bot", description = "A simulated player for the board of the "
      + "largest cooperative.")
  boolean boardBot;

  @Option(names = "--months", paramLabel = "M", description = "Months the players decide, "
      + "from the first (default: the scenario's horizon); the model's rules run the rest.")
  Integer months;

  @Option(names = "--countdown", paramLabel = "SECONDS", description = "Time to decide; after "
      + "it the model's rule decides for the player (default: 30).")
  int countdown = 30;

  @Option(names = "--session", paramLabel = "NAME", description = "The session's name in "
      + "decisions.csv (default: the output directory's name).")
  String name;

  @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: "
      + "out/<scenario file name without .yaml>-session).")
  Path out;

  @Override
  public Integer call() throws Exception {
    scenario.requireFile(spec);
    if (!headless) {
      throw new CliFailure(ExitCodes.BAD_INPUT,
          "the participatory window is not built yet; use --headless");
    }
    ModelInputs inputs = ScenarioSource.load(scenario.file, scenario.overrides);
    Scenario s = inputs.scenario();
    int played = months == null ? s.steps() : months;
    checkOptions(inputs, played, s.steps());
    Path directory = out != null ? out : Path.of(RunCommand.defaultOutputDirectory(scenario.file)
        + "-session");
    String sessionYaml = sessionYaml(directory, scenario.overrides, s);
    HeadlessSession.Setup setup = new HeadlessSession.Setup(name != null ? name
        : directory.toAbsolutePath().normalize().getFileName().toString(), bots, boardBot,
        played, countdown * 1000L);

    try (RunOutputs outputs = RunOutputs.open(directory, true)) {
      Writer yaml = outputs.newFile(SESSION_FILE);
      yaml.write(sessionYaml);
      HeadlessSession session = new HeadlessSession(setup,
          new DecisionsCsv(outputs.newFile(DecisionsCsv.FILE_NAME)));
      ModelRun.Result result = ModelRun.run(inputs, s.steps(), false, outputs.observers(),
          HouseholdSelection.ALL, outputs.households(), new ModelRun.Session() {
            @Override
            public void started(MingaModel model) {
              session.start(model);
            }

            @Override
            public void beforeStep(MingaModel model) {
              session.beforeStep(model);
            }

            @Override
            public void afterStep(MingaModel model) {
              session.afterStep(model);
            }
          });
      RunInfo info = new RunInfo(MingaVersion.current(), s.name(), scenario.file.toString(),
          s.seed(), result.steps(), RunCommand.producers(inputs), result.wallTimeSeconds());
      outputs.complete(info, ScenarioSource.resolvedYaml(inputs));
      List<String> files = new ArrayList<>(outputs.fileNames());
      files.addAll(List.of(SESSION_FILE, DecisionsCsv.FILE_NAME));
      spec.commandLine().getOut().println(RunSummary.format(info, outputs.stats(), files,
          directory));
      spec.commandLine().getOut().printf("Session '%s': %d players decided %d months; %d "
          + "decisions, %d timed out.%n", setup.name(), bots + (boardBot ? 1 : 0), played,
          session.decisions(), session.timedOut());
    } catch (IOException e) {
      throw new CliFailure(ExitCodes.FAILURE, "cannot write outputs in " + directory + ": "
          + IoMessages.describe(e), e);
    }
    return ExitCodes.OK;
  }

  private void checkOptions(ModelInputs inputs, int played, int horizon) {
    if (played < 1 || played > horizon) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--months': "
          + played + "; the scenario runs 1 to " + horizon + " months");
    }
    if (bots < 0 || bots > RunCommand.producers(inputs)) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--bots': "
          + bots + "; the scenario has " + RunCommand.producers(inputs) + " households");
    }
    if (bots == 0 && !boardBot) {
      throw new ParameterException(spec.commandLine(), "A session needs players: give --bots N "
          + "and/or --board-bot");
    }
    if (boardBot && inputs.scenario().cooperatives().count() == 0) {
      throw new ParameterException(spec.commandLine(), "--board-bot needs a cooperative, and "
          + "the scenario starts with none");
    }
    if (countdown < 1) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option "
          + "'--countdown': " + countdown + "; give at least 1 second");
    }
  }

  /** The session as a scenario extending the original, written beside the outputs. */
  private String sessionYaml(Path directory, List<String> overrides, Scenario s) {
    try {
      return SessionFile.yaml(HEADER, scenario.file, directory.resolve(SESSION_FILE), overrides,
          s, List.of());
    } catch (IllegalArgumentException e) {
      throw new CliFailure(ExitCodes.BAD_INPUT, e.getMessage(), e);
    }
  }
}
