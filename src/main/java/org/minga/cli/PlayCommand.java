package org.minga.cli;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.SwingUtilities;
import org.minga.gui.MingaGui;
import org.minga.gui.Participation;
import org.minga.metrics.HouseholdSelection;
import org.minga.metrics.MetricsRecorder;
import org.minga.model.MingaModel;
import org.minga.output.DecisionsCsv;
import org.minga.output.RunInfo;
import org.minga.output.RunOutputs;
import org.minga.output.SessionFile;
import org.minga.play.web.LiveSession;
import org.minga.play.web.Room;
import org.minga.play.web.SessionServer;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code minga play}: a participatory session. People join from their phones' browsers (the
 * session's web server, on the local network) and bots through the same web API; they take the
 * decisions of households and a cooperative board. The workshop window is the big screen
 * ({@link Participation}); {@code --headless} plays bots alone on loopback, with simulated
 * response times, and no window. Writes the session as a scenario (session.yaml), every decision
 * (decisions.csv) and the run's usual files; {@code minga run DIR/session.yaml --decisions
 * DIR/decisions.csv} replays it.
 */
@Command(name = "play", mixinStandardHelpOptions = true,
    description = {"A participatory session: people in the room play households and a "
        + "cooperative board from their phones' browsers (nothing to install, no internet: the "
        + "program serves the page on the local network), bots play others through the same "
        + "web API; everyone else follows the model's rules.",
        "The workshop window is the big screen: the join address, code and QR code, how many "
        + "have decided, each month's outcome, the players' households ringed on the map, the "
        + "faded line of the model's rules in place of the players, the seats and the "
        + "debrief. Play starts the months. Without a display the console follows the session; "
        + "--headless runs bots without a window."})
final class PlayCommand implements Callable<Integer> {
  static final String SESSION_FILE = "session.yaml";
  private static final String HEADER = "# Participatory session (minga play): the scenario, seed "
      + "and settings it ran.\n# `minga run session.yaml --decisions decisions.csv` replays it: "
      + "the players' choices\n# replace the model's rules for their households and board.\n";

  @Spec CommandSpec spec;

  @Mixin ScenarioOptions scenario;

  @Option(names = "--headless", description = "Bots only, on loopback, with simulated "
      + "response times: no one joins, no waiting; the same command gives the same files.")
  boolean headless;

  @Option(names = "--players", paramLabel = "N", description = "Households for people to "
      + "play, spread over farm sizes and cash positions (default: 0).")
  int players;

  @Option(names = "--board", description = "A seat for people on the board of the largest "
      + "cooperative (they join ticking 'the board').")
  boolean board;

  @Option(names = "--bind", paramLabel = "ADDRESS", description = "The interface the server "
      + "listens on, and only it (default: this machine's local network address, else "
      + "127.0.0.1; --headless: 127.0.0.1).")
  String bind;

  @Option(names = "--port", paramLabel = "P", description = "The server's port (default: 8080; "
      + "--headless: any free port).")
  Integer port;

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
    ModelInputs inputs = ScenarioSource.load(scenario.file, scenario.overrides);
    Scenario s = inputs.scenario();
    int played = months == null ? s.steps() : months;
    checkOptions(inputs, played, s.steps());
    Path directory = out != null ? out : Path.of(RunCommand.defaultOutputDirectory(scenario.file)
        + "-session");
    String sessionYaml = sessionYaml(directory, scenario.overrides, s);
    LiveSession.Setup setup = new LiveSession.Setup(name != null ? name
        : directory.toAbsolutePath().normalize().getFileName().toString(), played,
        countdown * 1000L, headless);
    boolean window = !headless && !GraphicsEnvironment.isHeadless();
    if (!headless && !window) {
      spec.commandLine().getErr().println("minga play: no display for the big screen: follow "
          + "the session on this console (Enter starts the months).");
    }
    Room.Place place = new Room.Place(address(), port != null ? port : headless ? 0 : 8080,
        headless || window ? null : spec.commandLine().getOut());
    LiveSession.Table table = new LiveSession.Table(players, board, bots, boardBot);
    if (window) {
      return bigScreen(inputs, directory, sessionYaml, setup, table, place);
    }

