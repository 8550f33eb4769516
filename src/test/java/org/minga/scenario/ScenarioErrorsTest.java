package org.minga.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.minga.scenario.ScenarioFiles.at;
import static org.minga.scenario.ScenarioFiles.problemsOf;
import static org.minga.scenario.ScenarioFiles.single;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad scenarios: each problem must name the right file, line, column and key path. */
class ScenarioErrorsTest {
  @TempDir Path dir;
  private ScenarioFiles files;

  @BeforeEach
  void setUp() {
    files = new ScenarioFiles(dir);
  }

  @Test
  void unknownTopLevelKeySuggestsTheClosest() {
    Problem p =
        single(
            files.problems("name: x\nyeras: 10\n"),
            2,
            1,
            "yeras",
            "unknown key `yeras`",
            "did you mean `years`?");
    assertEquals(dir.resolve("s.yaml").toString(), p.file());
    assertEquals(
        p.file() + ":2:1: yeras: unknown key `yeras` in the top level; did you mean" + " `years`?",
        p.format());
  }

  @Test
  void unknownNestedKeySuggestsASibling() {
    single(
        files.problems("producers:\n  count: 5\n  coutn: 5\n"),
        3,
        3,
        "producers.coutn",
        "did you mean `count`?");
  }

  @Test
  void unknownKeyWithoutCloseMatchListsTheAllowedKeys() {
    single(
        files.problems("commodity:\n  zzzzzz: 1\n"),
        2,
        3,
        "commodity.zzzzzz",
        "allowed keys: name, unit, harvest_months");
  }

  @Test
  void wrongTypeSaysWhatWasExpected() {
    single(
        files.problems("producers:\n  count: abc\n"),
        2,
        10,
        "producers.count",
        "expected a whole number, got `abc`");
  }

  @Test
  void sectionGivenAsScalar() {
    single(
        files.problems("producers: 5\n"),
        1,
        12,
        "producers",
        "expected a map of keys (a section), got `5`");
  }

  @Test
  void outOfRangeGivesTheAllowedRange() {
    single(
        files.problems("intermediaries:\n  base_margin: 0.99\n"),
        2,
        16,
        "intermediaries.base_margin",
        "0.99 is above the maximum 0.95; allowed 0 to 0.95");
  }

  @Test
  void badEnumListsTheChoicesAndSuggests() {
    single(
        files.problems("prices:\n  process: mean_revert\n"),
        2,
        12,
        "prices.process",
        "use one of constant, mean_reverting, gbm, regime_switching, replay",
        "did you mean `mean_reverting`?");
  }

  @Test
  void missingRequiredKeyInListElementIsReportedAtTheElement() {
    single(
        files.problems("prices:\n  shocks:\n    - duration: 3\n      multiplier: 0.5\n"),
        3,
        7,
        "prices.shocks[0].at",
        "missing",
        "whole number");
  }

  @Test
  void harvestMonthThirteenPointsAtTheElement() {
    single(
        files.problems("commodity:\n  harvest_months: [5, 13]\n"),
        2,
        23,
        "commodity.harvest_months[1]",
        "13 is above the maximum 12; allowed 1 to 12");
  }

  @Test
  void shockAfterTheHorizonIsReportedByTheRecordCheckAtItsKey() {
    single(
        files.problems("years: 2\nprices:\n  shocks:\n    - at: 30\n      multiplier: 2\n"),
        4,
        7,
        "prices.shocks[0].at",
        "after the horizon (24 steps)");
  }

  @Test
  void harvestSharesMustSumToOne() {
    single(
        files.problems("commodity:\n  harvest_months: [5, 6]\n" + "  harvest_shares: [0.5, 0.4]\n"),
        3,
        3,
        "commodity.harvest_shares",
        "must sum to 1");
  }

  @Test
  void checkOnDefaultedKeyPointsAtTheNearestWrittenAncestor() {
    // process is written, replay.file is not: point at the `prices` section (process' parent
    // is not an ancestor of replay.file).
    single(
        files.problems("name: x\nprices:\n  process: replay\n"),
        2,
        1,
        "prices.replay.file",
        "no file is given");
  }

