package org.minga.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.minga.chart.ChartEvent;
import org.minga.chart.MingaCharts;
import org.minga.chart.TimeChart;
import org.minga.model.MingaModel;
import org.minga.model.Policies;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ScenarioLoader;
import sim.display.Console;

/**
 * The workshop window on a display (run under Xvfb: {@code xvfb-run -a mvn -B test -Pgui}):
 * starts on the baseline, runs 60 months through the Console, injects a crash at month 30 and
 * checks that the charts hold the 60 months and that the crash is in the world price; takes
 * screenshots into target/ and closes.
 */
@Tag("gui")
class WorkshopWindowTest {
  static final Path BASELINE = Path.of("scenarios/baseline.yaml");
  static final Path SCREENSHOTS = Path.of("target/screenshots");
  static final double CRASH = 0.5;

  @Test
  void runsSixtyMonthsWithAnInjectedCrashAndClosesCleanly() throws Exception {
    assertFalse(GraphicsEnvironment.isHeadless(), "needs a display: xvfb-run -a mvn test -Pgui");
    List<Throwable> edtErrors = new ArrayList<>();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> edtErrors.add(e));
    ModelInputs inputs = ScenarioLoader.load(BASELINE, List.of());
    AtomicReference<MingaGui> guiRef = new AtomicReference<>();
    AtomicReference<Console> consoleRef = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> {
      MingaGui g = new MingaGui(BASELINE, List.of(), inputs);
      guiRef.set(g);
      consoleRef.set((Console) g.createController());
    });
    MingaGui gui = guiRef.get();
    Console console = consoleRef.get();

    // Pause from stopped starts the run paused; play while paused steps. Called from this
    // thread, so the model runs off the event dispatch thread, as with the Console's play thread.
    console.pressPause();
    console.setNumStepsPerStepButtonPress(30);
    console.pressPlay();
    assertEquals(30, gui.model().completedSteps());
    int crashAt = gui.injectPriceShock(CRASH, 12);
    gui.setLever(Policies.Lever.PRICE_FLOOR, Policies.Override.ON);
    console.pressPlay();
    assertEquals(60, gui.model().completedSteps());
    SwingUtilities.invokeAndWait(() -> { }); // let the last hand-over reach the charts
    SwingUtilities.invokeAndWait(() -> { });

    AtomicReference<MingaCharts> chartsRef = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> chartsRef.set(gui.chartsWindow().charts()));
    MingaCharts charts = chartsRef.get();
    assertEquals(60, charts.steps());
    for (TimeChart c : charts.charts()) {
      c.pointsPerSeries().forEach((series, n) -> assertEquals(60, n, c.name() + " " + series));
    }
    assertTrue(charts.events().contains(new ChartEvent(30, "price crash x0.5, 12 mo (injected)")),
        charts.events()::toString);
    assertTrue(charts.events().contains(new ChartEvent(30, "price floor on (switched)")));
    assertTrue(new LiveControls(gui).getLeversInForceNow().contains("price floor (switched on)"),
        new LiveControls(gui)::getLeversInForceNow);
    assertEquals(MingaGui.PLAY_SLEEP_MS, console.getPlaySleep(), "about two months a second");

    double[] world = worldPrice(charts);
    double[] reference = headlessWorldPrice(inputs, crashAt + 1);
    for (int s = 0; s < crashAt; s++) {
      // Same scenario, same seed: the window's run is the headless run until the crash.
      assertEquals(reference[s], world[s], 1e-9 * reference[s], "month " + s);
    }
    // A shock draws no random numbers, so in its first month the price is exactly halved.
    assertEquals(CRASH * reference[crashAt], world[crashAt], 1e-9 * reference[crashAt]);
    double before = mean(world, crashAt - 12, crashAt);
    double during = mean(world, crashAt, crashAt + 12);
    assertTrue(during < 0.7 * before, "crash visible: " + during + " vs " + before);

    // Clicking an agent on the map finds it, and its inspector shows its state.
    AtomicReference<Object> hit = new AtomicReference<>();
    SwingUtilities.invokeAndWait(() -> {
      var p = gui.model().producer(0);
      var inner = gui.display().insideDisplay;
      double pxPerKm = inner.getWidth() / gui.model().scenario().territory().widthKm();
      var bags = gui.display().objectsHitBy(new java.awt.geom.Point2D.Double(
          p.x() * pxPerKm, p.y() * pxPerKm));
      for (var bag : bags) {
        for (Object o : bag) {
          Object agent = ((sim.portrayal.LocationWrapper) o).getObject();
          if (agent instanceof ProducerView v && v.getId() == 0) {
            hit.set(v);
          }
        }
      }
    });
    ProducerView clicked = (ProducerView) hit.get();
    assertTrue(clicked != null, "producer 0 is hit where the map draws it");
    var properties = sim.util.Properties.getProperties(clicked);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < properties.numProperties(); i++) {
      names.add(properties.getName(i));
    }
    assertTrue(names.containsAll(List.of("IncomeLast12MonthsUsd", "DebtUsd", "Trust",
        "MainChannel", "Group")), names::toString);

    Files.createDirectories(SCREENSHOTS);
    SwingUtilities.invokeAndWait(() -> {
      JTabbedPane tabs = console.getTabPane();
      tabs.setSelectedIndex(tabs.indexOfTab("Model")); // the live levers
      console.setSize(420, 700);
      console.validate();
      screenshot(console, "console");
      screenshot(gui.displayFrame(), "territory");
      screenshot(gui.chartsWindow().frame(), "charts");
      screenshot(gui.facilitatorFrame(), "facilitator");
    });
    BufferedImage shot = ImageIO.read(SCREENSHOTS.resolve("charts.png").toFile());
    assertTrue(variance(shot) > 100, "the charts window screenshot is not blank");

    // Presentation mode: the same 60 months, larger type; links from producers to buyers.
    SwingUtilities.invokeAndWait(() -> {
      float standardSize = gui.chartsWindow().charts().chart("prices").chart().getTitle().getFont()
          .getSize2D();
      gui.setPresentation(true);
      gui.showLinks(true);
      MingaCharts big = gui.chartsWindow().charts();
      assertEquals(60, big.steps());
      assertTrue(big.chart("prices").chart().getTitle().getFont().getSize2D() > standardSize);
      gui.chartsWindow().frame().setSize(1600, 1200);
      gui.chartsWindow().frame().validate();
      screenshot(gui.chartsWindow().frame(), "charts-presentation");
      screenshot(gui.displayFrame(), "territory-links");
    });

    // A broken scenario on reload: its problems are shown and the running model is untouched.
    Path broken = Files.createTempFile("broken", ".yaml");
    Files.writeString(broken, "extends: " + BASELINE.toAbsolutePath() + "\nprices:\n  sigmaa: 1\n");
    List<String> shown = new ArrayList<>();
    MingaModel running = gui.model();
    SwingUtilities.invokeAndWait(() -> {
      gui.facilitator().showProblemsIn((file, text) -> shown.add(text));
      gui.facilitator().load(broken);
    });
    assertEquals(1, shown.size());
    assertTrue(shown.get(0).contains(broken.getFileName().toString())
        && shown.get(0).contains(":3:") && shown.get(0).contains("sigmaa"), shown.get(0));
    assertTrue(running == gui.model() && running.completedSteps() == 60, "model untouched");

    // Reset with a new seed: a fresh run at month 0, charts emptied.
    SwingUtilities.invokeAndWait(() -> {
      gui.useSeed(7);
      gui.restartPaused();
    });
    SwingUtilities.invokeAndWait(() -> { });
    assertEquals(7, gui.model().seed());
    assertEquals(0, gui.model().completedSteps());
    SwingUtilities.invokeAndWait(() -> assertEquals(0, gui.chartsWindow().charts().steps()));
    Files.delete(broken);

    SwingUtilities.invokeAndWait(() -> {
      console.pressStop();
      gui.quit();
      console.dispose();
    });
    SwingUtilities.invokeAndWait(() -> { });
    assertFalse(gui.chartsWindow().frame().isDisplayable(), "charts window closed");
    assertFalse(gui.displayFrame().isDisplayable(), "map closed");
    assertTrue(edtErrors.isEmpty(), () -> "errors on Swing threads: " + edtErrors);
  }

  private static double[] worldPrice(MingaCharts charts) {
    XYDataset ds = charts.chart("prices").plots().get(0).getDataset(0);
    int s = ds.indexOf("World price");
    double[] y = new double[ds.getItemCount(s)];
    for (int i = 0; i < y.length; i++) {
      assertEquals(i, ds.getXValue(s, i), "one point per month, in order");
      y[i] = ds.getYValue(s, i);
    }
    return y;
  }

  private static double[] headlessWorldPrice(ModelInputs inputs, int steps) {
    MingaModel m = new MingaModel(inputs);
    m.start();
    double[] y = new double[steps];
    for (int s = 0; s < steps; s++) {
      m.stepOnce();
      y[s] = m.worldPrice();
    }
    return y;
  }

  private static double mean(double[] y, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += y[i];
    }
    return sum / (to - from);
  }

  /** Paints a window's contents into target/screenshots/NAME.png (no window manager needed). */
  static void screenshot(JFrame frame, String name) {
    Component c = frame.getRootPane();
    BufferedImage img = new BufferedImage(Math.max(1, c.getWidth()), Math.max(1, c.getHeight()),
        BufferedImage.TYPE_INT_RGB);
    var g = img.createGraphics();
    c.printAll(g);
    g.dispose();
    try {
      ImageIO.write(img, "png", new File(SCREENSHOTS.toFile(), name + ".png"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
