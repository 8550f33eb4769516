package org.minga.gui;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import javax.swing.SwingUtilities;
import org.minga.chart.ChartEvent;
import org.minga.chart.ChartStyle;
import org.minga.chart.MingaCharts;
import org.minga.chart.ScenarioEvents;
import org.minga.metrics.MetricsRecorder;
import org.minga.model.MingaModel;
import org.minga.model.Policies;
import org.minga.scenario.ModelInputs;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.Inspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;

/**
 * The workshop simulation behind the window: builds a fresh {@link MingaModel} from the current
 * scenario and seed at every start (a reset never carries state over from the previous run),
 * takes the facilitator's shocks and lever switches, and plays a storyboard. The single window
 * it opens is {@link WorkshopWindow}; MASON's Console stays its controller, hidden.
 *
 * <p>Threads: the model runs on the Console's play thread and never touches Swing; each month's
 * metrics reach the window through {@link ChartFeed}. Interventions change the model only while
 * holding the schedule lock, as MASON's inspectors do.
 */
public final class MingaGui extends GUIState {
  private Path scenarioFile;
  private List<String> overrides;
  private ModelInputs inputs;
  private long seed;
  /** The seed the Console last set (its "Random Seed" field), to notice when the user edits it. */
  private long consoleSeed;
  private boolean presentation;

  private final MapPortrayals.MapOptions mapOptions = new MapPortrayals.MapOptions();
  private MapDisplay display;
  private MapOverlay overlay;
  private WorkshopWindow window;
  private ChartFeed feed;
  private Territory territory;
  /** The map's layer of producers. */
  private ContinuousPortrayal2D producers;
  private final Counterfactual counterfactual = new Counterfactual();
  /** The storyboard being played, or null. */
  private StoryboardPlayer storyboard;
  /** The participatory session this window shows ({@code minga play}), or null. */
  private Participation play;
  /** Whether the current run is the session's (its first). */
  private boolean playing;
  private MetricsRecorder recorder;

  /**
   * @param scenarioFile the scenario it was loaded from (reloaded on request)
   * @param overrides the {@code --set} overrides applied on every reload
   * @param inputs the loaded scenario
   */
  public MingaGui(Path scenarioFile, List<String> overrides, ModelInputs inputs) {
    super(new MingaModel(inputs));
    this.scenarioFile = scenarioFile;
    this.overrides = List.copyOf(overrides);
    this.inputs = inputs;
    this.seed = inputs.scenario().seed();
    this.consoleSeed = state.seed();
  }

  /** The Console's title. */
  public static String getName() {
    return "Minga workshop";
  }

  /** The Console's About tab. */
  public static Object getInfo() {
    return "<html><body style='font-family:sans-serif'><h2>Minga workshop</h2>"
        + "<p>Producer households, intermediaries, cooperatives and tractor firms, month by "
        + "month. This Console is for power users: the workshop window has the controls.</p>"
        + "<p><b>Model</b> tab: the run at a glance and every policy lever, live.</p>"
        + "<p>Guide: docs/workshop.md</p></body></html>";
  }

  /** The model of the current run. */
  public MingaModel model() {
    return (MingaModel) state;
  }

  /** The window's controller: MASON's Console, out of sight until asked for (Tools menu). */
  @Override
  public Controller createController() {
    Console c = new WorkshopConsole(this);
    c.pressPause(); // the run starts paused at month 0: the map shows the territory at once
    return c;
  }

  @Override
  public void init(Controller c) {
    super.init(c);
    MingaModel m = model();
    double w = m.scenario().territory().widthKm();
    double h = m.scenario().territory().heightKm();
    // The model is built at start: count producers from the inputs.
    int producers = inputs.producerTable() != null ? inputs.producerTable().size()
        : inputs.scenario().producers().count();
    display = new MapDisplay(700, 700 * h / w, this, producers);
    display.setBackdrop(Color.WHITE);
    display.setClipping(false);
    overlay = new MapOverlay(() -> window.clockText());
    Console console = (Console) c;
    // Same seed again after a reset unless the facilitator asks for a new one.
    console.setIncrementSeedOnStop(false);
    window = new WorkshopWindow(this, console, display, overlay, newCharts());
    if (play != null) {
      window.participatory(play);
      mapOptions.played = play::plays;
    }
    c.registerFrame(window.frame());
    window.show();
  }

