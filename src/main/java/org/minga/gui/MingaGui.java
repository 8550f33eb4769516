package org.minga.gui;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JFrame;
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
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.Inspector;
import sim.portrayal.continuous.ContinuousPortrayal2D;

/**
 * The workshop window: MASON's Console (play, pause, step, speed), the territory map, the five
 * live charts and the facilitator panel. Each start builds a fresh {@link MingaModel} from the
 * current scenario and seed, so a reset never carries state over from the previous run.
 *
 * <p>Threads: the model runs on the Console's thread and never touches Swing; each step's
 * metrics reach the charts through {@link ChartFeed}. Interventions from the window (shocks,
 * levers) change the model only while holding the schedule lock, as MASON's inspectors do.
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
  private Display2D display;
  private JFrame displayFrame;
  private ChartsWindow chartsWindow;
  private FacilitatorPanel facilitator;
  private ChartFeed feed;
  private Territory territory;
  /** Pause between months while playing: about two months a second by default. */
  static final long PLAY_SLEEP_MS = 500;
  /** The storyboard being played, or null. */
  private StoryboardPlayer storyboard;

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
        + "month.</p><ul>"
        + "<li><b>Play, pause, step</b> here; the speed slider is under <i>Console</i>.</li>"
        + "<li><b>Territory</b>: producers coloured by the channel they sell to, sized by "
        + "farm area; squares are cooperatives, triangles intermediaries, diamonds firms. "
        + "Double-click an agent to inspect it.</li>"
        + "<li><b>Charts</b>: cohesion, incomes, prices, channels, structure; numbered "
        + "dashed lines mark events, listed beside the charts.</li>"
        + "<li><b>Facilitator</b>: inject a price crash or boom, switch policy levers, reload "
        + "the scenario, reset with the same or a new seed, presentation mode.</li>"
        + "<li><b>Model</b> tab: the run at a glance and every policy lever, live.</li>"
        + "</ul><p>Guide: docs/workshop.md</p></body></html>";
  }

  /** The model of the current run. */
  public MingaModel model() {
    return (MingaModel) state;
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
    displayFrame = display.createFrame();
    displayFrame.setTitle("Territory");
    c.registerFrame(displayFrame);
    displayFrame.setVisible(true);

    chartsWindow = new ChartsWindow(newCharts());
    chartsWindow.frame().setSize(1200, 1000);
    c.registerFrame(chartsWindow.frame());
    chartsWindow.frame().setVisible(true);

    facilitator = new FacilitatorPanel(this);
    c.registerFrame(facilitator.frame());
    facilitator.frame().setVisible(true);
    if (c instanceof Console console) {
      // Same seed again after stop unless the facilitator asks for a new one.
      console.setIncrementSeedOnStop(false);
      // About two months a second, so a room can follow; the Console's speed slider changes it.
      console.setPlaySleep(PLAY_SLEEP_MS);
    }
  }

  @Override
  public void start() {
    if (feed != null) {
      feed.close();
    }
    // The Console re-seeds the old model just before this; a value the user typed into its
    // Random Seed field wins, otherwise the scenario's (or the facilitator panel's) seed.
    if ((int) state.seed() != (int) consoleSeed) { // MASON keeps 32 bits of a seed
      seed = state.seed();
      consoleSeed = seed;
    }
    // A fresh model per run: the previous run's prices, shocks and books stay behind.
    MingaModel m = new MingaModel(inputs);
    if (seed != inputs.scenario().seed()) {
      m.setSeed(seed); // otherwise keep the constructor's seeding: the same run as headless
    }
    state = m;
    super.start(); // calls m.start()
    if (storyboard != null) {
      storyboard.rewind();
    }
    MetricsRecorder recorder = MetricsRecorder.attach(m);
    MingaCharts charts = newCharts();
    ChartsWindow window = chartsWindow;
    ChartFeed newFeed = new ChartFeed(batch -> window.append(batch));
    recorder.addObserver(newFeed);
    feed = newFeed;
    territory = new Territory(m);
    // Cooperatives form and intermediaries arrive during the run: add them to the map.
    scheduleRepeatingImmediatelyAfter(s -> territory.sync());
    setupPortrayals(m);
    onEdt(() -> {
      if (window != null) {
        window.show(charts);
      }
      if (facilitator != null) {
        facilitator.refresh();
      }
    });
  }

  @Override
  public boolean step() {
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
    if (feed != null) {
      feed.close();
    }
    for (JFrame f : new JFrame[] {displayFrame, chartsWindow == null ? null
        : chartsWindow.frame(), facilitator == null ? null : facilitator.frame()}) {
      if (f != null) {
        f.dispose();
      }
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
    ContinuousPortrayal2D producers = MapPortrayals.producers(territory, m, mapOptions);
    ContinuousPortrayal2D buyers = MapPortrayals.buyers(territory, m);
    display.detatchAll(); // (sic: MASON spells it so)
    display.attach(producers, "Producers (colour: channel, size: area)");
    display.attach(buyers, "Cooperatives, intermediaries, firms");
    display.reset();
    display.repaint();
  }

  private MingaCharts newCharts() {
    return MingaCharts.forScenario(presentation ? ChartStyle.PRESENTATION : ChartStyle.STANDARD,
        inputs.scenario());
  }

  // ---- facilitator actions (event dispatch thread) --------------------------------------

  ChartsWindow chartsWindow() {
    return chartsWindow;
  }

  JFrame displayFrame() {
    return displayFrame;
  }

  Display2D display() {
    return display;
  }

  JFrame facilitatorFrame() {
    return facilitator.frame();
  }

  FacilitatorPanel facilitator() {
    return facilitator;
  }

  /**
   * Writes the run so far as a session scenario ({@link org.minga.output.SessionFile}): the
   * scenario this window opened, its overrides, and every shock and lever switch made here.
   */
  void saveSession(Path file) throws java.io.IOException {
    org.minga.model.MingaModel m = model();
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

  boolean isStarted() {
    return controller instanceof Console c ? c.getPlayState() != Console.PS_STOPPED
        : model().completedSteps() > 0;
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
   * Injects a world-price shock from the next step, or from the start of the next harvest, and
   * marks it on the charts.
   *
   * @return the step it starts at
   */
  public int injectPriceShock(double multiplier, int months, boolean atNextHarvest) {
    int from;
    synchronized (state.schedule) {
      from = atNextHarvest ? model().nextHarvestStart() : model().completedSteps();
      model().injectPriceShockAt(from, months, multiplier);
    }
    String label = ScenarioEvents.priceShock(multiplier, months) + " (injected)";
    onEdt(() -> chartsWindow.mark(new ChartEvent(from, label)));
    return from;
  }

  /** Switches a policy lever from the next step and marks the switch on the charts. */
  public void setLever(Policies.Lever lever, Policies.Override o) {
    int from;
    synchronized (state.schedule) {
      from = model().completedSteps();
      model().switchLever(lever, o);
    }
    String name = lever.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    String label = switch (o) {
      case ON -> name + " on (switched)";
      case OFF -> name + " off (switched)";
      case SCENARIO -> name + " back to scenario timing";
    };
    onEdt(() -> chartsWindow.mark(new ChartEvent(from, label)));
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
    chartsWindow.presentation(on);
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

  /** Stops the run and starts a fresh one, paused at step 0 (Console's own buttons). */
  void restartPaused() {
    if (controller instanceof Console c) {
      c.pressStop();
      c.pressPause(); // from stopped: starts the run, paused
    }
  }

  static void onEdt(Runnable r) {
    if (SwingUtilities.isEventDispatchThread()) {
      r.run();
    } else {
      SwingUtilities.invokeLater(r);
    }
  }
}