    try (RunOutputs outputs = RunOutputs.open(directory, true)) {
      Writer yaml = outputs.newFile(SESSION_FILE);
      yaml.write(sessionYaml);
      LiveSession session = new LiveSession(setup,
          new DecisionsCsv(outputs.newFile(DecisionsCsv.FILE_NAME)));
      ModelRun.Result result;
      try (Room room = new Room(session, table, place)) {
        try {
          room.serve();
        } catch (SessionServer.Unavailable e) {
          throw new CliFailure(ExitCodes.FAILURE, e.getMessage(), e);
        }
        result = ModelRun.run(inputs, s.steps(), false, outputs.observers(),
            HouseholdSelection.ALL, outputs.households(), new ModelRun.Session() {
              @Override
              public void started(MingaModel model) {
                room.open(model);
              }

              @Override
              public void beforeStep(MingaModel model) {
                room.beforeStep(model);
              }

              @Override
              public void afterStep(MingaModel model) {
                room.afterStep(model);
              }
            });
      }
      RunInfo info = new RunInfo(MingaVersion.current(), s.name(), scenario.file.toString(),
          s.seed(), result.steps(), RunCommand.producers(inputs), result.wallTimeSeconds());
      outputs.complete(info, ScenarioSource.resolvedYaml(inputs));
      List<String> files = new ArrayList<>(outputs.fileNames());
      files.addAll(List.of(SESSION_FILE, DecisionsCsv.FILE_NAME));
      spec.commandLine().getOut().println(RunSummary.format(info, outputs.stats(), files,
          directory));
      spec.commandLine().getOut().printf("Session '%s': %d players decided %d months; %d "
          + "decisions, %d timed out.%n", setup.name(), seats(), played,
          session.decisions(), session.timedOut());
    } catch (IOException e) {
      throw new CliFailure(ExitCodes.FAILURE, "cannot write outputs in " + directory + ": "
          + IoMessages.describe(e), e);
    }
    return ExitCodes.OK;
  }

  /**
   * The session in the workshop window: its first run is the session's; the files are written
   * when the run reaches its horizon (or the window closes: the model's rules run the remaining
   * months first); returns when the window has closed.
   */
  private int bigScreen(ModelInputs inputs, Path directory, String sessionYaml,
      LiveSession.Setup setup, LiveSession.Table table, Room.Place place) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RunOutputs outputs;
    LiveSession session;
    try {
      outputs = RunOutputs.open(directory, true);
      Writer yaml = outputs.newFile(SESSION_FILE);
      yaml.write(sessionYaml);
      session = new LiveSession(setup, new DecisionsCsv(outputs.newFile(
          DecisionsCsv.FILE_NAME)));
    } catch (IOException e) {
      throw new CliFailure(ExitCodes.FAILURE, "cannot write outputs in " + directory + ": "
          + IoMessages.describe(e), e);
    }
    AtomicBoolean written = new AtomicBoolean();
    Participation play = new Participation(session, table, place, new Participation.Outputs() {
      @Override
      public void started(MingaModel m, MetricsRecorder recorder) {
        outputs.observers().forEach(recorder::addObserver);
        recorder.addHouseholdObserver(HouseholdSelection.ALL, outputs.households());
      }

      @Override
      public void finished(MingaModel m, MetricsRecorder recorder, double seconds) {
        try (outputs) {
          RunInfo info = new RunInfo(MingaVersion.current(), inputs.scenario().name(),
              scenario.file.toString(), inputs.scenario().seed(), m.completedSteps(),
              RunCommand.producers(inputs), seconds);
          outputs.complete(info, ScenarioSource.resolvedYaml(inputs));
          List<String> files = new ArrayList<>(outputs.fileNames());
          files.addAll(List.of(SESSION_FILE, DecisionsCsv.FILE_NAME));
          out.println(RunSummary.format(info, outputs.stats(), files, directory));
          out.printf("Session '%s': %d players decided %d months; %d decisions, %d timed "
              + "out.%n", setup.name(), seats(), setup.months(), session.decisions(),
              session.timedOut());
          written.set(true);
        } catch (IOException | RuntimeException e) {
          err.println("minga play: cannot write outputs in " + directory + ": "
              + (e instanceof IOException io ? IoMessages.describe(io) : e.toString()));
        }
        out.flush();
        err.flush();
      }
    });
    try {
      play.serve();
    } catch (SessionServer.Unavailable e) {
      outputs.close();
      throw new CliFailure(ExitCodes.FAILURE, e.getMessage(), e);
    }
    SwingUtilities.invokeAndWait(() -> {
      MingaGui gui = new MingaGui(scenario.file, scenario.overrides, inputs);
      gui.playSession(play);
      gui.createController();
    });
    play.awaitClosed();
    return written.get() ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  private void checkOptions(ModelInputs inputs, int played, int horizon) {
    if (played < 1 || played > horizon) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--months': "
          + played + "; the scenario runs 1 to " + horizon + " months");
    }
    if (bots < 0 || players < 0 || bots + players > RunCommand.producers(inputs)) {
      throw new ParameterException(spec.commandLine(), "Invalid value for options '--bots' "
          + "and '--players': " + (bots + players) + " households; the scenario has "
          + RunCommand.producers(inputs) + " households");
    }
    if (headless && (players > 0 || board)) {
      throw new ParameterException(spec.commandLine(), "--headless plays bots only: drop "
          + "--players and --board, or --headless");
    }
    if (seats() == 0) {
      throw new ParameterException(spec.commandLine(), "A session needs players: give "
          + "--players N, --board, --bots N and/or --board-bot");
    }
    if (board && boardBot) {
      throw new ParameterException(spec.commandLine(), "The board has one player: give "
          + "--board or --board-bot, not both");
    }
    if ((board || boardBot) && inputs.scenario().cooperatives().count() == 0) {
      throw new ParameterException(spec.commandLine(), (board ? "--board" : "--board-bot")
          + " needs a cooperative, and the scenario starts with none");
    }
    if (port != null && (port < 0 || port > 65535)) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--port': "
          + port + "; give 0 to 65535");
    }
    if (countdown < 1) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option "
          + "'--countdown': " + countdown + "; give at least 1 second");
    }
  }

  private int seats() {
    return players + bots + (board || boardBot ? 1 : 0);
  }

  /** The interface to listen on: --bind, else loopback headless, else the local network's. */
  private InetAddress address() {
    if (bind == null) {
      return headless ? InetAddress.getLoopbackAddress() : SessionServer.defaultAddress();
    }
    try {
      return InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--bind': "
          + bind + " is not an address of this machine");
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
