package org.minga.play.web;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.minga.model.Decision;
import org.minga.model.MingaModel;
import org.minga.model.random.RandomStreams;
import org.minga.output.DecisionRow;
import org.minga.output.DecisionsCsv;
import org.minga.play.Bot;
import org.minga.play.ScheduledChoices;
import org.minga.play.Screen;
import org.minga.play.Seating;

/**
 * A participatory session as the model and the players' phones share it. Before a month that
 * asks something of a seated player, the model's thread opens a decision window and waits until
 * every player present has answered or the countdown runs out; the choices go to the model as
 * plain data ({@link ScheduledChoices}), so a step never waits for a person, and after the month
 * every decision is written to decisions.csv with what the model's rule chose in its place. A
 * player who left, or did not answer in time, is recorded as timed out: the rule decided.
 *
 * <p>Players reach it through {@link SessionServer}; every method they call checks their token
 * and their input here. One lock guards everything: a room is a few dozen phones. A seat is held
 * by the phones that joined it: one for a household, any number for the board (a group around
 * several phones: the first answer counts, recorded with the phone that sent it).
 *
 * <p>The facilitator (the big screen) reads the status and each seat's state, frees a seat (its
 * household goes back to the model's rules until someone joins it again) and gives a seat
 * another household between months.
 *
 * <p>With simulated time (headless sessions of bots) a player's response time is the one it
 * reports, and an answer at or past the countdown counts as timed out: the session's record
 * then depends only on the bots' draws, not on the machine's speed.
 */
public final class LiveSession {
  /** How a session runs. */
  public record Setup(String name, int months, long countdownMs, boolean simulatedTime) {}

  /** Who plays: seats for people (households, and the board) and for bots. */
  public record Table(int people, boolean board, int bots, boolean boardBot) {}

  /** A player's token and seat after joining. */
  public record Joined(String token, Seat seat) {}

  /** What a player's last window came to. */
  public record Outcome(int step, boolean timedOut) {}

  /** The open window as a player sees it ({@code screen} null: nothing asked of it). */
  public record WindowView(int step, long remainingMs, long countdownMs, Screen screen,
      List<Control> controls, boolean answered) {}

  /** Everything a player's page shows. */
  public record PlayerView(long version, String player, String role, int agent, int step,
      int months, boolean started, boolean over, WindowView window, Outcome last) {}

  /** The facilitator's view: joined players and the month's progress. */
  public record Status(int step, int months, int seats, int joined, int present, int decided,
      int asked, long remainingMs, boolean started, boolean over) {}

  /**
   * A seat as the facilitator sees it: who holds it (the phones' player names), whether one of
   * them is here, and whether the open window asks it something and it has answered.
   */
  public record SeatState(Seat seat, List<String> players, boolean present, boolean asked,
      boolean answered) {
    /** Whether a player holds the seat (else the model's rules decide for it). */
    public boolean taken() {
      return !players.isEmpty();
    }
  }

  private final Setup setup;
  private final DecisionsCsv record;
  private final SecureRandom random = new SecureRandom();
  private final String code = JoinCode.fresh(random);
  private final ScheduledChoices choices = new ScheduledChoices();
  private final List<Seat> seats = new ArrayList<>();
  /** Each phone's seat, by token. */
  private final Map<String, Seat> tokens = new HashMap<>();
  /** Each phone's name in decisions.csv, by token. */
  private final Map<String, String> names = new HashMap<>();
  /** Phones that have not left. */
  private final Set<String> here = new HashSet<>();
  /** Phones that ever joined each seat (by the seat's name), for the next phone's name. */
  private final Map<String, Integer> joins = new HashMap<>();
  private final Map<Seat, Outcome> last = new HashMap<>();
  private final List<DecisionRow> month = new ArrayList<>();
  /** The rows of the last month with decisions, with the rule's choices. */
  private List<DecisionRow> lastMonth = List.of();
  private final List<CompletableFuture<Long>> waiters = new ArrayList<>();
  private MonthWindow window;
  private int step;
  private long version;
  private boolean started;
  private boolean over;
  private int decisions;
  private int timedOut;

