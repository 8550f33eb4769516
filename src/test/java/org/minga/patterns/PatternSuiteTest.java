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
 * The fast subset of the pattern suite (the full suite runs in .ci/run): a few checks whose
 * effects are large relative to replicate noise, with 3 replicates, must pass; results must
 * not depend on the thread count; every fact of docs/model.md section 11 has a check.
 */
class PatternSuiteTest {
  private static final Path SCENARIOS = Path.of("scenarios");

  @Test
  void everyStylisedFactAndBothCalibrationFactsHaveACheck() {
    Set<Integer> facts = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (PatternCheck c : PatternCatalogue.all()) {
      facts.add(c.fact());
      assertTrue(ids.add(c.id()), "duplicate id " + c.id());
    }
    for (int f = 1; f <= 14; f++) {
      assertTrue(facts.contains(f), "no check for fact " + f);
    }
    assertTrue(ids.containsAll(List.of("C1", "C2")));
  }

  @Test
  void selectionByIdFactNumberAndScenario() {
    assertEquals(List.of("2a", "2b"), ids(PatternCatalogue.select(List.of("2"))));
    assertEquals(List.of("C1"), ids(PatternCatalogue.select(List.of("c1"))));
    // 8b compares the full package with the tax-only variant: it does not run the status quo.
    assertEquals(List.of("8a", "C1"),
        ids(PatternCatalogue.select(List.of("consorcio-palta-sierra"))));
  }

  /**
   * Collective purchase (fact 11; a 33% discount, expected ratio change about -0.3), more
   * intermediaries (fact 6a; margins fall as the competition term grows) and the full consorcio
   * package (fact 8a; the firm enters only with it) are large, low-noise effects: 3 replicates
   * are enough for their intervals to exclude zero.
   */
  @Test
  void fastSubsetPasses() throws Exception {
    List<PatternResult> results = new PatternRunner(SCENARIOS, 3, 1, 2)
        .run(PatternCatalogue.select(List.of("11", "6a", "8a")), null);
    for (PatternResult r : results) {
      assertTrue(r.pass(), r.check().id() + " failed: " + r.interval());
    }
    PatternResult collective = results.stream().filter(r -> r.check().id().equals("11"))
        .findFirst().orElseThrow();
    assertTrue(collective.interval().mean() < -0.2 && collective.interval().mean() > -0.4,
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