  @Override
  public void start() {
    if (feed != null) {
      feed.close();
    }
    counterfactual.cancel();
    // The Console re-seeds the old model just before this; a value the user typed into its
    // Random Seed field wins, otherwise the scenario's (or the Reset with seed dialog's) seed.
    if ((int) state.seed() != (int) consoleSeed) { // MASON keeps 32 bits of a seed
      seed = state.seed();
      consoleSeed = seed;
    }
    state = freshModel(inputs, seed);
    MingaModel m = model();
    super.start(); // calls m.start()
    if (storyboard != null) {
      storyboard.rewind();
    }
    recorder = MetricsRecorder.attach(m);
    MingaCharts charts = newCharts();
    WorkshopWindow w = window;
    ChartFeed newFeed = new ChartFeed(batch -> w.onRows(batch));
    recorder.addObserver(newFeed);
    feed = newFeed;
    territory = new Territory(m);
    // Cooperatives form and intermediaries arrive during the run: add them to the map.
    scheduleRepeatingImmediatelyAfter(s -> territory.sync());
    setupPortrayals(m);
    onEdt(() -> {
      if (w != null) {
        w.newRun(charts);
      }
    });
    playing = play != null && !play.begun();
    if (play != null && !playing) {
      System.err.println("minga play: the session's run is over; this run is the scenario "
          + "alone, without the players");
    }
    if (playing) {
      ModelInputs runInputs = inputs;
      long runSeed = seed;
      play.started(m, recorder, () -> freshModel(runInputs, runSeed), rows -> {
        if (model() == m) {
          window.charts().showCounterfactual(rows, 0, "the players' choices",
              Participation.FADED);
        }
      });
    }
  }

  /** A model of {@code inputs} and {@code seed}, not started: a live run or a counterfactual. */
  private static MingaModel freshModel(ModelInputs inputs, long seed) {
    MingaModel m = new MingaModel(inputs);
    if (seed != inputs.scenario().seed()) {
      m.setSeed(seed); // otherwise keep the constructor's seeding: the same run as headless
    }
    return m;
  }

  @Override
  public boolean step() {
    if (playing) {
      return playStep();
    }
    // The Console steps the schedule directly; the model's calendar must follow.
    synchronized (state.schedule) {
      if (!model().beginScheduledStep()) {
        return false;
      }
      if (storyboard != null) {
        storyboard.before(model().completedSteps()); // this month's cues, before it runs
      }
    }
    return super.step();
  }

  /**
   * A month of the session: its decisions first (the play thread waits for them; a pause
   * leaves them open), then the month; with quick months on, the months that ask nothing follow
   * at once; with "pause after decisions", a month the players decided ends the play.
   */
  private boolean playStep() {
    boolean playThread = !SwingUtilities.isEventDispatchThread();
    Console console = (Console) controller;
    do {
      if (!play.readyForMonth(model(), playThread)) {
        return true; // waiting for the room
      }
      synchronized (state.schedule) {
        if (!model().beginScheduledStep()) {
          return false;
        }
        if (!super.step()) {
          return false;
        }
        play.afterMonth(model());
      }
      if (play.pauseAfterDecisions() && play.decidedLastMonth(model())) {
        console.setWhenShouldPause(state.schedule.getSteps());
        return true;
      }
    } while (playThread && !Thread.currentThread().isInterrupted()
        && console.getWhenShouldPause() == Long.MAX_VALUE && play.quietNext(model()));
    return true;
  }

  /**
   * Makes this window the big screen of a participatory session: its first run is the
   * session's. Call before {@link #createController}.
   */
  public void playSession(Participation p) {
    play = p;
  }

  Participation participation() {
    return play;
  }

  /**
   * The end of a run (the horizon, or the window closing). A session closed early runs its
   * remaining months first, the model's rules deciding (as for time-outs), so that its files
   * are whole and replay; then they are written.
   */
  @Override
  public void finish() {
    boolean session = playing;
    if (session) {
      synchronized (state.schedule) {
        while (model().beginScheduledStep() && super.step()) {
          play.afterMonth(model());
        }
      }
    }
    super.finish();
    if (session) {
      playing = false;
      play.finished(model());
    }
  }

  /** Plays {@code s} from the start of every run (see {@link StoryboardPlayer}). */
  public void playStoryboard(org.minga.scenario.Storyboard s) {
    storyboard = new StoryboardPlayer(this, s);
  }

  @Override
  public void load(SimState s) {
    throw new UnsupportedOperationException("Minga runs are not checkpointed; reset instead");
  }

  @Override
  public void quit() {
    super.quit();
    if (play != null) {
      play.closed();
    }
    if (feed != null) {
      feed.close();
    }
    counterfactual.shutdown();
    if (window != null) {
      window.dispose();
    }
  }

  @Override
  public Object getSimulationInspectedObject() {
    return new LiveControls(this);
  }

  /** The Model tab refreshes every step: month, world price and levers change as it runs. */
  @Override
  public Inspector getInspector() {
    Inspector i = super.getInspector();
    i.setVolatile(true);
    return i;
  }

