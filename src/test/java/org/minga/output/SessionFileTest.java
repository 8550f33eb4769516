package org.minga.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.metrics.MetricBits;
import org.minga.metrics.MetricsRecorder;
import org.minga.model.MingaModel;
import org.minga.model.Policies;
import org.minga.scenario.BundledScenarios;
import org.minga.scenario.ScenarioLoader;

/**
 * A saved workshop session replays the live run: the window's shocks and lever switches, written as
 * scheduled events of a scenario that extends the original, give every metric of every step bit for
 * bit; the run without them differs from the first change on.
 */
class SessionFileTest {
  private static final Path BASELINE = Path.of("scenarios/baseline.yaml");
  private static final List<String> SET = List.of("producers.count=400");

  /** Every step's metrics, as raw bits, from a model run to its horizon. */
  private static List<String> rows(MingaModel m, Runnable[] atStep) {
    MetricsRecorder rec = MetricsRecorder.attach(m);
    List<String> rows = MetricBits.of(rec);
    while (true) {
      int done = m.completedSteps();
      if (atStep != null && done < atStep.length && atStep[done] != null) {
        atStep[done].run();
      }
      if (!m.stepOnce()) {
        break;
      }
    }
    m.finish();
    rec.finish();
    return rows;
  }

  private static MingaModel started(Path file, List<String> overrides) throws Exception {
    MingaModel m = new MingaModel(ScenarioLoader.load(file, overrides));
    m.start();
    return m;
  }

  @Test
  void aSavedSessionReplaysTheLiveRunBitForBit(@TempDir Path dir) throws Exception {
    MingaModel live = started(BASELINE, SET);
    Runnable[] window = new Runnable[240];
    window[20] = () -> live.injectPriceShock(12, 0.5); // a crash from month 20
    window[30] = () -> live.switchLever(Policies.Lever.PRICE_FLOOR, Policies.Override.ON);
    window[31] = () -> live.injectPriceShock(6, 0.8); // overlaps the crash
    window[45] = () -> live.switchLever(Policies.Lever.PRICE_FLOOR, Policies.Override.SCENARIO);
    window[50] = () -> live.injectPriceShock(3, 1.6); // a boom
    List<String> liveRows = rows(live, window);

    Path session = dir.resolve("session.yaml");
    Files.writeString(
        session, SessionFile.yaml(BASELINE, session, SET, live.scenario(), live.interventions()));
    List<String> replay = rows(started(session, List.of()), null);
    assertEquals(liveRows.size(), replay.size());
    for (int s = 0; s < liveRows.size(); s++) {
      assertEquals(liveRows.get(s), replay.get(s), "metrics differ at step " + s);
    }

    List<String> untouched = rows(started(BASELINE, SET), null);
    assertEquals(liveRows.subList(0, 20), untouched.subList(0, 20));
    assertNotEquals(liveRows.get(20), untouched.get(20), "the crash shows from month 20");
  }

  @Test
  void theSessionExtendsTheOriginalAndListsWhatTheWindowChanged(@TempDir Path dir)
      throws Exception {
    MingaModel live = started(BASELINE, SET);
    live.injectPriceShock(12, 0.5);
    live.switchLever(Policies.Lever.PRICE_FLOOR, Policies.Override.OFF);
    Path session = dir.resolve("s.yaml");
    String yaml = SessionFile.yaml(BASELINE, session, SET, live.scenario(), live.interventions());
    assertTrue(yaml.contains("extends: "), yaml);
    assertTrue(yaml.contains("{at: 0, duration: 12, multiplier: 0.5}"), yaml);
    assertTrue(yaml.contains("{at: 0, lever: price_floor, state: off}"), yaml);
    assertTrue(yaml.contains("producers:\n  count: 400"), yaml);
  }

  @Test
  void aSessionOfABundledScenarioExtendsItByItsBundledName(@TempDir Path dir) throws Exception {
    Path bundled = BundledScenarios.find("baseline").orElseThrow();
    MingaModel live = started(bundled, SET);
    live.injectPriceShock(12, 0.5);
    Path session = dir.resolve("s.yaml");
    String yaml = SessionFile.yaml(bundled, session, SET, live.scenario(), live.interventions());
    assertTrue(yaml.contains("extends: bundled:baseline.yaml\n"), yaml);
    Files.writeString(session, yaml);
    ScenarioLoader.Loaded replay = ScenarioLoader.loadWithWarnings(session, List.of());
    assertEquals(List.of(), replay.warnings(), "the baseline's crash is kept: no warning");
    assertEquals(
        live.scenario().prices().shocks().size() + 1,
        replay.inputs().scenario().prices().shocks().size());
  }

  @Test
  void anOverrideOfOneListElementCannotBeSaved(@TempDir Path dir) throws Exception {
    MingaModel live = started(BASELINE, SET);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                SessionFile.yaml(
                    BASELINE,
                    dir.resolve("s.yaml"),
                    List.of("firms[0].margin=0.1"),
                    live.scenario(),
                    live.interventions()));
    assertTrue(e.getMessage().contains("firms[0].margin"), e.getMessage());
  }

  /**
   * "At the next harvest": a shock chosen in January of a May-August coffee calendar starts in May,
   * and the saved session replays it there.
   */
  @Test
  void aShockAtTheNextHarvestStartsInItsFirstMonthAndReplays(@TempDir Path dir) throws Exception {
    MingaModel live = started(BASELINE, SET); // harvest May-August
    assertEquals(4, live.nextHarvestStart(), "step 4 is May of the first year");
    Runnable[] window = new Runnable[240];
    window[13] = () -> live.injectPriceShockAt(live.nextHarvestStart(), 6, 0.5);
    List<String> liveRows = rows(live, window);
    assertEquals(16, live.interventions().get(0).step(), "May of the second year");
    Path session = dir.resolve("session.yaml");
    Files.writeString(
        session, SessionFile.yaml(BASELINE, session, SET, live.scenario(), live.interventions()));
    assertEquals(liveRows, rows(started(session, List.of()), null));
    List<String> untouched = rows(started(BASELINE, SET), null);
    assertEquals(liveRows.subList(0, 16), untouched.subList(0, 16));
    assertNotEquals(liveRows.get(16), untouched.get(16));
  }
}
