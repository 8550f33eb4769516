package org.minga.play.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.minga.model.MingaModel;
import org.minga.play.Bot;

/**
 * A session's room: once the model has started, seats the table, opens the server, sends the
 * bots in through it and (live, on the console) waits for the facilitator or for every person
 * to join; then runs the decision windows around each step, and closes it all at the end. On
 * the console it prints a plain status; the workshop window ({@code org.minga.gui}) seats the
 * room with {@link #seat} and shows the status on the big screen instead.
 */
public final class Room implements AutoCloseable {
  /** Where the server listens, and where the facilitator reads the status (null: nowhere). */
  public record Place(InetAddress bind, int port, PrintWriter console) {}

  private final LiveSession session;
  private final LiveSession.Table table;
  private final Place place;
  private final List<Long> timings = Collections.synchronizedList(new ArrayList<>());
  private SessionServer server;
  private Map<String, Thread> bots = Map.of();
  private Thread status;

  public Room(LiveSession session, LiveSession.Table table, Place place) {
    this.session = session;
    this.table = table;
    this.place = place;
  }

  /**
   * Seats the players and opens the room; returns once the months may run.
   *
   * @throws UncheckedIOException when a bot cannot join through the server
   */
  public void open(MingaModel m) {
    seat(m);
    try {
      if (table.people() > 0 || table.board()) {
        announce();
      }
      session.awaitStart();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the players", e);
    }
  }

  /**
   * Seats the players, starts the server and sends the bots in; returns at once (a table of
   * bots only is started, people's phones wait for {@link LiveSession#start}).
   *
   * @throws UncheckedIOException when a bot cannot join through the server
   */
  public void seat(MingaModel m) {
    serve();
    List<Bot> seated = session.seat(m, table);
    List<BotPlayer> players = new ArrayList<>();
    boolean simulated = session.setup().simulatedTime();
    for (Bot b : seated) {
      players.add(new BotPlayer(b, server.joinUrl(), session.code(),
          session.setup().countdownMs(), simulated, timings::add));
    }
    try {
      bots = BotPlayer.play(players);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the bots joined", e);
    }
    if (table.people() == 0 && !table.board()) {
      session.start();
    }
  }

  /**
   * Starts the server, if not yet (phones that come before the seats are told to wait).
   *
   * @throws SessionServer.Unavailable when it cannot listen where it was asked to
   */
  public void serve() {
    if (server == null) {
      server = SessionServer.start(session, place.bind(), place.port(),
          SessionServer.Limits.ROOM);
    }
  }

  public SessionServer server() {
    return server;
  }

  /** How long each bot's join and decide requests took (ns), for load reports. */
  public List<Long> timings() {
    synchronized (timings) {
      return List.copyOf(timings);
    }
  }

  private void announce() {
    PrintWriter out = place.console();
    if (out == null) {
      return;
    }
    out.println("Players: open " + server.joinUrl() + " (join code " + session.code() + ")");
    out.print(new JoinQr(server.joinUrl()).text());
    out.println("Press Enter to start; the months start by themselves once every seat is taken.");
    out.flush();
    Thread enter = new Thread(() -> {
      try {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
            StandardCharsets.UTF_8));
        if (in.readLine() != null) {
          session.start();
        }
      } catch (IOException e) {
        // no console to read: wait for the players
      }
    }, "minga-enter");
    enter.setDaemon(true);
    enter.start();
    status = new Thread(this::printStatus, "minga-status");
    status.setDaemon(true);
    status.start();
  }

  /** One line whenever the status changes: month, players, decisions, time left. */
  private void printStatus() {
    String previous = "";
    while (!Thread.currentThread().isInterrupted()) {
      LiveSession.Status s = session.status();
      String line = s.step() >= s.months() ? "the players' months are over; the model runs on"
          : String.format("month %d/%d · joined %d/%d (here %d)%s", s.step() + 1, s.months(),
              s.joined(), s.seats(), s.present(), s.asked() == 0 ? ""
                  : String.format(" · decided %d/%d · %d s left", s.decided(), s.asked(),
                      (s.remainingMs() + 999) / 1000));
      if (!line.equals(previous)) {
        place.console().println(line);
        place.console().flush();
        previous = line;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  public void beforeStep(MingaModel m) {
    session.beforeStep(m);
  }

  public void afterStep(MingaModel m) {
    session.afterStep(m);
  }

  /** Tells the players the session is over, lets the bots finish and stops the server. */
  @Override
  public void close() {
    session.finish();
    for (Thread t : bots.values()) {
      try {
        t.join(5000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    bots.values().forEach(Thread::interrupt);
    if (status != null) {
      status.interrupt();
    }
    if (server != null) {
      server.close();
    }
  }
}
