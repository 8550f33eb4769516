package org.minga.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Storyboards: every action is read as written, entries at one month keep file order, paths are
 * relative to the storyboard, and every mistake is reported with its line and column.
 */
class StoryboardTest {
  @TempDir Path dir;

  private Storyboard load(String yaml) throws Exception {
    Path f = dir.resolve("story.yaml");
    Files.writeString(f, yaml);
    return Storyboard.load(f, 120);
  }

  private ScenarioException mistake(String yaml) {
    return assertThrows(ScenarioException.class, () -> load(yaml));
  }

  @Test
  void everyActionIsReadAndEntriesKeepFileOrderWithinAMonth() throws Exception {
    Storyboard s =
        load(
            """
        - {at: 12, inject: {kind: crash, size: 0.4, months: 6}}
        - {at: 0, caption: "Twenty years in one valley"}
        - {at: 12, pause: true}
        - {at: 30, lever: {name: price_floor, on: true}}
        - {at: 40, inject: {kind: boom, size: 0.5, when: next_harvest}}
        - {at: 48, save_session: out/session.yaml}
        - {at: 48, export: out/run}
        - {at: 48, screenshot: shots/a.png}
        - {at: 60, quit: true}
        """);
    assertEquals(
        List.of(0, 12, 12, 30, 40, 48, 48, 48, 60),
        s.cues().stream().map(Storyboard.Cue::at).toList());
    assertEquals(new Storyboard.Caption("Twenty years in one valley"), s.cues().get(0).action());
    Storyboard.Inject crash = (Storyboard.Inject) s.at(12).get(0).action();
    assertEquals(0.6, crash.multiplier(), 1e-12);
    assertEquals(6, crash.months());
    assertEquals(new Storyboard.Pause(), s.at(12).get(1).action());
    assertEquals(
        new Storyboard.Lever(EventsConfig.LeverName.PRICE_FLOOR, true), s.at(30).get(0).action());
    Storyboard.Inject boom = (Storyboard.Inject) s.at(40).get(0).action();
    assertEquals(1.5, boom.multiplier(), 1e-12);
    assertEquals(12, boom.months(), "months default to a year");
    assertTrue(boom.atNextHarvest());
    assertTrue(!crash.atNextHarvest(), "now by default");
    assertEquals(
        new Storyboard.SaveSession(dir.resolve("out/session.yaml").toAbsolutePath().normalize()),
        s.at(48).get(0).action());
    assertTrue(s.at(60).get(0).action() instanceof Storyboard.Quit);
  }

  @Test
  void mistakesAreReportedWithTheirLineAndColumn() {
    ScenarioException e =
        mistake(
            """
        - {at: 12, inject: {kind: slump, size: 0.4}}
        - {at: 500, pause: true}
        - {at: 3, lever: {name: subsidies, on: true}}
        - {at: 4, pause: true, quit: true}
        - {at: 5}
        - {caption: hello}
        - {at: 6, wave: true}
        - {at: 7, inject: {kind: crash, size: 1.2}}
        - {at: 8, inject: {kind: crash, size: 0.2, when: later}}
        """);
    String all = e.format();
    List<Problem> p = e.problems();
    assertEquals(9, p.size(), all);
    assertTrue(p.get(0).message().contains("`slump`: use crash or boom"), all);
    assertEquals(1, p.get(0).line(), all);
    assertTrue(p.get(1).message().contains("500 is outside 0 to 119"), all);
    assertEquals(2, p.get(1).line(), all);
    assertTrue(p.get(2).message().contains("`subsidies` is not a lever"), all);
    assertTrue(p.get(3).message().contains("one action per entry"), all);
    assertTrue(p.get(4).message().contains("no action"), all);
    assertTrue(p.get(5).message().contains("no `at:`"), all);
    assertTrue(p.get(6).message().contains("unknown key `wave`"), all);
    assertTrue(p.get(7).message().contains("a crash takes a share"), all);
    assertTrue(p.get(8).message().contains("use now or next_harvest"), all);
    assertTrue(all.contains("story.yaml:1:"), all);
  }

  @Test
  void aStoryboardIsAList() {
    ScenarioException e = mistake("at: 3\npause: true\n");
    assertTrue(e.problems().get(0).message().contains("a storyboard is a list"), e.format());
  }

  /** The bundled storyboards are valid for the bundled baseline (they are documented). */
  @Test
  void theBundledStoryboardsLoad() throws Exception {
    int steps =
        ScenarioLoader.load(java.nio.file.Path.of("scenarios/baseline.yaml"), java.util.List.of())
            .scenario()
            .steps();
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("storyboards"))) {
      var boards = files.filter(f -> f.toString().endsWith(".yaml")).toList();
      org.junit.jupiter.api.Assertions.assertFalse(boards.isEmpty());
      for (var f : boards) {
        org.junit.jupiter.api.Assertions.assertFalse(
            Storyboard.load(f, steps).cues().isEmpty(), f + " has cues");
      }
    }
  }
}