  @Test
  void firmEnteringAfterTheHorizon() {
    single(
        files.problems("years: 5\nfirms:\n  - name: agro\n    entry_year: 7\n"),
        4,
        5,
        "firms[0].entry_year",
        "after the horizon");
  }

  @Test
  void replayFileMissingIsReportedWhereTheKeyWasWritten() {
    single(
        files.problems("prices:\n  process: replay\n  replay:\n    file: nope.csv\n"),
        4,
        5,
        "prices.replay.file",
        "does not exist");
  }

  @Test
  void replayCsvBadRowNamesTheCsvLine() {
    Path csv = files.write("prices.csv", "date,price\n2001-01,100\n2001-02,abc\n2001-03,90\n");
    Problem p =
        single(
            files.problems("prices:\n  process: replay\n  replay:\n" + "    file: prices.csv\n"),
            3,
            0,
            "prices.replay.file",
            "`abc`",
            "not a number");
    assertEquals(csv.toString(), p.file());
  }

  @Test
  void replayCsvDuplicateMonthAndBadDate() {
    files.write("prices.csv", "date,price\n2001-01,100\n2001-01-15,101\n2001-13,90\n");
    List<Problem> ps =
        files.problems("prices:\n  process: replay\n  replay:\n" + "    file: prices.csv\n");
    assertEquals(2, ps.size(), ps::toString);
    at(ps.get(0), 3, 0, "prices.replay.file", "repeats the month of line 2");
    at(ps.get(1), 4, 0, "prices.replay.file", "`2001-13`", "YYYY-MM");
  }

  @Test
  void replayCsvMissingColumn() {
    files.write("prices.csv", "month,value\n2001-01,100\n");
    List<Problem> ps =
        files.problems("prices:\n  process: replay\n  replay:\n" + "    file: prices.csv\n");
    assertEquals(2, ps.size(), ps::toString);
    at(ps.get(0), 1, 0, "prices.replay.file", "no column `date`", "month, value");
  }

  @Test
  void badDistributionNameSuggests() {
    single(
        files.problems("producers:\n  area_ha: {dist: norml, mean: 3, sd: 1}\n"),
        2,
        19,
        "producers.area_ha.dist",
        "`norml` is not a distribution",
        "did you mean `normal`?");
  }

  @Test
  void distributionWithNegativeSdAndMinAboveMax() {
    List<Problem> ps =
        files.problems(
            "producers:\n  yield_per_ha:\n    dist: normal\n    mean: 3\n    sd: -1\n"
                + "    min: 5\n    max: 2\n");
    assertEquals(2, ps.size(), ps::toString);
    at(ps.get(0), 5, 9, "producers.yield_per_ha.sd", "-1 is below the minimum 0");
    at(ps.get(1), 6, 5, "producers.yield_per_ha.min", "min 5 is above max 2");
  }

  @Test
  void distributionMissingParameterAndUnknownParameter() {
    List<Problem> ps = files.problems("producers:\n  cash: {dist: uniform, min: 1, mx: 5}\n");
    assertEquals(2, ps.size(), ps::toString);
    at(ps.get(0), 2, 9, "producers.cash.max", "a uniform distribution needs min and max");
    at(ps.get(1), 2, 33, "producers.cash.mx", "did you mean `max`?");
  }

  @Test
  void empiricalWeightsOfTheWrongLength() {
    single(
        files.problems(
            "producers:\n  cash: {dist: empirical, values: [1, 2], " + "weights: [1]}\n"),
        2,
        43,
        "producers.cash.weights",
        "has 1 entries but values has 2");
  }

  @Test
  void yamlSyntaxErrorHasLineAndColumn() {
    Problem p =
        single(
            files.problems("name: a\nyears: 5\n  seed: 3\n"),
            3,
            3,
            "",
            "`seed:` is indented by 2 spaces but `years:` on line 2 by 0 spaces");
    assertTrue(
        p.format().startsWith(dir.resolve("s.yaml") + ":3:3: `seed:` is indented"), p::format);
  }

  @Test
  void unclosedFlowListIsASyntaxError() {
    List<Problem> ps = files.problems("commodity:\n  harvest_months: [5, 6\nyears: 3\n");
    assertEquals(1, ps.size(), ps::toString);
    at(ps.get(0), 2, 19, "", "this [ is never closed; add ] at the end of the list");
  }