  private void setupPortrayals(MingaModel m) {
    if (display == null) {
      return;
    }
    producers = MapPortrayals.producers(territory, m, mapOptions);
    ContinuousPortrayal2D buyers = MapPortrayals.buyers(territory, m);
    display.detatchAll(); // (sic: MASON spells it so)
    display.attach(producers, "Producers (colour: channel, size: area)");
    display.attach(buyers, "Cooperatives, intermediaries, firms");
    display.attach(overlay, "Legend and clock");
    display.reset();
    display.repaint();
  }

  private MingaCharts newCharts() {
    return MingaCharts.forScenario(presentation ? ChartStyle.PRESENTATION : ChartStyle.STANDARD,
        inputs.scenario());
  }

  // ---- what the window and the storyboard do (event dispatch thread unless said) ----------

  WorkshopWindow window() {
    return window;
  }

  MapDisplay display() {
    return display;
  }

  ContinuousPortrayal2D producersLayer() {
    return producers;
  }

  MapPortrayals.MapOptions mapOptions() {
    return mapOptions;
  }

  /**
   * Writes the run so far as a session scenario ({@link org.minga.output.SessionFile}): the
   * scenario this window opened, its overrides, and every shock and lever switch made here.
   */
  void saveSession(Path file) throws java.io.IOException {
    MingaModel m = model();
    org.minga.output.SessionFile.write(scenarioFile, file, overrides, m.scenario(),
        m.interventions());
  }

  Path scenarioFile() {
    return scenarioFile;
  }

  List<String> overrides() {
    return overrides;
  }

  long seed() {
    return seed;
  }

  /**
   * Injects a world-price shock from the next step and marks it on the charts.
   *
   * @return the step it starts at
   */
  public int injectPriceShock(double multiplier, int months) {
    return injectPriceShock(multiplier, months, false);
  }

  /**
   * Injects a world-price shock from the next month, or from the start of the next harvest;
   * marks it on the charts at once (pending until the run gets there) and starts computing the
   * run without it. Any thread.
   *
   * @return the step it starts at
   */
  public int injectPriceShock(double multiplier, int months, boolean atNextHarvest) {
    int from;
    synchronized (state.schedule) {
      from = atNextHarvest ? model().nextHarvestStart() : model().completedSteps();
      model().injectPriceShockAt(from, months, multiplier);
    }
    changed(new ChartEvent(from, ScenarioEvents.priceShock(multiplier, months) + " (injected)"));
    return from;
  }

  /** Switches a policy lever from the next month, as {@link #injectPriceShock} does. */
  public void setLever(Policies.Lever lever, Policies.Override o) {
    int from;
    synchronized (state.schedule) {
      from = model().completedSteps();
      model().switchLever(lever, o);
    }
    String name = ScenarioEvents.leverName(lever.ordinal());
    String label = switch (o) {
      case ON -> name + " on (switched)";
      case OFF -> name + " off (switched)";
      case SCENARIO -> name + " back to scenario timing";
    };
    changed(new ChartEvent(from, label));
  }

  /** Marks a change on the charts and draws the run without it once computed. */
  private void changed(ChartEvent e) {
    MingaModel live = model();
    List<org.minga.model.Intervention> made = live.interventions();
    String without = (e.label().endsWith("(injected)") ? "the shock of month " : "the switch of "
        + "month ") + e.step();
    onEdt(() -> window.changed(e));
    ModelInputs runInputs = inputs;
    long runSeed = seed;
    counterfactual.request(() -> freshModel(runInputs, runSeed), made, rows -> {
      if (model() == live) { // still the same run
        window.charts().showCounterfactual(rows, e.step(), without);
      }
    });
  }

  /** Uses {@code newInputs} (a reloaded or newly opened scenario) from the next start. */
  void useScenario(Path file, ModelInputs newInputs) {
    this.scenarioFile = file;
    this.inputs = newInputs;
    this.seed = newInputs.scenario().seed();
  }

  /** The seed of the next start. */
  void useSeed(long newSeed) {
    this.seed = newSeed;
  }

  void setPresentation(boolean on) {
    presentation = on;
    window.presentation(on);
  }

  boolean presentation() {
    return presentation;
  }

  void showLinks(boolean on) {
    mapOptions.links = on;
    if (display != null) {
      display.repaint();
    }
  }

  /** Stops the run and starts a fresh one, paused at month 0. */
  void restartPaused() {
    window.run().reset();
  }

  static void onEdt(Runnable r) {
    if (SwingUtilities.isEventDispatchThread()) {
      r.run();
    } else {
      SwingUtilities.invokeLater(r);
    }
  }
}
