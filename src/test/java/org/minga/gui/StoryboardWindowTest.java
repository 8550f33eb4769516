package org.minga.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.chart.ChartEvent;
import org.minga.model.Policies;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ScenarioLoader;
import org.minga.scenario.Storyboard;
import sim.display.Console;

/**
 * The window driven by a storyboard (under Xvfb): a caption shows, a crash and a lever switch act
 * from their month and are marked on the charts, the session saved mid-run lists them as scheduled
 * events, and a screenshot is written and not blank.
 */
@Tag("gui")
class StoryboardWindowTest {
  static final Path BASELINE = Path.of("scenarios/baseline.yaml");

  @Test
  void aStoryboardCaptionsShocksSwitchesSavesAndShoots(@TempDir Path dir) throws Exception {
    assertFalse(GraphicsEnvironment.isHeadless(), "needs a display: xvfb-run -a mvn test -Pgui");
    Path story = dir.resolve("story.yaml");
    Files.writeString(
        story,
        """
        - {at: 0, caption: "Twenty years in one valley"}
        - {at: 10, inject: {kind: crash, size: 0.5, months: 12}}
        - {at: 10, lever: {name: price_floor, on: true}}
        - {at: 20, save_session: session.yaml}
        - {at: 20, screenshot: shots/charts.png}
        - {at: 20, export: export}
        """);
    ModelInputs inputs = ScenarioLoader.load(BASELINE, List.of());
    Storyboard board = Storyboard.load(story, inputs.scenario().steps());
    AtomicReference<MingaGui> guiRef = new AtomicReference<>();
    AtomicReference<Console> consoleRef = new AtomicReference<>();
    SwingUtilities.invokeAndWait(
        () -> {
          MingaGui g = new MingaGui(BASELINE, List.of(), inputs);
          g.playStoryboard(board);
          guiRef.set(g);
          consoleRef.set((Console) g.createController());
        });
    MingaGui gui = guiRef.get();
    Console console = consoleRef.get();
    try {
      // The window opens paused at month 0; play while paused steps (MASON's Console).
      console.setNumStepsPerStepButtonPress(30);
      console.pressPlay(); // 30 months, the storyboard's cues on the way
      assertEquals(30, gui.model().completedSteps());
      SwingUtilities.invokeAndWait(() -> {});
      SwingUtilities.invokeAndWait(() -> {});

      AtomicReference<String> caption = new AtomicReference<>();
      SwingUtilities.invokeAndWait(() -> caption.set(gui.window().caption()));
      assertEquals("Twenty years in one valley", caption.get());
      var events = gui.window().charts().charts().events();
      assertTrue(
          events.contains(new ChartEvent(10, "price crash x0.5, 12 mo (injected)")),
          events::toString);
      assertTrue(
          events.contains(new ChartEvent(10, "price floor on (switched)")), events::toString);
      assertEquals(
          List.of(10, 10),
          gui.model().interventions().stream().map(org.minga.model.Intervention::step).toList());
      assertEquals(Policies.Lever.PRICE_FLOOR, gui.model().interventions().get(1).lever());

      String session = Files.readString(dir.resolve("session.yaml"));
      assertTrue(session.contains("{at: 10, duration: 12, multiplier: 0.5}"), session);
      assertTrue(session.contains("{at: 10, lever: price_floor, state: on}"), session);
      // July of year 3 (month 30): "at the next harvest" means May of year 4, month 40.
      assertEquals(40, gui.injectPriceShock(0.8, 3, true));
      String note = ShockTiming.describe(gui.model(), 40);
      assertTrue(note.startsWith("From May 2003 (month 40), a harvest month"), note);
      // The export holds the 20 months charted before month 20, as minga run writes them.
      List<String> csv = Files.readAllLines(dir.resolve("export/timeseries.csv"));
      assertEquals(21, csv.size(), "header and months 0-19");
      assertTrue(csv.get(0).startsWith("step,"), csv.get(0));
      assertTrue(Files.exists(dir.resolve("export/prices.png")));
      // The saved session, run headless, gives the same months byte for byte.
      Path replay = dir.resolve("replay");
      assertEquals(
          0,
          org.minga.cli.Main.execute(
              "run",
              dir.resolve("session.yaml").toString(),
              "--out",
              replay.toString(),
              "--no-charts"));
      List<String> replayed = Files.readAllLines(replay.resolve("timeseries.csv"));
      assertEquals(csv, replayed.subList(0, csv.size()), "the session replays the window's run");
      BufferedImage shot = ImageIO.read(dir.resolve("shots/charts.png").toFile());
      assertTrue(WorkshopWindowTest.variance(shot) > 100, "the screenshot is not blank");
    } finally {
      SwingUtilities.invokeAndWait(
          () -> {
            gui.quit();
            console.dispose();
          });
    }
  }
}