  @Test
  void duplicateKeyIsRejected() {
    single(
        files.problems("years: 5\nname: x\nyears: 6\n"),
        3,
        1,
        "years",
        "duplicate key; it was already written at line 1");
  }

  @Test
  void aliasBombIsRejected() {
    StringBuilder y = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      y.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      y.append("]\n");
    }
    single(files.problems(y.toString()), 0, 0, "", "too many aliases", "at most 50");
  }

  @Test
  void tooDeepNestingIsRejected() {
    String deep = "name: " + "[".repeat(80) + "]".repeat(80) + "\n";
    List<Problem> ps = files.problems(deep);
    assertEquals(1, ps.size(), ps::toString);
    assertTrue(ps.get(0).message().contains("nesting is too deep"), ps::toString);
  }

  @Test
  void extendsCycleIsReportedAtTheClosingExtends() {
    files.write("a.yaml", "extends: b.yaml\nyears: 3\n");
    Path b = files.write("b.yaml", "name: b\nextends: a.yaml\n");
    Problem p =
        single(
            problemsOf(dir.resolve("a.yaml")),
            2,
            10,
            "extends",
            "extends cycle: a.yaml -> b.yaml -> a.yaml");
    assertEquals(b.toString(), p.file());
  }

  @Test
  void extendsOfAMissingFile() {
    single(files.problems("extends: nothere.yaml\n"), 1, 10, "extends", "does not exist");
  }

  @Test
  void missingScenarioFile() {
    Path nowhere = dir.resolve("nowhere.yaml");
    Problem p = single(problemsOf(nowhere), 0, 0, "", "file does not exist");
    assertEquals(nowhere.toString(), p.file());
  }

  @Test
  void setWithUnknownKeyReportsTheOverride() {
    Problem p =
        single(
            files.problems("name: x\n", "producers.coutn=5"),
            0,
            0,
            "producers.coutn",
            "did you mean `count`?");
    assertEquals("--set producers.coutn=5", p.file());
    assertEquals(
        "--set producers.coutn=5: producers.coutn: unknown key `coutn` in producers;"
            + " did you mean `count`?",
        p.format());
  }

  @Test
  void setWithBadValueType() {
    Problem p =
        single(
            files.problems("name: x\n", "producers.count=abc"),
            0,
            0,
            "producers.count",
            "expected a whole number, got `abc`");
    assertEquals("--set producers.count=abc", p.file());
  }

  @Test
  void setOfAMissingListElement() {
    single(
        files.problems("name: x\n", "prices.shocks[2].at=5"),
        0,
        0,
        "prices.shocks[2]",
        "no such element",
        "0 element(s)");
  }

  @Test
  void territoryCsvRowOutsideTheTerritory() {
    Path csv = files.write("farms.csv", "x_km,y_km,area_ha\n1,2,3\n70,5,2\n");
    Problem p =
        single(
            files.problems("territory:\n  layout: csv\n  file: farms.csv\n"),
            3,
            0,
            "territory.file",
            "column x_km",
            "outside the territory",
            "allowed 0 to 60");
    assertEquals(csv.toString(), p.file());
  }

  @Test
  void severalProblemsAreReportedAtOnceInFileOrder() {
    List<Problem> ps =
        files.problems(
            """
        yeras: 10
        producers:
          count: -5
          area_ha: {dist: beta, alpha: 0, beta: 2}
        prices:
          process: gbn
        """,
            "intermediaries.count=lots");
    assertEquals(5, ps.size(), ps::toString);
    at(ps.get(0), 1, 1, "yeras", "did you mean `years`?");
    at(ps.get(1), 3, 10, "producers.count", "-5 is below the minimum 1");
    at(ps.get(2), 4, 32, "producers.area_ha.alpha", "0 is not above 0; alpha must be above 0");
    at(ps.get(3), 6, 12, "prices.process", "did you mean `gbm`?");
    at(ps.get(4), 0, 0, "intermediaries.count", "expected a whole number");
    assertFalse(new ScenarioException(ps).format().contains("Exception"));
  }
}
