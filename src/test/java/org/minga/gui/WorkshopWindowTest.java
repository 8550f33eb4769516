package org.minga.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.minga.chart.ChartStyle;
import org.minga.chart.MingaCharts;
import org.minga.chart.StepRow;
import org.minga.metrics.MetricsRecorder;
import org.minga.model.MingaModel;
import org.minga.model.Policies;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ScenarioLoader;
import sim.display.Console;

/**
 * The workshop window on a display (run under Xvfb: {@code xvfb-run -a mvn -B test -Pgui}), driven
 * as a facilitator would, with real clicks (AssertJ Swing's robot): it fits 1280x720; play, pause,
 * step and the speed control do what their labels say; a crash made while paused shows at once as a
 * pending marker; the faded line after a lever switch is the headless run without it; a
 * double-clicked producer opens its inspector; presentation mode scales the whole window.
 * Screenshots at 1280x720 and 1920x1080 go to target/screenshots.
 */
@Tag("gui")
class WorkshopWindowTest {
  static final Path BASELINE = Path.of("scenarios/baseline.yaml");
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  private final List<Throwable> edtErrors = new ArrayList<>();
  private Robot robot;
  private MingaGui gui;
  private Console console;
  private FrameFixture window;
  private ModelInputs inputs;

  @BeforeEach
  void open() throws Exception {
    assertFalse(GraphicsEnvironment.isHeadless(), "needs a display: xvfb-run -a mvn test -Pgui");
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> edtErrors.add(e));
    inputs = ScenarioLoader.load(BASELINE, List.of());
    robot = BasicRobot.robotWithCurrentAwtHierarchy();
    robot.settings().delayBetweenEvents(30);
    SwingUtilities.invokeAndWait(
        () -> {
          gui = new MingaGui(BASELINE, List.of(), inputs);
          console = (Console) gui.createController();
        });
    robot.waitForIdle();
    window = new FrameFixture(robot, gui.window().frame());
    window.resizeTo(new java.awt.Dimension(1280, 720));
    window.moveTo(new Point(0, 0));
    robot.waitForIdle();
  }

  @AfterEach
  void close() throws Exception {
    SwingUtilities.invokeAndWait(
        () -> {
          console.pressStop();
          gui.quit();
          console.dispose();
        });
    robot.cleanUpWithoutDisposingWindows();
    assertFalse(gui.window().frame().isDisplayable(), "window closed");
    assertTrue(edtErrors.isEmpty(), () -> "errors on Swing threads: " + edtErrors);
  }

  @Test
  void fitsA1280By720ScreenAndUsesA1920By1080One() throws Exception {
    window.requireVisible();
    assertFalse(console.isVisible(), "one window: MASON's Console stays out of sight");
    Container content = gui.window().frame().getContentPane();
    for (String name : List.of("play", "step", "reset", "speed", "clock")) {
      requireInside(content, window.robot().finder().findByName(name));
    }
    requireInside(content, gui.window().monitors().panel());
    requireInside(content, gui.display());
    requireInside(content, gui.window().charts().component());
    assertTrue(gui.display().getWidth() >= 300, "map wide enough: " + gui.display().getWidth());
    assertEquals(ChartsPanel.Layout.PAIRS, edt(() -> gui.window().charts().layout()));
    screenshot(gui.window().frame(), "window-1280x720");

    window.resizeTo(new java.awt.Dimension(1920, 1080));
    robot.waitForIdle();
    screenshot(gui.window().frame(), "window-1920x1080");
    assertEquals(
        ChartsPanel.Layout.GRID,
        edt(() -> gui.window().charts().layout()),
        () -> "room for every chart at once: " + gui.window().charts().component().getSize());
    assertTrue(gui.display().getWidth() >= 600, "map uses the room: " + gui.display().getWidth());
    screenshot(gui.window().frame(), "window-1920x1080");
    for (String name : List.of("window-1280x720", "window-1920x1080")) {
      BufferedImage shot = ImageIO.read(SCREENSHOTS.resolve(name + ".png").toFile());
      assertTrue(variance(shot) > 100, name + " is not blank");
    }
  }

  @Test
  void playPauseStepAndSpeedDoWhatTheirLabelsSay() throws Exception {
    assertEquals(ControlColumn.PLAY, window.button("play").text());
    assertEquals("2 months/s", edt(() -> gui.window().controls().speedText()));
    assertEquals(500, console.getPlaySleep(), "about two months a second");

    window.button("play").click();
    awaitSteps(2);
    assertEquals(ControlColumn.PAUSE, window.button("play").text());
    window.button("step").requireDisabled();
    long start = System.nanoTime();
    int before = gui.model().completedSteps();
    Thread.sleep(2000);
    int ran = gui.model().completedSteps() - before;
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(
        ran >= 1 && ran <= 3 * seconds,
        "about 2 months/s, not flat out: " + ran + " months in " + seconds + " s");

    window.button("play").click(); // pause
    robot.waitForIdle();
    assertEquals(ControlColumn.PLAY, window.button("play").text());
    int paused = gui.model().completedSteps();
    Thread.sleep(1200);
    assertEquals(paused, gui.model().completedSteps(), "pause freezes");

    window.button("step").click();
    robot.waitForIdle();
    assertEquals(paused + 1, gui.model().completedSteps(), "step runs one month");
    Thread.sleep(600);
    assertEquals(paused + 1, gui.model().completedSteps(), "and stays paused");
    assertEquals(ControlColumn.PLAY, window.button("play").text());

    window.slider("speed").slideTo(4); // 8 months/s
    assertEquals("8 months/s", edt(() -> gui.window().controls().speedText()));
    assertEquals(125, console.getPlaySleep());
    window.button("play").click();
    awaitSteps(paused + 6);
    window.button("play").click();
    robot.waitForIdle();

    window.button("reset").click();
    robot.waitForIdle();
    assertEquals(0, gui.model().completedSteps(), "reset: month 0, paused");
    assertEquals(ControlColumn.PLAY, window.button("play").text());
  }

  @Test
  void afterTheLastMonthTheToggleOffersToPlayAgain() throws Exception {
    window.slider("speed").slideTo(RunControls.SPEEDS.length - 1);
    window.button("play").click();
    long deadline = System.currentTimeMillis() + 120_000;
    while (edt(() -> gui.window().run().started()) && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    robot.waitForIdle();
    assertEquals(inputs.scenario().steps(), gui.model().completedSteps(), "the whole run ran");
    // The label follows a state change the window did not make within a quarter second.
    org.assertj.swing.timing.Pause.pause(
        new org.assertj.swing.timing.Condition("Play again") {
          @Override
          public boolean test() {
            return ControlColumn.AGAIN.equals(window.button("play").target().getText());
          }
        },
        5_000);
    window.button("play").click();
    awaitSteps(1);
    assertTrue(gui.model().completedSteps() < inputs.scenario().steps(), "a new run");
    window.button("play").click();
  }

  @Test
  void aCrashMadeWhilePausedShowsAtOnceAsAPendingMarker() throws Exception {
    for (int i = 0; i < 3; i++) {
      window.button("step").click();
    }
    robot.waitForIdle();
    assertEquals(3, gui.model().completedSteps());
    window.comboBox("shockTiming").selectItem("next harvest");
    window.button("crash").click();
    robot.waitForIdle();
    int harvest = gui.model().interventions().get(0).step();
    assertTrue(harvest > 3, "the next harvest is ahead: " + harvest);
    MingaCharts charts = edt(() -> gui.window().charts().charts());
    assertEquals(3, charts.steps(), "nothing ran");
    assertTrue(
        charts.eventKey().contains("pending") && charts.eventKey().contains("month " + harvest),
        charts.eventKey());
    String note = edt(() -> gui.window().shocks().note());
    assertTrue(note.contains("(month " + harvest + "), a harvest month"), note);
  }

  @Test
  void theFadedLineAfterALeverSwitchIsTheHeadlessRunWithoutIt() throws Exception {
    for (int i = 0; i < 12; i++) {
      window.button("step").click();
    }
    robot.waitForIdle();
    window.button("switch price_floor").click();
    robot.waitForIdle();
    assertTrue(
        edt(() -> gui.window().levers().state(Policies.Lever.PRICE_FLOOR))
            .startsWith("off \u2192 ON next month"),
        "the lever says what it will do");
    List<StepRow> faded = awaitCounterfactual();
    List<StepRow> headless = headlessRun(inputs);
    assertEquals(headless.size(), faded.size());
    for (int s = 0; s < headless.size(); s++) {
      assertEquals(
          java.util.Arrays.toString(headless.get(s).values()),
          java.util.Arrays.toString(faded.get(s).values()),
          "month " + s);
    }
    window.button("step").click();
    robot.waitForIdle();
    assertTrue(
        edt(() -> gui.window().levers().state(Policies.Lever.PRICE_FLOOR)).startsWith("ON"),
        "in force now");
    MingaCharts charts = edt(() -> gui.window().charts().charts());
    assertTrue(charts.hasCounterfactual());
    // On the prices chart: the world price without the floor, from month 11 (the last month
    // common to both runs) to month 12, the last one run, and no further.
    double[][] world =
        edt(() -> charts.chart("prices").counterfactualPoints().get("World price (faded)"));
    assertEquals(List.of(11.0, 12.0), java.util.Arrays.stream(world[0]).boxed().toList());
    int price = org.minga.metrics.Metrics.index("world_price");
    for (int i = 0; i < world[0].length; i++) {
      assertEquals(headless.get((int) world[0][i]).value(price), world[1][i], 0.0);
    }
    window.checkBox("counterfactual").requireSelected();
    window.checkBox("counterfactual").click(); // hides the faded lines
    robot.waitForIdle();
    assertFalse(edt(() -> gui.window().charts().charts().chart("prices").counterfactualShown()));
    window.menuItemWithPath("View", "Faded line: the run without the last change").requireVisible();
  }

  @Test
  void aDoubleClickedProducerOpensItsInspectorWithUnits() throws Exception {
    window.button("step").click();
    robot.waitForIdle();
    var inner = gui.display().insideDisplay;
    var p = gui.model().producer(0);
    // Where the map draws the territory (centred in the space it has) and producer 0 in it.
    var field =
        edt(
            () ->
                gui.display()
                    .getDrawInfo2D(gui.producersLayer(), new java.awt.geom.Point2D.Double(0, 0))
                    .draw);
    Point at =
        new Point(
            (int) (field.x + p.x() / gui.model().scenario().territory().widthKm() * field.width),
            (int) (field.y + p.y() / gui.model().scenario().territory().heightKm() * field.height));
    robot.click(inner, at, MouseButton.LEFT_BUTTON, 2);
    robot.waitForIdle();
    var dialog = gui.window().inspectors().dialog();
    assertTrue(dialog.isVisible(), "the inspector opens");
    List<String> titles = edt(() -> gui.window().inspectors().titles());
    assertFalse(titles.isEmpty(), "an agent is inspected");
    robot.waitForIdle();
    screenshot(dialog, "inspector");
    assertTrue(titles.get(0).contains("Producer") || titles.size() > 1, titles::toString);
  }

  @Test
  void presentationModeScalesTheWholeWindow() throws Exception {
    float button = window.button("play").target().getFont().getSize2D();
    float monitor = biggestFont(gui.window().monitors().panel());
    window.menuItemWithPath("View", "Presentation mode").click();
    robot.waitForIdle();
    assertEquals(
        button * WorkshopWindow.PRESENTATION_SCALE,
        window.button("play").target().getFont().getSize2D(),
        0.5);
    assertEquals(
        monitor * WorkshopWindow.PRESENTATION_SCALE,
        biggestFont(gui.window().monitors().panel()),
        0.5);
    assertEquals(ChartStyle.PRESENTATION, edt(() -> gui.window().charts().charts().style()));
    window.toggleButton("interventions").requireNotSelected(); // folded: room for the charts
    screenshot(gui.window().frame(), "window-1280x720-presentation");
    window.toggleButton("interventions").click();
    robot.waitForIdle();
    window.button("crash").requireVisible();
    window.menuItemWithPath("View", "Presentation mode").click();
    robot.waitForIdle();
    assertEquals(button, window.button("play").target().getFont().getSize2D(), 0.01);
  }

  @Test
  void aBrokenScenarioOnReloadLeavesTheRunAsItWas() throws Exception {
    window.button("step").click();
    robot.waitForIdle();
    Path broken = Files.createTempFile("broken", ".yaml");
    Files.writeString(broken, "extends: " + BASELINE.toAbsolutePath() + "\nprices:\n  sigmaa: 1\n");
    List<String> shown = new ArrayList<>();
    MingaModel running = gui.model();
    SwingUtilities.invokeAndWait(
        () -> {
          gui.window().files().showProblemsIn((file, text) -> shown.add(text));
          gui.window().files().load(broken);
        });
    assertEquals(1, shown.size());
    assertTrue(
        shown.get(0).contains(broken.getFileName().toString())
            && shown.get(0).contains(":3:")
            && shown.get(0).contains("sigmaa"),
        shown.get(0));
    assertTrue(running == gui.model() && running.completedSteps() == 1, "model untouched");
    Files.delete(broken);

    SwingUtilities.invokeAndWait(
        () -> {
          gui.useSeed(7);
          gui.restartPaused();
        });
    robot.waitForIdle();
    assertEquals(7, gui.model().seed());
    assertEquals(0, gui.model().completedSteps());
    assertEquals(0, (int) edt(() -> gui.window().charts().charts().steps()));
  }

  // ---- helpers -----------------------------------------------------------------------------

  private void awaitSteps(int n) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    while (gui.model().completedSteps() < n && System.currentTimeMillis() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(gui.model().completedSteps() >= n, "reached month " + n);
  }

  private List<StepRow> awaitCounterfactual() throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      List<StepRow> rows = edt(() -> gui.window().charts().counterfactualRows());
      if (rows != null) {
        return rows;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no faded line within a minute");
  }

  /** The scenario run headless, as {@code minga run} runs it: every month's metrics. */
  static List<StepRow> headlessRun(ModelInputs inputs) {
    MingaModel m = new MingaModel(inputs);
    m.start();
    List<StepRow> rows = new ArrayList<>();
    MetricsRecorder.attach(m)
        .addObserver((step, values, tracked) -> rows.add(StepRow.copyOf(step, values, tracked)));
    while (m.stepOnce()) {
      // every month to the horizon
    }
    return rows;
  }

  static <T> T edt(Callable<T> query) {
    return GuiActionRunner.execute(query);
  }

  private static void requireInside(Container content, Component c) {
    assertTrue(c.isShowing(), c.getName() + " showing");
    Rectangle r = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), content);
    Rectangle view = new Rectangle(0, 0, content.getWidth(), content.getHeight());
    assertTrue(
        r.width > 0 && r.height > 0 && view.contains(r),
        c.getClass().getSimpleName() + " " + c.getName() + " at " + r + " inside " + view);
  }

  private static float biggestFont(Component c) {
    float max = c.getFont() == null ? 0 : c.getFont().getSize2D();
    if (c instanceof Container k) {
      for (Component child : k.getComponents()) {
        max = Math.max(max, biggestFont(child));
      }
    }
    return max;
  }

  /** Paints a window's contents into target/screenshots/NAME.png (no window manager needed). */
  static void screenshot(java.awt.Window w, String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    SwingUtilities.invokeAndWait(
        () -> {
          Component c =
              w instanceof JFrame f
                  ? f.getRootPane()
                  : ((javax.swing.RootPaneContainer) w).getRootPane();
          BufferedImage img =
              new BufferedImage(
                  Math.max(1, c.getWidth()),
                  Math.max(1, c.getHeight()),
                  BufferedImage.TYPE_INT_RGB);
          var g = img.createGraphics();
          c.printAll(g);
          g.dispose();
          try {
            ImageIO.write(img, "png", new File(SCREENSHOTS.toFile(), name + ".png"));
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  static double variance(BufferedImage img) {
    double sum = 0;
    double sq = 0;
    long n = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int v = img.getRGB(x, y) & 255;
        sum += v;
        sq += (double) v * v;
        n++;
      }
    }
    double m = sum / n;
    return sq / n - m * m;
  }
}
