package org.minga.gui;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.minga.chart.StepRow;
import org.minga.metrics.Metrics;
import org.minga.metrics.MetricsRecorder;
import org.minga.model.Channel;
import org.minga.model.Decision;
import org.minga.model.HouseholdPanel;
import org.minga.model.MingaModel;
import org.minga.model.Participants;
import org.minga.output.DecisionRow;
import org.minga.play.Screen;
import org.minga.play.Seating;
import org.minga.play.web.LiveSession;
import org.minga.play.web.Room;
import org.minga.play.web.Seat;

/**
 * The window's side of a participatory session ({@code minga play} with a window): seats the room
 * when the run starts, opens each month's decisions before the month runs and waits for them on the
 * play thread (pausing leaves the month's decisions open), records what the big screen and the
 * debrief show, and runs the same scenario and seed with the model's rules in place of the players
 * in the background: the faded line.
 *
 * <p>Only the window's first run is the session's (the session's files replay it); the
 * facilitator's shocks and levers are off, so that {@code minga run session.yaml --decisions
 * decisions.csv} gives the same run.
 */
public final class Participation {
  /** The legend of the faded lines in a session. */
  static final String FADED = "faded: the model's rules in place of the players";

  /** What the command adds around the run: its files. */
  public interface Outputs {
    /** The run has started, before its first month: attach the files' observers. */
    void started(MingaModel m, MetricsRecorder recorder);

    /**
     * The run has reached its horizon and the recorder has finished: write the files (the window
     * stays open for the debrief). Event dispatch thread.
     */
    void finished(MingaModel m, MetricsRecorder recorder, double wallTimeSeconds);
  }

  /** What a month the players decided came to, for the big screen. */
  record MonthOutcome(
      int step,
      double worldPrice,
      double toCooperative,
      double toTraders,
      double elsewhere,
      List<DecisionRow> decisions) {}

  private final LiveSession session;
  private final Room room;
  private final Outputs outputs;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final SessionHistory live;
  private final SessionHistory rules;
  private final int worldPrice = Metrics.index("world_price");
  private final int medianIncome = Metrics.index("income_median");

  /** Every decision recorded so far (guarded by this). */
  private final List<DecisionRow> decisions = new ArrayList<>();

  /** The households compared with each seat's, by seat name (guarded by this). */
  private final Map<String, int[]> comparables = new LinkedHashMap<>();

  private volatile boolean skipQuietMonths = true;
  private volatile boolean pauseAfterDecisions;
  private volatile boolean begun;

  /** Whether the facilitator has started the months (Play). */
  private volatile boolean running;

  private volatile boolean done;

  /** Household flags for the map's rings. */
  private volatile boolean[] played = new boolean[0];

  /** The cooperative whose reserve and members the debrief follows. */
  private volatile int cooperative = -1;

  private volatile MonthOutcome lastOutcome;
  private MetricsRecorder recorder;
  private long startNanos;

  /** The last month whose decisions were closed (play thread). */
  private int decidedStep = -1;

  /** Each household's sales by channel this calendar year as of the last month. */
  private double[][] panelBefore = new double[0][];

  /**
   * @param session the session (its seats, code and decisions file)
   * @param table who plays
   * @param place where the server listens (its console is not used)
   */
  public Participation(
      LiveSession session, LiveSession.Table table, Room.Place place, Outputs outputs) {
    this.session = session;
    this.room = new Room(session, table, new Room.Place(place.bind(), place.port(), null));
    this.outputs = outputs;
    this.live = new SessionHistory(session.setup().months());
    this.rules = new SessionHistory(session.setup().months());
  }

  /**
   * Starts the session's server before the window opens.
   *
   * @throws org.minga.play.web.SessionServer.Unavailable when it cannot listen there
   */
  public void serve() {
    room.serve();
  }

  /** Blocks until the window has closed (and the session's files are written). */
  public void awaitClosed() throws InterruptedException {
    closed.await();
  }

  LiveSession session() {
    return session;
  }

  /** The address players open, or null before the run has started. */
  String joinUrl() {
    return room.server() == null ? null : room.server().joinUrl();
  }

  boolean begun() {
    return begun;
  }

  /** Whether the facilitator has started the months. */
  boolean running() {
    return running;
  }

  /** Whether the session's months have all run and its files are written. */
  boolean done() {
    return done;
  }