  public LiveSession(Setup setup, DecisionsCsv record) {
    this.setup = setup;
    this.record = record;
  }

  /** The join code players type (or scan). */
  public String code() {
    return code;
  }

  public Setup setup() {
    return setup;
  }

  /**
   * Seats the table on the started model: the board first, then households spread over farm
   * sizes and cash positions ({@link Seating}), people's and bots' interleaved. Bot k plays
   * from the `bots` sub-stream k, the board bot from 0, as in every session of the same seed.
   *
   * @return the bots, in seat order
   * @throws IllegalArgumentException when there are fewer active households than seats, or a
   *     board but no cooperative
   */
  public synchronized List<Bot> seat(MingaModel m, Table table) {
    RandomStreams streams = new RandomStreams(m.scenario().seed());
    List<Bot> bots = new ArrayList<>();
    if (table.board() || table.boardBot()) {
      int board = Seating.board(m);
      if (board < 0) {
        throw new IllegalArgumentException("a board player, but the scenario has no cooperative");
      }
      if (table.boardBot()) {
        bots.add(Bot.board(board, streams));
      }
      seats.add(new Seat(table.boardBot() ? "board-bot" : "board", Decision.Role.BOARD, board,
          table.boardBot()));
    }
    int n = table.people() + table.bots();
    int[] households = Seating.households(m, n);
    int person = 0;
    int bot = 0;
    for (int k = 0; k < n; k++) {
      // Bresenham: the people's seats spread evenly among the bots'.
      if ((long) (k + 1) * table.people() / n > (long) k * table.people() / n) {
        seats.add(new Seat("player-" + ++person, Decision.Role.HOUSEHOLD, households[k], false));
      } else {
        bots.add(Bot.household(++bot, households[k], streams));
        seats.add(new Seat("bot-" + bot, Decision.Role.HOUSEHOLD, households[k], true));
      }
    }
    for (Seat s : seats) {
      choices.seat(s.role(), s.agent());
    }
    m.setParticipants(choices);
    return bots;
  }

  // ---- the players' side (server threads) ------------------------------------------------

  /**
   * A player joins: with a known token, it gets its seat back; else with the right code it gets
   * the seat it asks for (a bot's, from this machine only), the board (shared: a phone more
   * when it is held already), or the next free household.
   */
  public synchronized Joined join(String token, String typedCode, String seatName,
      boolean board, boolean local) {
    Seat known = token == null ? null : tokens.get(token);
    if (known != null) {
      here.add(token);
      bump();
      return new Joined(token, known);
    }
    if (!JoinCode.matches(code, typedCode)) {
      throw Refused.forbidden("That is not this session's code. Check the code on the big "
          + "screen and try again.");
    }
    if (seats.isEmpty()) {
      throw Refused.conflict("The session is starting: try again in a moment.");
    }
    Seat seat = null;
    for (Seat s : seats) {
      boolean fits = seatName != null ? s.bot() && s.name().equals(seatName) && !taken(s)
          : !s.bot() && (s.role() == Decision.Role.BOARD) == board
              && (board || !taken(s));
      if (fits) {
        seat = s;
        break;
      }
    }
    if (seatName != null && !local) {
      throw Refused.forbidden("Bots play from the facilitator's machine only.");
    }
    if (seat == null) {
      throw Refused.conflict(board ? "This session has no seat for the board." : "Every seat "
          + "is taken. Ask the facilitator.");
    }
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    String fresh = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    int k = joins.merge(seat.name(), 1, Integer::sum);
    tokens.put(fresh, seat);
    names.put(fresh, k == 1 ? seat.name() : seat.name() + "-" + k);
    here.add(fresh);
    if (seats.stream().filter(s -> !s.bot()).allMatch(this::taken)) {
      started = true; // every person is here: no need to wait for the facilitator
    }
    bump();
    return new Joined(fresh, seat);
  }

  /** Whether a phone holds {@code s}. */
  private boolean taken(Seat s) {
    return tokens.containsValue(s);
  }

