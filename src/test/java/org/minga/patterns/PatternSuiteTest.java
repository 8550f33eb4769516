package org.minga.patterns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pattern suite's structure and its fast part (the full suite runs in .ci/run with --strict):
 * every stylised fact has a check; validation facts all have an ablation arm and calibration
 * targets say what was fitted; the mechanism checks, which are tests rather than validation, pass
 * here with 3 replicates; results do not depend on the thread count.
 */
class PatternSuiteTest {
  private static final Path SCENARIOS = Path.of("scenarios");

  @Test
  void everyStylisedFactAndEveryCalibrationTargetHasACheck() {
    Set<Integer> facts = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (PatternCheck c : PatternCatalogue.all()) {
      facts.add(c.fact());
      assertTrue(ids.add(c.id()), "duplicate id " + c.id());
    }
    for (int f = 1; f <= 14; f++) {
      assertTrue(facts.contains(f), "no check for fact " + f);
    }
    assertTrue(ids.containsAll(List.of("C1", "C2", "C3")));
  }

  @Test
  void theThreeKindsAreKeptApart() {
    for (PatternCheck c : PatternCatalogue.all()) {
      assertEquals(c.kind() == CheckKind.VALIDATION, c.ablation() != null, c.id());
      assertEquals(c.kind() == CheckKind.CALIBRATION, c.fitted() != null, c.id());
      assertEquals(c.kind() == CheckKind.CALIBRATION, c.id().startsWith("C"), c.id());
    }
    // The identities named as such are mechanism checks, not validation.
    for (String id : List.of("6a", "7", "11")) {
      assertEquals(CheckKind.MECHANISM, PatternCatalogue.select(List.of(id)).get(0).kind());
    }
  }

  @Test
  void selectionByIdFactNumberAndScenario() {
    assertEquals(List.of("2a", "2b"), ids(PatternCatalogue.select(List.of("2"))));
    assertEquals(List.of("C1"), ids(PatternCatalogue.select(List.of("c1"))));
    assertEquals(
        List.of("8a", "8b", "C1"), ids(PatternCatalogue.select(List.of("consorcio-palta-sierra"))));
  }

  /**
   * Every mechanism check passes with 5 replicates: these are identities of one mechanism, with
   * effects large against replicate noise. Collective purchase (a 33% discount) must also cut
   * members' relative input cost by about a third.
   */
  @Test
  void mechanismChecksPass() throws Exception {
    List<PatternCheck> mechanisms =
        PatternCatalogue.all().stream().filter(c -> c.kind() == CheckKind.MECHANISM).toList();
    List<PatternResult> results = new PatternRunner(SCENARIOS, 5, 1, 2).run(mechanisms, null);
    for (PatternResult r : results) {
      assertTrue(r.pass(), r.check().id() + " failed: " + r.interval());
    }
    PatternResult collective =
        results.stream().filter(r -> r.check().id().equals("11")).findFirst().orElseThrow();
    assertTrue(
        collective.interval().mean() < -0.2 && collective.interval().mean() > -0.4,
        "collective purchase should cut members' relative input cost by about a third: "
            + collective.interval());
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() throws Exception {
    List<PatternCheck> checks = PatternCatalogue.select(List.of("10b"));
    double[] one = new PatternRunner(SCENARIOS, 2, 7, 1).run(checks, null).get(0).values();
    double[] two = new PatternRunner(SCENARIOS, 2, 7, 2).run(checks, null).get(0).values();
    assertArrayEquals(one, two, 0.0);
  }

  private static List<String> ids(List<PatternCheck> checks) {
    return checks.stream().map(PatternCheck::id).toList();
  }
}
