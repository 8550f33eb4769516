package org.minga.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minga.scenario.ScenarioFiles.single;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.ScenarioSchema;

/** Values that are valid but implausible load with a warning and a guess at the intent. */
class PlausibilityTest {
  @TempDir Path dir;
  private ScenarioFiles files;

  @BeforeEach
  void setUp() {
    files = new ScenarioFiles(dir);
  }

  private List<Problem> warnings(String yaml, String... sets) throws ScenarioException {
    return ScenarioLoader.loadWithWarnings(files.write("s.yaml", yaml), List.of(sets)).warnings();
  }

  @Test
  void aCrashWrittenAsAPercentWarnsAtTheValueWithTheFactorMeant() throws ScenarioException {
    List<Problem> w = warnings("prices:\n  shocks:\n    - at: 12\n      multiplier: 55\n");
    Problem p =
        single(
            w,
            4,
            19,
            "prices.shocks[0].multiplier",
            "warning: 55 is valid but " + "outside the plausible range 0.05 to 3",
            "for a 55% fall write 0.45",
            "for a 55% rise write 1.55");
    assertEquals(
        dir.resolve("s.yaml") + ":4:19: prices.shocks[0].multiplier: warning: 55",
        p.format().substring(0, p.format().indexOf(" is valid")));
  }

  @Test
  void aTinyFactorSaysHowMuchItCuts() throws ScenarioException {
    single(
        warnings("events:\n  yield_shocks:\n    - {at: 3, multiplier: 0.01}\n"),
        3,
        27,
        "events.yield_shocks[0].multiplier",
        "0.01 cuts by 99%; for a 1% fall write 0.99");
  }

  @Test
  void aShareWrittenAsAPercentAsksWhetherTheShareWasMeant() throws ScenarioException {
    single(
        warnings("producers:\n  leave_income_gap: 15\n"),
        2,
        21,
        "producers.leave_income_gap",
        "did you mean 0.15 (15%)?");
  }

  @Test
  void aPriceFarAboveTheBasePriceSaysHowManyTimes() throws ScenarioException {
    single(
        warnings("prices:\n  base: 120\nfirms:\n  - name: f\n    floor: 950\n"),
        5,
        12,
        "firms[0].floor",
        "plausible range at most 2 x prices.base (120 now)",
        "950 is 7.9 times prices.base");
  }

  @Test
  void theRangeFollowsTheBasePrice() throws ScenarioException {
    assertEquals(
        List.of(), warnings("prices:\n  base: 1000\nfirms:\n  - name: f\n" + "    floor: 950\n"));
  }

  @Test
  void listElementsAndOverridesAreCheckedToo() throws ScenarioException {
    List<Problem> w =
        warnings("name: x\n", "prices.seasonal=[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, " + "12]");
    single(w, 0, 0, "prices.seasonal[11]", "12 multiplies by 12");
    assertTrue(w.get(0).file().startsWith("--set prices.seasonal="), w::toString);
  }

  @Test
  void aShareAboveItsMaximumAsPercentIsRefusedWithTheShareMeant() {
    single(
        files.problems("cooperatives:\n  advance_share: 75\n"),
        2,
        18,
        "cooperatives.advance_share",
        "75 is above the maximum 1",
        "did you mean 0.75 (75%)?");
  }

  @Test
  void defaultsArePlausible() {
    Scenario defaults = ScenarioLoader.defaults();
    double base = defaults.prices().base();
    for (KeySpec k : ScenarioSchema.of(Scenario.class).allKeys()) {
      if (k == null
          || !k.hasPlausibleRange()
          || k.defaultYaml().isEmpty()
          || !k.kind().isNumeric()
          || k.defaultYaml().startsWith("[")) {
        continue;
      }
      double v = Double.parseDouble(k.defaultYaml());
      double scale = k.plausibleOf().isEmpty() ? 1 : base;
      assertTrue(
          v >= k.plausibleMin() * scale && v <= k.plausibleMax() * scale,
          () -> k.path() + " default " + k.defaultYaml() + " outside " + k.plausibleWords());
      assertTrue(
          Math.max(k.min(), k.plausibleMin()) < Math.min(k.max(), k.plausibleMax())
              && (k.plausibleMin() > k.min() || k.plausibleMax() < k.max()),
          () -> k.path() + ": the plausible range must narrow the valid range");
    }
  }

  @Test
  void bundledScenariosRaiseNoWarnings() throws IOException, ScenarioException {
    try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
      for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        assertEquals(
            List.of(), ScenarioLoader.loadWithWarnings(p, List.of()).warnings(), p::toString);
      }
    }
  }
}