  /** The seats a phone that has not left holds. */
  private Set<Seat> present() {
    Set<Seat> p = new HashSet<>();
    for (String t : here) {
      p.add(tokens.get(t));
    }
    return p;
  }

  /** The seat of {@code token}, or null. */
  public synchronized Seat seatOf(String token) {
    return token == null ? null : tokens.get(token);
  }

  /** A player leaves: the windows stop waiting for it, and the rule decides for its seat. */
  public synchronized void leave(String token) {
    seat(token);
    here.remove(token);
    bump();
  }

  /** What {@code token}'s player sees now. */
  public synchronized PlayerView view(String token) {
    Seat seat = seat(token);
    WindowView w = null;
    if (window != null) {
      Screen screen = window.screens.get(seat);
      w = new WindowView(window.step, window.remainingMs(), setup.countdownMs(), screen,
          screen == null ? List.of() : Control.of(screen.asked()),
          window.answers.containsKey(seat));
    }
    return new PlayerView(version, names.get(token), seat.role().id(), seat.agent(), step,
        setup.months(), started, over, w, last.get(seat));
  }

  /**
   * A player's choices for the month's window, each checked with {@link Decision#parse}.
   *
   * @param raw each decision's id and the choice as text (an option's name or a number)
   * @param reportedMs the response time the player reports (read with simulated time only)
   */
  public synchronized void decide(String token, int forStep, Map<String, String> raw,
      long reportedMs) {
    Seat seat = seat(token);
    if (window == null || window.step != forStep) {
      throw Refused.conflict("This month's decision is closed.");
    }
    Screen screen = window.screens.get(seat);
    if (screen == null) {
      throw Refused.conflict("Your " + seat.role().id() + " has nothing to decide this month.");
    }
    MonthWindow.Answer earlier = window.answers.get(seat);
    if (earlier != null) {
      throw Refused.conflict(earlier.player().equals(names.get(token))
          ? "You already decided this month."
          : "The board already decided this month: " + earlier.player() + " answered first.");
    }
    long ms = setup.simulatedTime() ? reportedMs : window.elapsedMs();
    if (!setup.simulatedTime() && window.remainingMs() == 0) {
      throw Refused.conflict("Time is up: the model's own rule decided for you this month.");
    }
    Map<Decision, Double> parsed = new EnumMap<>(Decision.class);
    for (Map.Entry<String, String> e : raw.entrySet()) {
      Decision d = Decision.byId(e.getKey());
      if (d == null || !screen.asked().contains(d)) {
        throw Refused.invalid("'" + e.getKey() + "' is not a decision you take this month.");
      }
      try {
        parsed.put(d, d.parse(e.getValue()));
      } catch (IllegalArgumentException x) {
        throw Refused.invalid(x.getMessage());
      }
    }
    for (Decision d : screen.asked()) {
      if (!parsed.containsKey(d)) {
        throw Refused.invalid("A choice for " + d.id() + " is missing.");
      }
    }
    if (ms < 0) {
      throw Refused.invalid("A response time is not negative.");
    }
    boolean late = ms >= setup.countdownMs();
    window.answers.put(seat, new MonthWindow.Answer(names.get(token), parsed,
        late ? setup.countdownMs() : ms, late));
    here.add(token);
    notifyAll();
  }

  /** Completes when the session has changed since {@code since} (with the new version). */
  public synchronized CompletableFuture<Long> changeAfter(long since) {
    CompletableFuture<Long> f = new CompletableFuture<>();
    if (version > since) {
      f.complete(version);
    } else {
      waiters.add(f);
    }
    return f;
  }

  // ---- the facilitator's side ------------------------------------------------------------

  /** Lets the months run (also once every person's seat is taken). */
  public synchronized void start() {
    started = true;
    bump();
  }

  public synchronized Status status() {
    Set<Seat> present = present();
    int[] decided = window == null ? new int[2] : window.decided(present);
    int joined = (int) seats.stream().filter(this::taken).count();
    return new Status(step, setup.months(), seats.size(), joined, present.size(),
        decided[0], decided[1], window == null ? 0 : window.remainingMs(), started, over);
  }

