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
 * Property test of the model's conservation laws (volume, money, membership consistency, no NaN or
 * negative stocks; see {@link Invariants}): random scenarios that switch on every mechanism in some
 * combination are run to the end with the invariants checked after every step. A failure prints the
 * scenario's YAML so that it can be rerun with {@code minga run}. The second half checks that the
 * checker itself is not blind: deliberately broken state is caught on the next step.
 */
class InvariantsPropertyTest {
  /** Fixed so that every run tests the same scenarios (reproducible failures). */
  private static final long GENERATOR_SEED = 20240611L;

  private static final int SCENARIOS = Integer.getInteger("minga.scenarios", 25);

  @TempDir static Path dataDir;

  @TestFactory
  Stream<DynamicTest> randomScenariosKeepEveryInvariantAtEveryStep() {
    RandomScenarios gen = new RandomScenarios(GENERATOR_SEED, dataDir);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < SCENARIOS; i++) {
      String yaml = gen.next(i);
      tests.add(DynamicTest.dynamicTest("scenario " + i, () -> runToEnd(yaml)));
    }
    // Guard against a vacuous pass: the scenarios, taken together, must have exercised the
    // mechanisms whose bookkeeping the invariants check.
    tests.add(
        DynamicTest.dynamicTest(
            "the scenarios exercised every mechanism",
            () -> {
              List<String> missing = new ArrayList<>();
              for (Coverage c : Coverage.values()) {
                if (!seen.contains(c)) {
                  missing.add(c.name());
                }
              }
              for (Policies.Lever l : Policies.Lever.values()) {
                if (!leversSeen.contains(l)) {
                  missing.add("lever " + l);
                }
              }
              for (Channel c : Channel.ALL) {
                if (!shutSeen.contains(c)) {
                  missing.add("shutdown of " + c);
                }
              }
              assertTrue(missing.isEmpty(), "never exercised: " + missing);
            }));
    return tests.stream();
  }

  /** What a scenario's run showed at some step. */
  private enum Coverage {
    INTERMEDIARY_SALES,
    COOPERATIVE_DELIVERIES,
    CONTRACT_DELIVERIES,
    LOCAL_MARKET_SALES,
    FIRM_ACTIVE,
    COOPERATIVE_FORMED,
    COOPERATIVE_DISSOLVED,
    SEASONAL_GROUP,
    LEFT_FARMING,
    INTERMEDIARY_DEBT,
    COOPERATIVE_DEBT,
    PUBLIC_DEBT,
    FIRM_DEBT,
    PRICE_FLOOR_PAID,
    GRANTS_PAID,
    PUBLIC_CREDIT_LENT,
    CONTRACT_PENALTY,
    WRITE_OFF,
    MISMANAGEMENT,
    EXIT_WITHDRAWAL,
    INTERMEDIARY_EXITED,
    FIRM_EXITED,
    REPLAYED_PRICES,
    CSV_PRODUCERS,
    SEASONAL_PRICES,
    REGIONAL_YIELD_SHOCK,
    LOAN_DEFAULT,
    CREDIT_REFUSED
  }

  private static final java.util.Set<Coverage> seen =
      java.util.Collections.synchronizedSet(java.util.EnumSet.noneOf(Coverage.class));
  private static final java.util.Set<Policies.Lever> leversSeen =
      java.util.Collections.synchronizedSet(java.util.EnumSet.noneOf(Policies.Lever.class));
  private static final java.util.Set<Channel> shutSeen =
      java.util.Collections.synchronizedSet(java.util.EnumSet.noneOf(Channel.class));

  private static void observe(MingaModel m) {
    MarketBook b = m.book;
    mark(b.volume12(Channel.INTERMEDIARY) > 0, Coverage.INTERMEDIARY_SALES);
    mark(b.volume12(Channel.COOPERATIVE) > 0, Coverage.COOPERATIVE_DELIVERIES);
    mark(b.volume12(Channel.CONTRACT) > 0, Coverage.CONTRACT_DELIVERIES);
    mark(b.volume12(Channel.LOCAL_MARKET) > 0, Coverage.LOCAL_MARKET_SALES);
    mark(b.cooperativesFormed > 0, Coverage.COOPERATIVE_FORMED);
    mark(b.cooperativesDissolved > 0, Coverage.COOPERATIVE_DISSOLVED);
    for (TractorFirm f : m.firms) {
      mark(f.isActive(), Coverage.FIRM_ACTIVE);
    }
    for (Cooperative c : m.cooperatives) {
      mark(c.isActive() && c.isSeasonal() && c.memberCount() > 0, Coverage.SEASONAL_GROUP);
    }
    for (Intermediary i : m.intermediaries) {
      mark(!i.isActive(), Coverage.INTERMEDIARY_EXITED);
    }
    var sc = m.scenario();
    for (Channel c : Channel.ALL) {
      boolean exists = c != Channel.LOCAL_MARKET || sc.commodity().localMarket().enabled();
      if (exists && !m.channelOpen(c)) {
        shutSeen.add(c);
      }
    }
    for (Policies.Lever l : Policies.Lever.values()) {
      if (m.policies.inForce(l)) {
        leversSeen.add(l);
      }
    }
    for (TractorFirm f : m.firms) {
      mark(f.hasExited(), Coverage.FIRM_EXITED);
    }
    mark(
        sc.prices().process() == org.minga.scenario.PriceConfig.Process.REPLAY,
        Coverage.REPLAYED_PRICES);
    mark(m.inputs.producerTable() != null, Coverage.CSV_PRODUCERS);
    mark(!sc.prices().seasonal().isEmpty(), Coverage.SEASONAL_PRICES);
    mark(
        sc.events().yieldShocks().stream().anyMatch(y -> y.regionX() >= 0 && y.regionY() >= 0),
        Coverage.REGIONAL_YIELD_SHOCK);
    mark(b.loanDefaults.sum() > 0, Coverage.LOAN_DEFAULT);
    for (Producer p : m.producers) {
      mark(!p.isActive(), Coverage.LEFT_FARMING);
      mark(m.records.refusedUntil(p.id) > m.step, Coverage.CREDIT_REFUSED);
      if (p.debt() > 0) {
        mark(p.creditorKind() == Producer.INTERMEDIARY_CREDITOR, Coverage.INTERMEDIARY_DEBT);
        mark(p.creditorKind() == Producer.COOPERATIVE_CREDITOR, Coverage.COOPERATIVE_DEBT);
        mark(p.creditorKind() == Producer.PUBLIC_CREDITOR, Coverage.PUBLIC_DEBT);
        mark(p.creditorKind() == Producer.FIRM_CREDITOR, Coverage.FIRM_DEBT);
      }
    }
    Ledger l = m.ledger;
    mark(l.net(Ledger.Account.PRICE_FLOOR_PAYMENTS) != 0, Coverage.PRICE_FLOOR_PAID);
    mark(l.net(Ledger.Account.GRANTS) != 0, Coverage.GRANTS_PAID);
    mark(l.net(Ledger.Account.PUBLIC_CREDIT) != 0, Coverage.PUBLIC_CREDIT_LENT);
    mark(l.net(Ledger.Account.CONTRACT_PENALTIES) != 0, Coverage.CONTRACT_PENALTY);
    mark(l.net(Ledger.Account.WRITE_OFFS) != 0, Coverage.WRITE_OFF);
    mark(l.net(Ledger.Account.MISMANAGEMENT) != 0, Coverage.MISMANAGEMENT);
    mark(l.net(Ledger.Account.EXIT_WITHDRAWALS) != 0, Coverage.EXIT_WITHDRAWAL);
  }

  private static void mark(boolean happened, Coverage c) {
    if (happened) {
      seen.add(c);
    }
  }

  private static void runToEnd(String yaml) {
    try {
      MingaModel m = ModelFixture.start(yaml);
      int steps = 0;
      while (m.stepOnce()) {
        observe(m);
        steps++;
      }
      assertEquals(m.totalSteps(), steps, "ran to the horizon");
      assertEquals(m.totalSteps(), m.completedSteps());
    } catch (Throwable t) {
      throw new AssertionError(
          t
              + "\n--- scenario (rerun with this YAML; its CSV files are "
              + "regenerated by rerunning this test, same generator seed) ---\n"
              + yaml,
          t);
    }
  }

  // ---- the checker catches broken laws ----------------------------------------------------

  /** A default-ish scenario with cooperatives and members, stepped to mid-season (May). */
  private static MingaModel midSeason() {
    MingaModel m =
        ModelFixture.start(
            "years: 2\nproducers: {count: 300}\n",
            "cooperatives.count=3",
            "producers.initial_member_share=0.8");
    // Steps 0-4 (January to May): the assembly month is January, so the next step is not one
    // in which members leave or join (which could repair a broken member list by accident).
    ModelFixture.run(m, 5);
    return m;
  }

  @Test
  void moneyAppearingWithoutALedgerEntryIsCaught() {
    MingaModel m = midSeason();
    m.producers[7].creditByLedger(500); // money from nowhere: a credit outside the ledger
    InvariantViolation v = assertThrows(InvariantViolation.class, m::stepOnce);
    assertTrue(v.getMessage().contains("money"), v.getMessage());
  }

  @Test
  void moneyVanishingWithoutALedgerEntryIsCaught() {
    MingaModel m = midSeason();
    Cooperative c = firstWithMembers(m);
    c.debitByLedger(1000); // money to nowhere: a debit outside the ledger
    InvariantViolation v = assertThrows(InvariantViolation.class, m::stepOnce);
    assertTrue(v.getMessage().contains("money"), v.getMessage());
  }

  @Test
  void aMemberMissingFromItsCooperativesListIsCaught() {
    MingaModel m = midSeason();
    Cooperative c = firstWithMembers(m);
    int member = c.memberAt(0);
    c.roster().release(member); // the producer still says it belongs to c
    InvariantViolation v = assertThrows(InvariantViolation.class, m::stepOnce);
    assertTrue(v.getMessage().contains("member"), v.getMessage());
  }

  @Test
  void aProducerListedByTheWrongCooperativeIsCaught() {
    MingaModel m = midSeason();
    Cooperative c = firstWithMembers(m);
    Producer outsider = null;
    for (Producer p : m.producers) {
      if (p.isActive() && p.cooperative() != c.index) {
        outsider = p;
        break;
      }
    }
    c.roster().admit(outsider.id); // listed by c without belonging to it
    InvariantViolation v = assertThrows(InvariantViolation.class, m::stepOnce);
    assertTrue(v.getMessage().contains("cooperative"), v.getMessage());
  }

  @Test
  void volumeAppearingWithoutBeingProducedIsCaught() {
    MingaModel m = midSeason();
    m.producers[3].harvest(10); // output nobody booked as produced
    InvariantViolation v = assertThrows(InvariantViolation.class, m::stepOnce);
    assertTrue(v.getMessage().contains("volume"), v.getMessage());
  }

  @Test
  void anInactiveAffiliatedProducerIsCaught() {
    MingaModel m = midSeason();
    Cooperative c = firstWithMembers(m);
    m.producers[c.memberAt(0)].leaveFarming(); // but still a member
    InvariantViolation v = assertThrows(InvariantViolation.class, m::stepOnce);
    assertTrue(v.getMessage().contains("inactive"), v.getMessage());
  }

  @Test
  void aNanIncomeIsCaught() {
    MingaModel m = midSeason();
    m.householdWindows.income.overrideSum(11, Double.NaN); // carried forward by the trailing sum
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
      if (c.isActive() && c.memberCount() > 1) {
        return c;
      }
    }
    throw new AssertionError("scenario has no cooperative with members");
  }
}