  // ---- the run (MingaGui) -----------------------------------------------------------------

  /**
   * The session's run has started (event dispatch thread): the files' observers attached, the room
   * seated and its server started, the bots sent in, and the run with the model's rules in place of
   * the players started in the background; {@code rulesDone} gets its rows on the event dispatch
   * thread.
   */
  void started(
      MingaModel m,
      MetricsRecorder r,
      Supplier<MingaModel> fresh,
      Consumer<List<StepRow>> rulesDone) {
    begun = true;
    recorder = r;
    startNanos = System.nanoTime();
    m.recordHouseholdPanel();
    outputs.started(m, r);
    room.seat(m);
    live.start(m);
    panelBefore = new double[m.producerCount()][Channel.COUNT];
    int board = -1;
    for (Seat s : session.seats()) {
      if (s.role() == Decision.Role.BOARD) {
        board = s.agent();
      }
    }
    cooperative = board >= 0 ? board : Seating.board(m);
    refreshSeats();
    Thread t = new Thread(() -> runRules(fresh.get(), rulesDone), "minga-rules-run");
    t.setDaemon(true);
    t.setPriority(Thread.MIN_PRIORITY); // the live run comes first
    t.start();
  }

  /**
   * The same scenario and seed with nobody playing ({@link Participants#NOBODY}): the run the
   * players' choices are compared with.
   */
  private void runRules(MingaModel m, Consumer<List<StepRow>> done) {
    m.start();
    rules.start(m);
    List<StepRow> rows = new ArrayList<>(m.totalSteps());
    MetricsRecorder.attach(m)
        .addObserver((step, values, tracked) -> rows.add(StepRow.copyOf(step, values, tracked)));
    while (m.stepOnce()) {
      if (closed.getCount() == 0) {
        return;
      }
      rules.record(m, rows.get(rows.size() - 1).value(medianIncome));
    }
    List<StepRow> rulesRows = List.copyOf(rows);
    SwingUtilities.invokeLater(() -> done.accept(rulesRows));
  }

