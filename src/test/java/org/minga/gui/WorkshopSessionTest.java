package org.minga.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ScenarioLoader;
import org.minga.scenario.Storyboard;
import sim.display.Console;

/**
 * The 90-minute session of docs/workshop.md, played from its storyboard at full speed on a 1280x720
 * and a 1920x1080 screen: every pause holds until play is pressed again, the storyboard's
 * screenshots are written and not blank, and the session it saves lists the boom and the price
 * floor switched off. The screenshots are the ones docs/workshop.md shows (scripts/screenshots.sh
 * copies them from target/screenshots).
 */
@Tag("gui")
class WorkshopSessionTest {
  static final Path STORYBOARD = Path.of("storyboards/valley-90-minutes.yaml");
  static final int LAST_CUE = 120;

  @ParameterizedTest
  @CsvSource({"1280, 720", "1920, 1080"})
  void theNinetyMinuteSessionPlaysThrough(int width, int height) throws Exception {
    assertFalse(GraphicsEnvironment.isHeadless(), "needs a display: xvfb-run -a mvn test -Pgui");
    Path dir = Files.createTempDirectory("session");
    Path story =
        Files.copy(STORYBOARD, dir.resolve("story.yaml"), StandardCopyOption.REPLACE_EXISTING);
    ModelInputs inputs = ScenarioLoader.load(WorkshopWindowTest.BASELINE, List.of());
    Storyboard board = Storyboard.load(story, inputs.scenario().steps());
    MingaGui[] gui = new MingaGui[1];
    Console[] console = new Console[1];
    SwingUtilities.invokeAndWait(
        () -> {
          gui[0] = new MingaGui(WorkshopWindowTest.BASELINE, List.of(), inputs);
          gui[0].playStoryboard(board);
          console[0] = (Console) gui[0].createController();
          gui[0].window().frame().setBounds(0, 0, width, height);
          gui[0].window().frame().validate();
          gui[0].window().controls().speedSlider().setValue(RunControls.SPEEDS.length - 1);
        });
    try {
      int pauses = 0;
      while (gui[0].model().completedSteps() <= LAST_CUE) {
        SwingUtilities.invokeAndWait(() -> gui[0].window().run().play());
        awaitPause(gui[0]);
        pauses++;
      }
      assertEquals(5, pauses, "the storyboard's five pauses, each held until play");
      SwingUtilities.invokeAndWait(() -> {}); // the last cues' screenshots
      String size = width + "x" + height;
      Files.createDirectories(WorkshopWindowTest.SCREENSHOTS);
      for (String shot : List.of("after-the-boom", "no-price-floor")) {
        Path file = dir.resolve("shots/" + shot + ".png");
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(width, img.getWidth(), 40.0, shot);
        assertTrue(WorkshopWindowTest.variance(img) > 100, shot + " is not blank");
        Files.copy(
            file,
            WorkshopWindowTest.SCREENSHOTS.resolve("session-" + shot + "-" + size + ".png"),
            StandardCopyOption.REPLACE_EXISTING);
      }
      String session = Files.readString(dir.resolve("session.yaml"));
      assertTrue(session.contains("{at: 40, duration: 12, multiplier: 1.4}"), session);
      assertTrue(session.contains("{at: 100, lever: price_floor, state: off}"), session);
      assertTrue(
          gui[0].window().charts().counterfactualRows() != null,
          "the faded line: the valley with its price floor");
    } finally {
      SwingUtilities.invokeAndWait(
          () -> {
            console[0].pressStop();
            gui[0].quit();
            console[0].dispose();
          });
    }
  }

  /** Waits until the run is paused again (a storyboard pause) or has ended. */
  private static void awaitPause(MingaGui gui) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    Thread.sleep(100);
    while (System.currentTimeMillis() < deadline) {
      boolean[] playing = new boolean[1];
      SwingUtilities.invokeAndWait(() -> playing[0] = gui.window().run().playing());
      if (!playing[0]) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "still playing after two minutes, at month " + gui.model().completedSteps());
  }
}
