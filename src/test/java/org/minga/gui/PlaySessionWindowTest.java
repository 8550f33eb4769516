package org.minga.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.chart.StepRow;
import org.minga.cli.Main;
import org.minga.model.MingaModel;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ScenarioLoader;
import sim.display.Console;

/**
 * {@code minga play} with its big screen, under a display (xvfb-run), with bots answering over the
 * loopback interface in real time: the window shows the join code, address and QR code, the decided
 * count rises during a month, the played households are ringed on the map (and follow a seat given
 * another household), the faded line is the run with nobody playing, the session's files replay it
 * byte for byte, and the debrief opens with a row per household seat. Screenshots:
 * target/screenshots/play-bigscreen.png and play-debrief.png (docs/workshop.md).
 */
@Tag("gui")
class PlaySessionWindowTest {
  private static final List<String> SET = List.of("producers.count=400");
  private static final int MONTHS = 6;
  private static final int BOTS = 4;

  @TempDir Path dir;

  @Test
  void theBigScreenFollowsALiveSessionOfBotsToItsDebrief() throws Throwable {
    assertFalse(GraphicsEnvironment.isHeadless(), "needs a display: xvfb-run -a mvn test -Pgui");
    Path out = dir.resolve("session");
    AtomicInteger exit = new AtomicInteger(-1);
    List<Throwable> failed = new ArrayList<>();
    Thread command =
        new Thread(
            () -> {
              try {
                exit.set(
                    Main.execute(
                        "play",
                        "scenarios/baseline.yaml",
                        "--set",
                        SET.get(0),
                        "--bots",
                        String.valueOf(BOTS),
                        "--board-bot",
                        "--countdown",
                        "12",
                        "--months",
                        String.valueOf(MONTHS),
                        "--bind",
                        "127.0.0.1",
                        "--port",
                        "0",
                        "--out",
                        out.toString()));
              } catch (Throwable e) {
                failed.add(e);
              }
            },
            "minga-play-command");
    command.setDaemon(true);
    command.start();

    JFrame frame = awaitFrame();
    MingaGui gui = (MingaGui) frame.getRootPane().getClientProperty(MingaGui.class);
    Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
    robot.settings().delayBetweenEvents(30);
    FrameFixture window = new FrameFixture(robot, frame);
    try {
      window.resizeTo(new java.awt.Dimension(1920, 1080));
      window.moveTo(new java.awt.Point(0, 0));
      robot.waitForIdle();
      Participation play = gui.participation();
      await(() -> play.joinUrl() != null, "the server started");
      ParticipatoryPanel panel = gui.window().sessionPanel();
      String code = play.session().code();
      await(() -> edt(panel::codeText).equals(code), "the code on the big screen");
      assertTrue(code.matches("[A-HJKMNP-Z]{5}"), code);
      window.textBox("playUrl").requireText(play.joinUrl());
      assertTrue(
          play.joinUrl().startsWith("http://127.0.0.1:")
              && play.joinUrl().endsWith("/?code=" + code),
          play.joinUrl());
      assertNotNull(window.label("playQr").target().getIcon(), "the QR code");
      assertTrue(edt(panel::decidedText).contains("press Play"), edt(panel::decidedText));

      // The program spread the bots' households; the facilitator gives bot-1 another one.
      int[] before = play.households();
      assertEquals(BOTS, before.length);
      int other = unplayed(gui.model(), before);
      SwingUtilities.invokeAndWait(() -> panel.seatsDialog().reseat("bot-1", other));
      assertTrue(
          edt(() -> panel.seatsDialog().message()).contains("plays household " + other),
          edt(() -> panel.seatsDialog().message()));
      int[] seated = play.households();
      assertEquals(other, seated[0]);
      var rings = gui.mapOptions().played();
      for (int h : seated) {
        assertTrue(rings.test(h), "household " + h + " ringed");
      }
      assertFalse(rings.test(before[0]), "its old household no longer");
      assertEquals(
          gui.model().producerCount() - BOTS,
          java.util.stream.IntStream.range(0, gui.model().producerCount())
              .filter(h -> !rings.test(h))
              .count(),
          "only the room's households");

      window.button("play").click();
      // The first harvest (May, month 5): the count rises as bots answer.
      await(() -> play.session().status().asked() > 0, "the first month's decisions open");
      int least = Integer.MAX_VALUE;
      int most = -1;
      long end = System.currentTimeMillis() + 60_000;
      while (play.lastOutcome() == null && System.currentTimeMillis() < end) {
        String text = edt(panel::decidedText);
        if (text.contains("Decided")) {
          least = Math.min(least, decided(text));
          most = Math.max(most, decided(text));
        }
        Thread.sleep(50);
      }
      assertTrue(
          least < most, "the decided count rose on the big screen: " + least + " to " + most);
      // The first month's outcome, then the second month open: the big screen's picture.
      await(
          () -> play.lastOutcome() != null && play.session().status().asked() > 0,
          "an outcome and the next month's decisions");
      String outcome = edt(panel::outcomeText);
      assertTrue(
          outcome.contains("May, year 1") && outcome.contains("units to the co-op"), outcome);
      robot.waitForIdle();
      Thread.sleep(600); // a redraw of the map and the charts
      WorkshopWindowTest.screenshot(frame, "play-bigscreen");
      BufferedImage shot =
          ImageIO.read(WorkshopWindowTest.SCREENSHOTS.resolve("play-bigscreen.png").toFile());
      assertTrue(WorkshopWindowTest.variance(shot) > 100, "not blank");
      assertTrue(ringPixels(shot, edt(() -> mapArea(gui, frame))) > 50, "rings drawn on the map");

      // To the end of the run, fast.
      window.slider("speed").slideTo(RunControls.SPEEDS.length - 1);
      await(play::done, 180, "the session's months and the model's run to the horizon");
      robot.waitForIdle();
      await(() -> edt(() -> gui.window().charts().counterfactualRows()) != null, "faded line");

      // The faded line: the same scenario and seed, nobody playing.
      ModelInputs inputs = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"), SET);
      List<StepRow> nobody = WorkshopWindowTest.headlessRun(inputs); // nobody plays by default
      List<StepRow> faded = edt(() -> gui.window().charts().counterfactualRows());
      assertEquals(nobody.size(), faded.size());
      for (int s = 0; s < nobody.size(); s++) {
        assertArrayEquals(nobody.get(s).values(), faded.get(s).values(), "month " + s);
      }
      assertTrue(edt(() -> gui.window().charts().charts().chart("income").counterfactualShown()));
      assertTrue(edt(() -> gui.window().roomChart().points(Participation.FADED)) > 0);
      // The room chart is fed on the event thread after each month: its last point may follow.
      await(
          () ->
              edt(() -> gui.window().roomChart().points(RoomIncomeChart.MEAN))
                  == inputs.scenario().steps(),
          "the room's mean income charted for every month");
      // The players changed the run.
      List<StepRow> live = edt(() -> gui.window().charts().charts().rows());
      assertFalse(
          Arrays.equals(nobody.get(nobody.size() - 1).values(), live.get(live.size() - 1).values()),
          "the room's choices made a difference");

      // The session's files replay it.
      Path replay = dir.resolve("replay");
      assertEquals(
          0,
          Main.execute(
              "run",
              out.resolve("session.yaml").toString(),
              "--decisions",
              out.resolve("decisions.csv").toString(),
              "--out",
              replay.toString(),
              "--no-charts",
              "--quiet"));
      for (String f : List.of("timeseries.csv", "households.csv")) {
        assertArrayEquals(
            Files.readAllBytes(out.resolve(f)),
            Files.readAllBytes(replay.resolve(f)),
            f + " replays byte for byte");
      }
      List<String> decisions = Files.readAllLines(out.resolve("decisions.csv"));
      assertTrue(decisions.size() > 1, "decisions recorded");
      assertTrue(
          decisions.stream().anyMatch(r -> r.contains(",bot-1,household," + other + ",")),
          "bot-1 decided for its new household");

      // The debrief.
      window.button("playDebrief").click();
      robot.waitForIdle();
      DebriefDialog debrief = panel.debriefDialog();
      assertTrue(debrief.dialog().isShowing());
      List<Debrief.Row> rows = edt(debrief::rows);
      assertEquals(BOTS, rows.size());
      for (int i = 0; i < BOTS; i++) {
        assertEquals("bot-" + (i + 1), rows.get(i).seat());
        assertEquals(seated[i], rows.get(i).household());
        assertFalse(Double.isNaN(rows.get(i).comparableIncome()), rows.get(i).toString());
        assertFalse(Double.isNaN(rows.get(i).rulesIncome()), rows.get(i).toString());
      }
      assertEquals(BOTS, edt(() -> debrief.table().getRowCount()));
      String summary = edt(debrief::summary);
      assertTrue(
          summary.contains("comparable model households") && summary.matches("(?s).*\\d+%.*"),
          summary);
      SwingUtilities.invokeAndWait(() -> debrief.table().setRowSelectionInterval(0, 0));
      robot.waitForIdle();
      Thread.sleep(300);
      WorkshopWindowTest.screenshot(debrief.dialog(), "play-debrief");
      assertTrue(
          WorkshopWindowTest.variance(
                  ImageIO.read(WorkshopWindowTest.SCREENSHOTS.resolve("play-debrief.png").toFile()))
              > 100);
      assertEquals(ControlColumn.OVER, window.button("play").text());
      window.button("play").requireDisabled();
      window.button("reset").requireDisabled();
    } finally {
      Console console = (Console) gui.controller;
      SwingUtilities.invokeAndWait(
          () -> {
            console.pressStop();
            gui.quit();
            console.dispose();
          });
      robot.cleanUpWithoutDisposingWindows();
      command.join(30_000);
    }
    if (!failed.isEmpty()) {
      throw failed.get(0);
    }
    assertEquals(0, exit.get(), "minga play ends when its window closes");
  }

