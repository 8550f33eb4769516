package org.minga.play.web;

import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.minga.model.MingaModel;
import org.minga.output.DecisionsCsv;
import org.minga.scenario.ScenarioLoader;

/**
 * A live session for the web tests: 300 baseline households, people's seats (and bots'), the server
 * on loopback, and the model stepping on its own thread through {@code months} months (the first
 * window opens at the May harvest, step 4).
 */
final class Table implements AutoCloseable {
  final MingaModel model;
  final LiveSession session;
  final SessionServer server;
  final Room room;
  private final StringWriter csv = new StringWriter();
  private final Thread steps;
  private volatile Throwable failed;

  Table(int people, boolean board, int bots, int months, long countdownMs) throws Exception {
    this(300, people, board, bots, months, countdownMs, false);
  }

  /** With {@code producers} households, and simulated response times or not. */
  Table(
      int producers,
      int people,
      boolean board,
      int bots,
      int months,
      long countdownMs,
      boolean simulated)
      throws Exception {
    model =
        new MingaModel(
            ScenarioLoader.load(
                Path.of("scenarios/baseline.yaml"), List.of("producers.count=" + producers)));
    model.start();
    session =
        new LiveSession(
            new LiveSession.Setup("test", months, countdownMs, simulated), new DecisionsCsv(csv));
    room =
        new Room(
            session,
            new LiveSession.Table(people, board, bots, false),
            new Room.Place(InetAddress.getLoopbackAddress(), 0, null));
    Thread opening = new Thread(() -> room.open(model));
    opening.setDaemon(true);
    opening.start();
    long end = System.nanoTime() + 10_000_000_000L;
    while (room.server() == null && System.nanoTime() < end) {
      Thread.sleep(20);
    }
    server = room.server();
    steps =
        new Thread(
            () -> {
              try {
                opening.join();
                while (model.completedSteps() < months) {
                  room.beforeStep(model);
                  model.stepOnce();
                  room.afterStep(model);
                }
                session.finish();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (Throwable e) {
                failed = e;
              }
            },
            "test-steps");
    steps.setDaemon(true);
    steps.start();
  }

  String url() {
    return server.joinUrl();
  }

  String code() {
    return session.code();
  }

  /** decisions.csv so far. */
  List<String> rows() {
    synchronized (session) {
      return csv.toString().lines().skip(1).toList();
    }
  }

  /** Waits until {@code done} holds (at most 30 s). */
  static void await(Supplier<Boolean> done) throws InterruptedException {
    long end = System.nanoTime() + 30_000_000_000L;
    while (!done.get()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out waiting");
      }
      Thread.sleep(20);
    }
  }

  /** Waits for the model thread to end (the months are done). */
  void finish() throws Throwable {
    steps.join(60_000);
    if (failed != null) {
      throw failed;
    }
  }

  @Override
  public void close() {
    steps.interrupt();
    room.close();
  }
}
