package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minga.metrics.MetricBits;
import org.minga.metrics.MetricsRecorder;
import org.minga.scenario.CooperativeConfig;
import org.minga.scenario.ScenarioLoader;

/**
 * docs/model.md, "Played households and the board": a played household's or board's choice replaces
 * the rule's at the point where the rule decides; the rule is still computed first, with the same
 * random draws, so a player choosing what the rule would have changes nothing, and a different
 * choice changes the played household without moving anyone else's random numbers.
 */
class PlayedDecisionsTest {
  private static final Path BASELINE = Path.of("scenarios/baseline.yaml");
  private static final int STEPS = 40;

  /**
   * Plays the given households and boards; {@code choices} gives a choice for (step, decision,
   * agent) keys of {@link #key}, NaN elsewhere; every rule's choice is recorded.
   */
  private static final class Recorder implements Participants {
    final List<Integer> households;
    final List<Integer> boards;
    final Map<String, Double> choices;
    final Map<String, Double> rules = new HashMap<>();

    Recorder(List<Integer> households, List<Integer> boards, Map<String, Double> choices) {
      this.households = households;
      this.boards = boards;
      this.choices = choices;
    }

    @Override
    public boolean playsHousehold(int household) {
      return households.contains(household);
    }

    @Override
    public boolean playsBoard(int cooperative) {
      return boards.contains(cooperative);
    }

    @Override
    public double choice(int step, Decision decision, int agent) {
      return choices.getOrDefault(key(step, decision, agent), Double.NaN);
    }

    @Override
    public void ruled(int step, Decision decision, int agent, double rule) {
      rules.put(key(step, decision, agent), rule);
    }
  }

  private static String key(int step, Decision decision, int agent) {
    return step + "/" + decision + "/" + agent;
  }

  private static MingaModel baseline() throws Exception {
    MingaModel m = new MingaModel(ScenarioLoader.load(BASELINE, List.of("producers.count=400")));
    m.setCheckInvariants(true);
    m.start();
    return m;
  }

  /** Every step's metrics as raw bits, for {@link #STEPS} steps. */
  private static List<String> metricBits(MingaModel m) {
    MetricsRecorder rec = MetricsRecorder.attach(m);
    List<String> rows = MetricBits.of(rec);
    ModelFixture.run(m, STEPS);
    rec.finish();
    return rows;
  }

  private static void assertSameRows(List<String> expected, List<String> actual, String what) {
    assertEquals(expected.size(), actual.size(), what);
    for (int step = 0; step < expected.size(); step++) {
      assertEquals(expected.get(step), actual.get(step), what + ": metrics differ at step " + step);
    }
  }

  /** A member of the largest cooperative, and that cooperative, at the start. */
  private static int[] memberAndCooperative(MingaModel m) {
    Cooperative largest = m.cooperatives.get(0);
    for (Cooperative c : m.cooperatives) {
      if (c.memberCount() > largest.memberCount()) {
        largest = c;
      }
    }
    return new int[] {largest.memberAt(0), largest.index()};
  }

  @Test
  void choosingWhatTheRuleWouldChangesNothing() throws Exception {
    List<String> unplayed = metricBits(baseline());

    MingaModel recorded = baseline();
    int[] hc = memberAndCooperative(recorded);
    // A member of the largest cooperative, its board, and the first fifty households, so that
    // every decision arises (not every household needs a loan).
    List<Integer> households = new ArrayList<>(List.of(hc[0]));
    for (int i = 0; i < 50; i++) {
      if (i != hc[0]) {
        households.add(i);
      }
    }
    Recorder leftToTheModel = new Recorder(households, List.of(hc[1]), Map.of());
    recorded.setParticipants(leftToTheModel);
    assertSameRows(unplayed, metricBits(recorded), "played, every choice left to the model");
    // The household was asked where its rule decided: deliveries, loans, the assembly; the
    // board at every offer and remainder.
    for (Decision d : Decision.values()) {
      assertTrue(
          leftToTheModel.rules.keySet().stream().anyMatch(k -> k.contains("/" + d + "/")),
          d + " was decided by a rule at least once");
    }

    MingaModel asTheRule = baseline();
    Recorder sameChoices =
        new Recorder(households, List.of(hc[1]), new HashMap<>(leftToTheModel.rules));
    asTheRule.setParticipants(sameChoices);
    assertSameRows(unplayed, metricBits(asTheRule), "played, every choice the rule's own");
    assertEquals(leftToTheModel.rules, sameChoices.rules);
  }