  @Test
  void pausingLeavesTheMonthOpenAndClosingEarlyLeavesWholeFilesThatReplay() throws Throwable {
    assertFalse(GraphicsEnvironment.isHeadless(), "needs a display: xvfb-run -a mvn test -Pgui");
    Path out = dir.resolve("early");
    AtomicInteger exit = new AtomicInteger(-1);
    Thread command =
        new Thread(
            () ->
                exit.set(
                    Main.execute(
                        "play",
                        "scenarios/baseline.yaml",
                        "--set",
                        SET.get(0),
                        "--bots",
                        "3",
                        "--countdown",
                        "30",
                        "--months",
                        "24",
                        "--bind",
                        "127.0.0.1",
                        "--port",
                        "0",
                        "--out",
                        out.toString())),
            "minga-play-command");
    command.setDaemon(true);
    command.start();
    JFrame frame = awaitFrame();
    MingaGui gui = (MingaGui) frame.getRootPane().getClientProperty(MingaGui.class);
    Participation play = gui.participation();
    Console console = (Console) gui.controller;
    try {
      await(() -> play.joinUrl() != null, "the server started");
      SwingUtilities.invokeAndWait(() -> gui.window().run().play());
      await(() -> play.session().status().asked() > 0, "the first month's decisions open");
      SwingUtilities.invokeAndWait(() -> gui.window().run().pause());
      int step = gui.model().completedSteps();
      Thread.sleep(1500);
      assertEquals(step, gui.model().completedSteps(), "paused: the month waits");
      assertTrue(play.session().status().asked() > 0, "and its decisions stay open");
    } finally {
      SwingUtilities.invokeAndWait(
          () -> {
            console.pressStop(); // closing the window: the model's rules run the rest
            gui.quit();
            console.dispose();
          });
      command.join(60_000);
    }
    assertEquals(0, exit.get());
    ModelInputs inputs = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"), SET);
    assertEquals(
        inputs.scenario().steps() + 1,
        Files.readAllLines(out.resolve("timeseries.csv")).size(),
        "every month to the horizon");
    Path replay = dir.resolve("early-replay");
    assertEquals(
        0,
        Main.execute(
            "run",
            out.resolve("session.yaml").toString(),
            "--decisions",
            out.resolve("decisions.csv").toString(),
            "--out",
            replay.toString(),
            "--no-charts",
            "--quiet"));
    assertArrayEquals(
        Files.readAllBytes(out.resolve("timeseries.csv")),
        Files.readAllBytes(replay.resolve("timeseries.csv")));
  }