  /** Every seat, in order. */
  public synchronized List<Seat> seats() {
    return List.copyOf(seats);
  }

  /** Every seat's state, in seat order. */
  public synchronized List<SeatState> seatStates() {
    Set<Seat> present = present();
    List<SeatState> out = new ArrayList<>();
    for (Seat s : seats) {
      List<String> players = new ArrayList<>();
      tokens.forEach((t, seat) -> {
        if (seat.equals(s)) {
          players.add(names.get(t));
        }
      });
      players.sort(null);
      out.add(new SeatState(s, List.copyOf(players), present.contains(s),
          window != null && window.screens.containsKey(s),
          window != null && window.answers.containsKey(s)));
    }
    return out;
  }

  /**
   * Frees seat {@code name}: its phones are signed out (they may join again with the code) and,
   * until someone does, the model's rules decide for its household or board, from the open
   * month on (an answer it gave this month is dropped).
   *
   * @throws IllegalArgumentException when there is no such seat
   */
  public synchronized void free(String name) {
    Seat s = seatNamed(name);
    tokens.entrySet().removeIf(e -> {
      if (e.getValue().equals(s)) {
        names.remove(e.getKey());
        here.remove(e.getKey());
        return true;
      }
      return false;
    });
    if (window != null) {
      window.answers.remove(s);
    }
    bump();
  }

  /**
   * Gives seat {@code name} household {@code household} from the next month (between months
   * only: call while the model does not step); its old household goes back to the model's
   * rules, and its phones stay seated.
   *
   * @throws IllegalArgumentException when there is no such household seat, the household is not
   *     active or is played by another seat, or a month's decisions are open
   */
  public synchronized void reseat(MingaModel m, String name, int household) {
    Seat old = seatNamed(name);
    if (old.role() != Decision.Role.HOUSEHOLD) {
      throw new IllegalArgumentException(name + " plays the board, not a household");
    }
    if (window != null) {
      throw new IllegalArgumentException("this month's decisions are open: change households "
          + "once the month has run");
    }
    if (household < 0 || household >= m.producerCount() || !m.producer(household).isActive()) {
      throw new IllegalArgumentException("household " + household + " is not an active "
          + "household of this run (0 to " + (m.producerCount() - 1) + ")");
    }
    for (Seat s : seats) {
      if (s.role() == Decision.Role.HOUSEHOLD && s.agent() == household) {
        throw new IllegalArgumentException("household " + household + " is played by "
            + s.name() + " already");
      }
    }
    Seat now = new Seat(old.name(), old.role(), household, old.bot());
    seats.set(seats.indexOf(old), now);
    tokens.replaceAll((t, s) -> s.equals(old) ? now : s);
    Outcome o = last.remove(old);
    if (o != null) {
      last.put(now, o);
    }
    choices.seat(Decision.Role.HOUSEHOLD, household);
    m.setParticipants(choices);
    bump();
  }

  private Seat seatNamed(String name) {
    for (Seat s : seats) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("no seat " + name);
  }

  /**
   * The decisions of the last month that asked the players something, once it has run (with
   * what the model's rule chose); empty before.
   */
  public synchronized List<DecisionRow> lastDecided() {
    return lastMonth;
  }

  // ---- the model's side (its thread) -----------------------------------------------------

  /** Waits until the facilitator starts the session or every person has joined. */
  public synchronized void awaitStart() throws InterruptedException {
    while (!started) {
      wait();
    }
  }

  /**
   * Before the model's next step: opens the month's window if it asks anything of a seat, waits
   * for the answers or the countdown, and hands the choices to the model.
   */
  public void beforeStep(MingaModel m) {
    if (openWindow(m)) {
      synchronized (this) {
        awaitAnswers();
        closeWindow();
      }
    }
  }

