package org.minga.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The suite's rules: when an ablation explains a fact, when an interval is precise enough to stop
 * adding replicates, how known failures count in a strict run, where an ablation's settings go.
 */
class SuiteRulesTest {

  @Test
  void anEffectThatVanishesOrHalvesIsExplainedOneThatSurvivesIsNot() {
    assertTrue(Ablation.explains(0.10, 0.08, false), "shrank and no longer holds: explained");
    assertFalse(Ablation.explains(0.03, 0.05, false), "grew, only noisier: not explained");
    assertTrue(Ablation.explains(0.10, 0.05, true), "shrank to half: explained");
    assertTrue(Ablation.explains(-0.10, 0.02, true), "changed sign: explained");
    assertFalse(Ablation.explains(0.10, 0.06, true), "60% survives: not explained");
    assertFalse(Ablation.explains(-0.10, -0.12, true), "grew: not explained");
  }

  @Test
  void aSignIsPreciseAtAQuarterOfTheMeanARangeAtATenthOfItsWidth() {
    Expectation sign = Expectation.positive();
    assertTrue(PatternRunner.precise(sign, new PairedInterval(10, 1.0, 0, 0.76, 1.24)));
    assertFalse(PatternRunner.precise(sign, new PairedInterval(10, 1.0, 0, 0.7, 1.3)));
    Expectation range = Expectation.within(70, 150);
    assertTrue(PatternRunner.precise(range, new PairedInterval(10, 100, 0, 93, 107)));
    assertFalse(PatternRunner.precise(range, new PairedInterval(10, 100, 0, 90, 110)));
    assertFalse(
        PatternRunner.precise(sign, new PairedInterval(10, Double.NaN, 0, Double.NaN, Double.NaN)));
  }

  @Test
  void aKnownFailureFailsAStrictRunOnlyWhenItPasses() {
    PatternCheck fact = PatternCatalogue.select(List.of("1")).get(0);
    PatternCheck known = fact.failsKnowingly("awaiting a decision");
    double[] up = {0.1, 0.12, 0.11};
    double[] down = {-0.1, -0.12, -0.11};
    // The fact expects a negative statistic; its ablation arm here shrinks it to nothing.
    double[] none = {0.0, 0.001, -0.001};
    assertTrue(PatternResult.of(fact, 1, up, none, 0).failsStrict());
    assertFalse(PatternResult.of(known, 1, up, none, 0).failsStrict());
    assertFalse(PatternResult.of(fact, 1, down, none, 0).failsStrict());
    assertTrue(PatternResult.of(known, 1, down, none, 0).failsStrict(), "stale mark");
    // Holding but surviving the ablation is not a pass.
    PatternResult survives = PatternResult.of(fact, 1, down, down, 0);
    assertEquals(PatternResult.Verdict.NOT_EXPLAINED, survives.verdict());
    assertTrue(survives.failsStrict());
  }

  @Test
  void theAblationIsSetInEveryArmBeforeItsOwnSettings() {
    PatternCheck fact = PatternCatalogue.select(List.of("9b")).get(0);
    int k = fact.ablation().overrides().size();
    for (int a = 0; a < fact.arms().size(); a++) {
      List<String> own = fact.arms().get(a).overrides();
      List<String> ablated = fact.ablatedArms().get(a).overrides();
      assertEquals(fact.ablation().overrides(), ablated.subList(0, k));
      assertEquals(own, ablated.subList(k, ablated.size()));
    }
  }
}