  private static JFrame awaitFrame() throws InterruptedException {
    long end = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < end) {
      for (Frame f : Frame.getFrames()) {
        if (f instanceof JFrame j && f.isShowing() && f.getTitle().contains("participatory")) {
          return j;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no big screen within a minute");
  }

  /** An active household the room does not play. */
  private static int unplayed(MingaModel m, int[] played) {
    for (int h = 7; ; h++) {
      int id = h;
      if (m.producer(id).isActive() && Arrays.stream(played).noneMatch(p -> p == id)) {
        return id;
      }
    }
  }

  /** The run of the scenario with nobody playing, as a headless run draws it. */
  private static int decided(String text) {
    Matcher m = Pattern.compile("Decided: (\\d+) of").matcher(text);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** The map's area in the window's content. */
  private static Rectangle mapArea(MingaGui gui, JFrame frame) {
    return SwingUtilities.convertRectangle(
        gui.display().getParent(), gui.display().getBounds(), frame.getRootPane());
  }

  /** Pixels of the ring's colour inside {@code area} of {@code img}. */
  private static int ringPixels(BufferedImage img, Rectangle area) {
    Color ring = MapPortrayals.RING;
    int n = 0;
    for (int y = Math.max(0, area.y); y < Math.min(img.getHeight(), area.y + area.height); y++) {
      for (int x = Math.max(0, area.x); x < Math.min(img.getWidth(), area.x + area.width); x++) {
        Color c = new Color(img.getRGB(x, y));
        if (Math.abs(c.getRed() - ring.getRed())
                + Math.abs(c.getGreen() - ring.getGreen())
                + Math.abs(c.getBlue() - ring.getBlue())
            < 30) {
          n++;
        }
      }
    }
    return n;
  }

  private static void await(Callable<Boolean> done, String what) throws Exception {
    await(done, 60, what);
  }

  private static void await(Callable<Boolean> done, int seconds, String what) throws Exception {
    long end = System.currentTimeMillis() + seconds * 1000L;
    while (!done.call()) {
      if (System.currentTimeMillis() > end) {
        throw new AssertionError("waited " + seconds + " s for: " + what);
      }
      Thread.sleep(50);
    }
  }

  private static <T> T edt(Callable<T> query) {
    return WorkshopWindowTest.edt(query);
  }
}