  /**
   * Opens the window of the model's next month when it asks anything of a seat (once: again for
   * the same month, it finds the window open). Reads the model: call between steps.
   *
   * @return whether a window is open for the month
   */
  public boolean openWindow(MingaModel m) {
    int next = m.completedSteps();
    List<Seat> now;
    synchronized (this) {
      if (window != null && window.step == next) {
        return true;
      }
      now = List.copyOf(seats);
    }
    LinkedHashMap<Seat, Screen> screens = new LinkedHashMap<>();
    if (next < setup.months()) {
      for (Seat s : now) {
        Screen screen = Screen.of(m, s.role(), s.agent());
        if (!screen.asked().isEmpty()) {
          screens.put(s, screen);
        }
      }
    }
    synchronized (this) {
      step = next;
      if (!screens.isEmpty()) {
        window = new MonthWindow(next, screens, setup.countdownMs());
      }
      bump();
      return window != null;
    }
  }

  /**
   * Waits at most {@code ms} for the open window to be complete or its countdown to end.
   *
   * @return whether the window may close now (true without one)
   * @throws InterruptedException when the waiting thread is interrupted: the window stays open
   */
  public synchronized boolean awaitWindow(long ms) throws InterruptedException {
    long end = System.nanoTime() + ms * 1_000_000;
    while (window != null && !window.complete(present()) && window.remainingMs() > 0) {
      long left = (end - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return false;
      }
      wait(Math.min(left, window.remainingMs()));
    }
    return true;
  }

  /** Closes the open window: its answers, or time-outs, become the model's choices. */
  public synchronized void closeWindow() {
    if (window != null) {
      close();
    }
    bump();
  }

  private void awaitAnswers() {
    try {
      while (!window.complete(present()) && window.remainingMs() > 0) {
        wait(window.remainingMs());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the rule decides for whoever has not answered
    }
  }

  /** The window's answers, or time-outs, for every seat a player has taken, in seat order. */
  private void close() {
    for (Map.Entry<Seat, Screen> e : window.screens.entrySet()) {
      Seat seat = e.getKey();
      if (!taken(seat)) {
        continue; // nobody sat there: the rule decides, as for any household
      }
      Screen screen = e.getValue();
      MonthWindow.Answer a = window.answers.getOrDefault(seat,
          new MonthWindow.Answer(seat.name(), Map.of(), setup.countdownMs(), true));
      for (Decision d : screen.asked()) {
        double choice = a.timedOut() ? Double.NaN : a.choices().get(d);
        choices.add(window.step, d, seat.agent(), choice);
        month.add(new DecisionRow(setup.name(), a.player(), seat.agent(), window.step, d,
            screen.shown(), choice, Double.NaN, a.responseMs(), a.timedOut()));
      }
      last.put(seat, new Outcome(window.step, a.timedOut()));
    }
    window = null;
  }

  /** After the step: the month's decisions, with the rule's choices, to decisions.csv. */
  public synchronized void afterStep(MingaModel m) {
    List<DecisionRow> ruled = new ArrayList<>(month.size());
    for (DecisionRow r : month) {
      DecisionRow row = r.withRule(choices.rule(r.step(), r.decision(), r.agent()));
      record.write(row);
      ruled.add(row);
      decisions++;
      timedOut += r.timedOut() ? 1 : 0;
    }
    if (!ruled.isEmpty()) {
      lastMonth = List.copyOf(ruled);
    }
    month.clear();
    record.flush();
  }

  /** The months are over: players' pages say so. */
  public synchronized void finish() {
    over = true;
    bump();
  }

  /** How many decisions were recorded so far. */
  public synchronized int decisions() {
    return decisions;
  }

  /** How many of them timed out. */
  public synchronized int timedOut() {
    return timedOut;
  }

  private Seat seat(String token) {
    Seat s = token == null ? null : tokens.get(token);
    if (s == null) {
      throw Refused.notJoined();
    }
    return s;
  }

  /** Something players see changed: wake the model's thread and the waiting pages. */
  private void bump() {
    version++;
    notifyAll();
    waiters.forEach(f -> f.complete(version));
    waiters.clear();
  }
}
