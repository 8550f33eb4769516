package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property test of the model's conservation laws (volume, money, membership consistency, no
 * NaN or negative stocks; see {@link Invariants}): random scenarios that switch on every
 * mechanism in some combination are run to the end with the invariants checked after every
 * step. A failure prints the scenario's YAML so that it can be rerun with {@code minga run}.
 * The second half checks that the checker itself is not blind: deliberately broken state is
 * caught on the next step.
 */
class InvariantsPropertyTest {
  /** Fixed so that every run tests the same scenarios (reproducible failures). */
  private static final long GENERATOR_SEED = 20240611L;
  private static final int SCENARIOS = 25;

  @TempDir
  static Path dataDir;

  @TestFactory
  Stream<DynamicTest> randomScenariosKeepEveryInvariantAtEveryStep() {
    RandomScenarios gen = new RandomScenarios(GENERATOR_SEED, dataDir);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < SCENARIOS; i++) {
      String yaml = gen.next(i);
      tests.add(DynamicTest.dynamicTest("scenario " + i, () -> runToEnd(yaml)));
    }
    return tests.stream();
  }

  private static void runToEnd(String yaml) {
    try {
      MingaModel m = ModelFixture.start(yaml);
      int steps = 0;
      while (m.stepOnce()) {
        steps++;
      }
      assertEquals(m.totalSteps(), steps, "ran to the horizon");
      assertEquals(m.totalSteps(), m.completedSteps());
    } catch (Throwable t) {
      throw new AssertionError(t + "\n--- scenario (rerun with this YAML) ---\n" + yaml, t);
    }
  }

  // ---- the checker catches broken laws ----------------------------------------------------

  /** A default-ish scenario with cooperatives and members, stepped to mid-season (May). */
  private static MingaModel midSeason() {
    MingaModel m = ModelFixture.start("years: 2\nproducers: {count: 300}\n",
        "cooperatives.count=3", "producers.initial_member_share=0.8");
    // Steps 0-4 (January to May): the assembly month is January, so the next step is not one
    // in which members leave or join (which could repair a broken member list by accident).
    ModelFixture.run(m, 5);
    return m;
  }

  @Test
  void moneyAppearingWithoutALedgerEntryIsCaught() {
    MingaModel m = midSeason();
    m.producers[7].cash += 500; // money from nowhere: no source booked
    InvariantViolation v = assertThrows(InvariantViolation.class, m::stepOnce);
    assertTrue(v.getMessage().contains("money"), v.getMessage());
  }

  @Test
  void moneyVanishingWithoutALedgerEntryIsCaught() {
    MingaModel m = midSeason();
    Cooperative c = firstWithMembers(m);
    c.reserve -= 1000; // money to nowhere: no sink booked
    InvariantViolation v = assertThrows(InvariantViolation.class, m::stepOnce);
    assertTrue(v.getMessage().contains("money"), v.getMessage());
  }

  @Test
  void aMemberMissingFromItsCooperativesListIsCaught() {
    MingaModel m = midSeason();
    Cooperative c = firstWithMembers(m);
    int member = c.members.get(0);
    c.members.remove(member); // the producer still says it belongs to c
    InvariantViolation v = assertThrows(InvariantViolation.class, m::stepOnce);
    assertTrue(v.getMessage().contains("member"), v.getMessage());
  }

  @Test
  void aProducerListedByTheWrongCooperativeIsCaught() {
    MingaModel m = midSeason();
    Cooperative c = firstWithMembers(m);
    Producer outsider = null;
    for (Producer p : m.producers) {
      if (p.active && p.cooperative != c.index) {
        outsider = p;
        break;
      }
    }
    c.members.add(outsider.id); // listed by c without belonging to it
    InvariantViolation v = assertThrows(InvariantViolation.class, m::stepOnce);
    assertTrue(v.getMessage().contains("cooperative"), v.getMessage());
  }

  @Test
  void volumeAppearingWithoutBeingProducedIsCaught() {
    MingaModel m = midSeason();
    m.producers[3].stock += 10; // output nobody harvested
    InvariantViolation v = assertThrows(InvariantViolation.class, m::stepOnce);
    assertTrue(v.getMessage().contains("volume"), v.getMessage());
  }

  @Test
  void anInactiveAffiliatedProducerIsCaught() {
    MingaModel m = midSeason();
    Cooperative c = firstWithMembers(m);
    m.producers[c.members.get(0)].active = false; // left farming but still a member
    InvariantViolation v = assertThrows(InvariantViolation.class, m::stepOnce);
    assertTrue(v.getMessage().contains("inactive"), v.getMessage());
  }

  @Test
  void aNanIncomeIsCaught() {
    MingaModel m = midSeason();
    m.producers[11].incomeMonth = Double.NaN;
    assertThrows(InvariantViolation.class, m::stepOnce);
  }

  @Test
  void anUncorruptedModelPassesTheSameSteps() {
    // Control for the tests above: without the corruption the same steps pass, so what they
    // catch is the corruption and not something else in the scenario.
    MingaModel m = midSeason();
    ModelFixture.run(m, 7);
    assertEquals(12, m.completedSteps());
  }

  private static Cooperative firstWithMembers(MingaModel m) {
    for (Cooperative c : m.cooperatives) {
      if (c.active && c.members.size() > 1) {
        return c;
      }
    }
    throw new AssertionError("scenario has no cooperative with members");
  }
}