  @Test
  void aDifferentDeliveryChangesThePlayedHouseholdAndNoOneElsesRandomNumbers() throws Exception {
    MingaModel base = baseline();
    MingaModel played = baseline();
    int h = memberAndCooperative(base)[0];
    Map<String, Double> nothingToTheCooperative = new HashMap<>();
    for (int s = 0; s < STEPS; s++) {
      nothingToTheCooperative.put(key(s, Decision.DELIVERY, h), 0.0);
    }
    Recorder player = new Recorder(List.of(h), List.of(), nothingToTheCooperative);
    played.setParticipants(player);
    HouseholdPanel basePanel = base.recordHouseholdPanel();
    HouseholdPanel playedPanel = played.recordHouseholdPanel();
    for (int s = 0; s < STEPS; s++) {
      base.stepOnce();
      played.stepOnce();
      assertEquals(base.worldPrice(), played.worldPrice(), 0.0, "world price at step " + s);
      for (int i = 0; i < base.producers.length; i++) {
        // When each household's next health shock falls depends on its own draws alone.
        assertEquals(
            base.records.nextHealthShock(i),
            played.records.nextHealthShock(i),
            "health shocks of household " + i + " at step " + s);
      }
      if (s == 4) { // May: the first harvest month; panels hold the calendar year so far
        double committed = played.producers[h].committedThisSeason();
        assertTrue(
            basePanel.volume(h, Channel.COOPERATIVE) > 0.5 * committed,
            "the rule delivers most of the commitment");
        assertEquals(0, playedPanel.volume(h, Channel.COOPERATIVE), 0.0, "the player none");
        assertEquals(committed, playedPanel.sideSold(h), 1e-9, "all of it side-sold");
        double baseSold = 0;
        double playedSold = 0;
        for (Channel c : Channel.ALL) {
          baseSold += basePanel.volume(h, c);
          playedSold += playedPanel.volume(h, c);
        }
        assertEquals(baseSold, playedSold, 1e-9, "the whole crop is sold elsewhere");
        double crop = committed / played.sc.cooperatives().commitmentShare();
        assertEquals(
            basePanel.volume(h, Channel.COOPERATIVE) / crop,
            player.rules.get(key(4, Decision.DELIVERY, h)),
            1e-9,
            "the rule's share");
      }
    }
    assertNotEquals(base.producers[h].cash(), played.producers[h].cash());
  }

  /** Households without cash who all need a loan at once; public credit covers everyone. */
  private static final String BORROWERS =
      """
      prices: {process: constant, base: 120}
      intermediaries: {capital: 1.0e7, reach_km: 200}
      cooperatives: {count: 0}
      producers: {count: 100, cash: 0, off_farm_income_per_month: 0}
      policies:
        public_credit: {enabled: true, start: 0, coverage: 1, interest: 0.01}
      """;

  @Test
  void aPlayedLenderReplacesTheRulesAndNoneForgoesTheLoan() {
    MingaModel m = ModelFixture.start(BORROWERS, "years=1");
    Map<String, Double> choices =
        Map.of(
            key(0, Decision.LENDER, 1), Decision.LENDER.parse("intermediary"),
            key(0, Decision.LENDER, 2), Decision.LENDER.parse("none"),
            key(0, Decision.LENDER, 3), Decision.LENDER.parse("cooperative"));
    Recorder players = new Recorder(List.of(1, 2, 3), List.of(), choices);
    m.setParticipants(players);
    ModelFixture.run(m, 1);
    assertEquals(Producer.PUBLIC_CREDITOR, m.producers[0].creditorKind(), "the rule: public");
    assertEquals(Producer.INTERMEDIARY_CREDITOR, m.producers[1].creditorKind(), "chosen");
    assertEquals(m.producers[1].nearestIntermediary(), m.producers[1].creditor());
    assertEquals(0, m.producers[2].debt(), 0.0, "no loan");
    assertTrue(m.producers[0].debt() > 0);
    // No cooperative lends to it: the rule's lender does.
    assertEquals(Producer.PUBLIC_CREDITOR, m.producers[3].creditorKind());
    for (int h = 1; h <= 3; h++) {
      assertEquals(Decision.LENDER.parse("public"), players.rules.get(key(0, Decision.LENDER, h)));
    }
  }

  @Test
  void aPlayedMemberLeavesAndAPlayedOutsiderJoinsAtTheAssembly() throws Exception {
    MingaModel m =
        new MingaModel(
            ScenarioLoader.load(
                BASELINE,
                List.of(
                    "producers.count=400",
                    "producers.switch_probability=0",
                    "cooperatives.successful_exit=0")));
    m.start();
    int assembly = 12;
    while (!m.isAssembly(assembly)) {
      assembly++;
    }
    ModelFixture.run(m, assembly);
    int member = -1;
    int outsider = -1;
    for (Producer p : m.producers) {
      if (p.isActive() && !p.isContracted() && p.isMember() && member < 0) {
        member = p.id;
      }
      if (p.isActive()
          && !p.isContracted()
          && !p.isMember()
          && p.nearestCooperative() >= 0
          && m.cooperatives.get(p.nearestCooperative()).isActive()
          && outsider < 0) {
        outsider = p.id;
      }
    }
    Recorder players =
        new Recorder(
            List.of(member, outsider),
            List.of(),
            Map.of(
                key(assembly, Decision.MEMBERSHIP, member), Decision.LEAVE,
                key(assembly, Decision.MEMBERSHIP, outsider), Decision.JOIN));
    m.setParticipants(players);
    int nearest = m.producers[outsider].nearestCooperative();
    ModelFixture.run(m, 1);
    assertEquals(-1, m.producers[member].cooperative(), "left");
    assertEquals(nearest, m.producers[outsider].cooperative(), "joined the nearest");
    assertEquals(Decision.STAY, players.rules.get(key(assembly, Decision.MEMBERSHIP, member)));
    assertEquals(Decision.STAY, players.rules.get(key(assembly, Decision.MEMBERSHIP, outsider)));
  }

