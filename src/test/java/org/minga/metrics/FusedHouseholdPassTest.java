package org.minga.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minga.model.MingaModel;
import org.minga.model.Producer;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.ScenarioLoader;

/**
 * The fused household pass is an optimisation of the registry, never a second definition: every
 * column it covers must equal, bit for bit and at every step, the registry evaluated by the generic
 * pass alone (StepMetrics in registry-only mode), on bundled scenarios that between them put
 * households in every group (members, contract farmers, blacklisted, indebted, exporting, poor,
 * gone from farming, blacklisted and gone) and empty some groups (seasonal groups between seasons).
 */
class FusedHouseholdPassTest {
  /** What a run shows at some step, so that every group is exercised. */
  enum Seen {
    MEMBERS,
    NO_MEMBERS,
    CONTRACT_FARMERS,
    BLACKLISTED,
    INDEBTED,
    EXPORTING,
    POOR,
    EXITS,
    /** A blacklisted household out of farming (still counted as blacklisted). */
    BLACKLISTED_EXITS
  }

  private static final int STEPS = 36;

  /** Scenario, overrides, and what its first {@link #STEPS} steps must show. */
  static Stream<Arguments> models() {
    return Stream.of(
        Arguments.of(
            "baseline",
            List.of("producers.count=1500"),
            EnumSet.of(Seen.MEMBERS, Seen.INDEBTED, Seen.EXPORTING, Seen.POOR)),
        // Contract farming, breaches and blacklisting.
        Arguments.of(
            "guatemala-agroexport",
            List.of("producers.count=1500"),
            EnumSet.of(Seen.MEMBERS, Seen.CONTRACT_FARMERS, Seen.BLACKLISTED, Seen.EXPORTING)),
        // The same in hard times: blacklisted households leave farming and still count.
        Arguments.of(
            "guatemala-agroexport",
            List.of(
                "producers.count=1500",
                "producers.leave_farming_years=1",
                "producers.subsistence_per_month.mean=500"),
            EnumSet.of(Seen.CONTRACT_FARMERS, Seen.BLACKLISTED_EXITS, Seen.EXITS)),
        // One buyer contracting from year 2.
        Arguments.of(
            "nicaragua-cacao-single-buyer",
            List.of(),
            EnumSet.of(Seen.MEMBERS, Seen.CONTRACT_FARMERS, Seen.INDEBTED)),
        // Seasonal groups: no members between seasons.
        Arguments.of(
            "uganda-matoke-seasonal",
            List.of(),
            EnumSet.of(Seen.MEMBERS, Seen.NO_MEMBERS, Seen.POOR, Seen.EXITS)),
        // Many leave farming (a quarter within two years).
        Arguments.of(
            "baseline",
            List.of(
                "producers.count=1500",
                "producers.leave_farming_years=1",
                "producers.subsistence_per_month.mean=250"),
            EnumSet.of(Seen.MEMBERS, Seen.EXITS, Seen.POOR)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("models")
  void everyFusedColumnEqualsTheRegistryEvaluatedGenericallyAtEveryStep(
      String scenario, List<String> overrides, Set<Seen> expected) throws ScenarioException {
    MingaModel m =
        new MingaModel(ScenarioLoader.load(Path.of("scenarios", scenario + ".yaml"), overrides));
    m.start();
    List<String> covered = FusedHouseholdPass.coveredNames(Metrics.ALL);
    StepMetrics registryOnly = new StepMetrics(m, Metrics.ALL, false);
    double[] generic = new double[Metrics.ALL.size()];
    Set<Seen> seen = EnumSet.noneOf(Seen.class);
    int[] steps = {0};
    // The recorder computes the row the production way (fused pass), as runs write it.
    MetricsRecorder.attach(m)
        .addObserver(
            (step, fused, tracked) -> {
              registryOnly.compute(generic);
              for (String name : covered) {
                int i = Metrics.index(name);
                assertEquals(
                    Double.doubleToRawLongBits(generic[i]),
                    Double.doubleToRawLongBits(fused[i]),
                    () -> name + " at step " + step + ": " + generic[i] + " vs " + fused[i]);
              }
              seen.addAll(seen(m, fused));
              steps[0]++;
            });
    for (int s = 0; s < STEPS && m.stepOnce(); s++) {
      // checked by the observer
    }
    assertEquals(STEPS, steps[0]);
    assertTrue(seen.containsAll(expected), "expected " + expected + ", saw " + seen);
  }

  private static Set<Seen> seen(MingaModel m, double[] v) {
    Set<Seen> s = EnumSet.noneOf(Seen.class);
    s.add(v[Metrics.index("membership_rate")] > 0 ? Seen.MEMBERS : Seen.NO_MEMBERS);
    if (v[Metrics.index("contracted_producers")] > 0) {
      s.add(Seen.CONTRACT_FARMERS);
    }
    if (v[Metrics.index("blacklisted_producers")] > 0) {
      s.add(Seen.BLACKLISTED);
    }
    if (v[Metrics.index("indebted_share")] > 0) {
      s.add(Seen.INDEBTED);
    }
    if (v[Metrics.index("export_access_share")] > 0) {
      s.add(Seen.EXPORTING);
    }
    double poverty = v[Metrics.index("poverty_rate")];
    if (poverty > 0 && poverty < 1) {
      s.add(Seen.POOR);
    }
    if (v[Metrics.index("active_producers")] < m.producerCount()) {
      s.add(Seen.EXITS);
    }
    for (Producer p : m.producers()) {
      if (p.isBlacklisted() && !p.isActive()) {
        s.add(Seen.BLACKLISTED_EXITS);
        break;
      }
    }
    return s;
  }

  @Test
  void withTheStandardRegistryEveryHouseholdStatisticIsFusedAndTheGenericLoopDoesNotRun() {
    List<String> household = new ArrayList<>();
    for (Metric x : Metrics.ALL) {
      if (!(x.reporter() instanceof Reporter.OfModel)) {
        household.add(x.name());
      }
    }
    assertEquals(household, FusedHouseholdPass.coveredNames(Metrics.ALL));
    MingaModel m = baseline();
    StepMetrics production = new StepMetrics(m);
    assertTrue(production.runsFusedPass());
    assertFalse(production.runsGenericPass());
    StepMetrics registryOnly = new StepMetrics(m, Metrics.ALL, false);
    assertFalse(registryOnly.runsFusedPass());
    assertTrue(registryOnly.runsGenericPass());
  }

  @Test
  void aStatisticTheFusedPassDoesNotCoverGoesThroughTheGenericPass() {
    Metric memberTrust =
        new Metric(
            "member_trust",
            "Mean trust of active members, by id.",
            "score 0-1",
            "this step",
            Bounds.UNIT,
            HouseholdStat.mean(HouseholdValue.TRUST, HouseholdGroup.MEMBERS));
    assertFalse(FusedHouseholdPass.covers(memberTrust.reporter()));
    List<Metric> metrics = List.of(memberTrust, Metrics.get("income_members"));
    MingaModel m = baseline();
    StepMetrics mixed = new StepMetrics(m, metrics);
    assertTrue(mixed.runsFusedPass());
    assertTrue(mixed.runsGenericPass());
    StepMetrics registryOnly = new StepMetrics(m, metrics, false);
    double[] a = new double[2];
    double[] b = new double[2];
    for (int s = 0; s < 14 && m.stepOnce(); s++) {
      mixed.compute(a);
      registryOnly.compute(b);
      for (int i = 0; i < 2; i++) {
        assertEquals(Double.doubleToRawLongBits(b[i]), Double.doubleToRawLongBits(a[i]));
      }
    }
    assertTrue(a[0] > 0 && a[1] != 0, a[0] + " " + a[1]);
  }

  private static MingaModel baseline() {
    try {
      MingaModel m =
          new MingaModel(
              ScenarioLoader.load(
                  Path.of("scenarios", "baseline.yaml"), List.of("producers.count=600")));
      m.start();
      return m;
    } catch (ScenarioException e) {
      throw new IllegalArgumentException(e.format(), e);
    }
  }
}