  /**
   * Before the model's next month: the session starts (Play starts it), the month's decisions open
   * if it asks any, and the play thread waits for them; on the event dispatch thread ({@code
   * mayWait} false) it does not wait.
   *
   * @return whether the month may run (false: the thread was interrupted, a pause, and the
   *     decisions stay open; or, not waiting, they are not in yet)
   */
  boolean readyForMonth(MingaModel m, boolean mayWait) {
    running = true;
    if (!session.status().started()) {
      session.start();
    }
    boolean open;
    synchronized (m.schedule) {
      open = session.openWindow(m);
    }
    if (!open) {
      return true;
    }
    try {
      if (mayWait) {
        while (!session.awaitWindow(250)) {
          // keep waiting: an interruption (pause) ends it
        }
      } else if (!session.awaitWindow(0)) {
        return false;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    session.closeWindow();
    decidedStep = m.completedSteps();
    return true;
  }

  /** After a month has run (under the schedule lock): its record, its outcome. */
  void afterMonth(MingaModel m) {
    session.afterStep(m);
    double[] values = recorder.latest();
    live.record(m, values[medianIncome]);
    int step = m.completedSteps() - 1;
    double[] units = monthSales(m, step);
    if (step == decidedStep) {
      // The month's rows (none when nobody held a seat it asked: then the last ones are older).
      List<DecisionRow> rows =
          session.lastDecided().stream().filter(r -> r.step() == step).toList();
      synchronized (this) {
        decisions.addAll(rows);
      }
      lastOutcome = new MonthOutcome(step, values[worldPrice], units[0], units[1], units[2], rows);
    }
    if (m.completedSteps() >= session.setup().months()) {
      session.finish(); // the phones say the players' months are over
    }
  }

  /**
   * What the seated households sold this month through the cooperative, to traders and elsewhere
   * (the calendar year's sums, less last month's; the sums restart each January).
   */
  private double[] monthSales(MingaModel m, int step) {
    HouseholdPanel panel = m.householdPanel();
    double[] units = new double[3];
    if (panel == null) {
      return units;
    }
    boolean[] seated = played;
    for (int id = 0; id < panelBefore.length; id++) {
      for (Channel c : Channel.ALL) {
        double now = panel.volume(id, c);
        double month = MingaModel.monthOf(step) == 1 ? now : now - panelBefore[id][c.ordinal()];
        panelBefore[id][c.ordinal()] = now;
        if (id < seated.length && seated[id]) {
          units[c == Channel.COOPERATIVE ? 0 : c == Channel.INTERMEDIARY ? 1 : 2] += month;
        }
      }
    }
    return units;
  }

  /** Whether the month just run was one the players decided. */
  boolean decidedLastMonth(MingaModel m) {
    return decidedStep == m.completedSteps() - 1;
  }

  /**
   * Whether the next month may follow at once: quick months are on, it is one of the players'
   * months, and it asks nothing of any seat. Reads the model between steps.
   */
  boolean quietNext(MingaModel m) {
    int next = m.completedSteps();
    if (!skipQuietMonths || next >= session.setup().months() || next >= m.totalSteps()) {
      return false;
    }
    for (Seat s : session.seats()) {
      if (!Screen.of(m, s.role(), s.agent()).asked().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The run has reached its horizon (event dispatch thread, the model finished): the recorder
   * finishes, the files are written, the phones told and the server stopped.
   */
  void finished(MingaModel m) {
    recorder.finish();
    outputs.finished(m, recorder, (System.nanoTime() - startNanos) / 1e9);
    room.close();
    done = true;
  }

  /** The window has closed. */
  void closed() {
    if (begun && !done) {
      room.close();
    }
    closed.countDown();
  }

  // ---- the facilitator (event dispatch thread) -----------------------------------------------

  void skipQuietMonths(boolean on) {
    skipQuietMonths = on;
  }

  boolean skipQuietMonths() {
    return skipQuietMonths;
  }

  void pauseAfterDecisions(boolean on) {
    pauseAfterDecisions = on;
  }

  boolean pauseAfterDecisions() {
    return pauseAfterDecisions;
  }

  /** Frees seat {@code name}: the model's rules decide for it until someone joins it again. */
  void free(String name) {
    session.free(name);
  }

  /**
   * Gives seat {@code name} household {@code household} from the next month.
   *
   * @throws IllegalArgumentException with a message for the facilitator
   */
  void reseat(MingaModel m, String name, int household) {
    synchronized (m.schedule) { // between months
      session.reseat(m, name, household);
    }
    refreshSeats();
  }

  /** The map's flags and each seat's comparable households, after the seats changed. */
  private void refreshSeats() {
    BitSet seated = new BitSet();
    List<Seat> seats = session.seats();
    for (Seat s : seats) {
      if (s.role() == Decision.Role.HOUSEHOLD) {
        seated.set(s.agent());
      }
    }
    boolean[] flags = new boolean[live.households()];
    for (int id = seated.nextSetBit(0); id >= 0; id = seated.nextSetBit(id + 1)) {
      flags[id] = true;
    }
    Map<String, int[]> near = new LinkedHashMap<>();
    for (Seat s : seats) {
      if (s.role() == Decision.Role.HOUSEHOLD) {
        near.put(s.name(), live.comparables(s.agent(), seated));
      }
    }
    synchronized (this) {
      comparables.clear();
      comparables.putAll(near);
    }
    played = flags;
  }

  // ---- what the big screen and the debrief read (any thread) -------------------------------

  /** Whether household {@code id} is played (the map's ring). */
  boolean plays(int id) {
    boolean[] p = played;
    return id < p.length && p[id];
  }

  /** The seated households, in seat order. */
  int[] households() {
    return session.seats().stream()
        .filter(s -> s.role() == Decision.Role.HOUSEHOLD)
        .mapToInt(Seat::agent)
        .toArray();
  }

  /** The households compared with seat {@code name}'s (empty for the board). */
  synchronized int[] comparables(String name) {
    return comparables.getOrDefault(name, new int[0]).clone();
  }

  /** Every seat's comparable households together. */
  synchronized int[] allComparables() {
    return comparables.values().stream()
        .flatMapToInt(java.util.Arrays::stream)
        .distinct()
        .toArray();
  }

  /** Every decision recorded so far, in order. */
  synchronized List<DecisionRow> decisions() {
    return List.copyOf(decisions);
  }

  MonthOutcome lastOutcome() {
    return lastOutcome;
  }

  SessionHistory live() {
    return live;
  }

  SessionHistory rules() {
    return rules;
  }

  /** The cooperative the debrief follows: the board's, else the largest at the start. */
  int cooperative() {
    return cooperative;
  }
}