  /** One well-funded cooperative with a buyer contract; remainders four months after delivery. */
  private static final String COOPERATIVE =
      """
      prices: {process: constant, base: 120}
      cooperatives:
        count: 1
        reach_km: 500
        initial_reserve: 1.0e6
        fixed_cost_per_month: 1000
        payment_delay_months: 4
        buyer_contract: {share: 1}
      producers: {count: 200, initial_member_share: 1}
      """;

  /** Step {@code to} of two runs: one unplayed, one whose board makes {@code choice} then. */
  private static MingaModel[] boardAt(int to, Decision d, double choice, Recorder[] out) {
    MingaModel base = ModelFixture.start(COOPERATIVE, "years=3");
    MingaModel played = ModelFixture.start(COOPERATIVE, "years=3");
    out[0] = new Recorder(List.of(), List.of(0), Map.of(key(to, d, 0), choice));
    played.setParticipants(out[0]);
    ModelFixture.run(base, to + 1);
    ModelFixture.run(played, to + 1);
    return new MingaModel[] {base, played};
  }

  @Test
  void aPlayedBoardSetsTheAdvanceItsRuleAndShare() {
    Recorder[] p = new Recorder[1];
    MingaModel[] share = boardAt(4, Decision.ADVANCE_SHARE, 0.25, p);
    double base = share[0].cooperatives.get(0).payments().advanceThisMonth();
    assertEquals(
        base / 3,
        share[1].cooperatives.get(0).payments().advanceThisMonth(),
        1e-9,
        "a third of the scenario's 0.75");
    assertEquals(0.75, p[0].rules.get(key(4, Decision.ADVANCE_SHARE, 0)));
    MingaModel[] rule =
        boardAt(4, Decision.ADVANCE_RULE, CooperativeConfig.AdvanceRule.SPOT_MARGIN.ordinal(), p);
    Cooperative c = rule[1].cooperatives.get(0);
    assertEquals(
        0.75
            * CooperativeOffer.salePrice(rule[1], c, rule[1].prices.world)
            * (1 - rule[1].sc.cooperatives().advanceMargin()),
        c.payments().advanceThisMonth(),
        1e-9);
    assertEquals(
        CooperativeConfig.AdvanceRule.REFERENCE.ordinal(),
        p[0].rules.get(key(4, Decision.ADVANCE_RULE, 0)));
  }

  @Test
  void aPlayedBoardSetsTheForwardShareAndTheReserveItKeeps() {
    MingaModel probe = ModelFixture.start(COOPERATIVE, "years=3");
    int assembly = 12;
    while (!probe.isAssembly(assembly)) {
      assembly++;
    }
    Recorder[] p = new Recorder[1];
    MingaModel[] forward = boardAt(assembly, Decision.FORWARD_SHARE, 0.3, p);
    Cooperative c = forward[1].cooperatives.get(0);
    assertTrue(c.hasBuyerContract());
    assertEquals(
        0.3 * c.buyerContract().expectedOutputYear(),
        c.buyerContract().committedVolumeYear(),
        1e-6);
    Cooperative b = forward[0].cooperatives.get(0);
    assertEquals(
        0.6 * b.buyerContract().expectedOutputYear(),
        b.buyerContract().committedVolumeYear(),
        1e-6,
        "the scenario's");

    // The first remainder falls due four months after the first deliveries (May, step 4):
    // with no reserve kept, the twelve months of fixed costs the scenario keeps go out too.
    MingaModel[] reserve = boardAt(8, Decision.RESERVE_MONTHS, 0, p);
    assertEquals(12.0, p[0].rules.get(key(8, Decision.RESERVE_MONTHS, 0)));
    assertEquals(
        12 * 1000,
        reserve[0].cooperatives.get(0).reserve() - reserve[1].cooperatives.get(0).reserve(),
        1e-3,
        "paid out as a dividend");
  }

  @Test
  void optionsAreTheModelsOwnCodes() {
    assertEquals("none", Decision.LENDER.format(Producer.NO_CREDITOR));
    assertEquals("intermediary", Decision.LENDER.format(Producer.INTERMEDIARY_CREDITOR));
    assertEquals("cooperative", Decision.LENDER.format(Producer.COOPERATIVE_CREDITOR));
    assertEquals("public", Decision.LENDER.format(Producer.PUBLIC_CREDITOR));
    for (CooperativeConfig.AdvanceRule r : CooperativeConfig.AdvanceRule.values()) {
      assertEquals(r.ordinal(), Decision.ADVANCE_RULE.parse(r.name().toLowerCase()));
    }
    assertEquals(0.35, Decision.DELIVERY.parse(Decision.DELIVERY.format(0.35)));
    assertEquals("12", Decision.RESERVE_MONTHS.format(12));
  }
}
