package org.minga.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.cli.Cli;
import org.minga.scenario.Problem;
import org.minga.scenario.ScenarioException;

/** Sweep files: what is read, and every mistake reported with line, column and key. */
class SweepSpecReaderTest {
  @TempDir Path dir;

  private List<Problem> problems(String text) throws IOException {
    SweepFixture.scenario(dir);
    Path f = dir.resolve("bad.yaml");
    Files.writeString(f, text);
    return assertThrows(ScenarioException.class, () -> SweepSpecReader.read(f)).problems();
  }

  @Test
  void readsAGridWithStepsDefaultsAndSummaries() throws Exception {
    SweepSpec s = SweepSpecReader.read(SweepFixture.gridSweep(dir, 2));
    assertEquals("grid", s.name());
    assertEquals(DesignType.GRID, s.design().type());
    // 0.5 to 0.9 by 0.4 gives two levels, both ends included.
    assertEquals(List.of("0.5", "0.9"), s.parameters().get(1).levels());
    assertEquals(
        List.of("membership_rate_final", "world_price_mean", "gini_max"),
        s.metrics().stream().map(MetricSummary::column).toList());
    assertEquals(6, s.metrics().get(1).from());
    assertEquals(2, s.replicates());
  }

  @Test
  void unknownKeysMetricsAndDesignsAreReportedWhereWrittenWithSuggestions() throws Exception {
    List<Problem> p =
        problems(
            "scenario: tiny.yaml\n"
                + "parameters:\n"
                + "  prices.sigmaa: {values: [0.1]}\n"
                + "design: {type: sobl, samples: 4}\n"
                + "metrics: [ginni]\n"
                + "replicate: 3\n");
    assertEquals(4, p.size(), p.toString());
    assertEquals(
        new Problem(p.get(0).file(), 3, 3, "parameters.prices.sigmaa", p.get(0).message()),
        p.get(0));
    assertTrue(p.get(0).message().contains("did you mean `prices.sigma`"), p.get(0).message());
    assertEquals(4, p.get(1).line());
    assertTrue(p.get(1).message().contains("did you mean `sobol`"), p.get(1).message());
    assertEquals(5, p.get(2).line());
    assertTrue(p.get(2).message().contains("did you mean `gini`"), p.get(2).message());
    assertEquals(6, p.get(3).line());
    assertTrue(p.get(3).message().contains("did you mean `replicates`"), p.get(3).message());
  }

  @Test
  void aValueTheScenarioRejectsIsReportedAtTheParameter() throws Exception {
    // advance_share is a share: 1.5 is out of its range in the scenario schema.
    List<Problem> p =
        problems(
            "scenario: tiny.yaml\nparameters:\n"
                + "  cooperatives.advance_share: {min: 0.5, max: 1.5}\n"
                + "design: {type: random, samples: 3}\nmetrics: [gini]\n");
    assertEquals(1, p.size(), p.toString());
    assertEquals(3, p.get(0).line());
    assertEquals(3, p.get(0).column());
    assertTrue(p.get(0).message().startsWith("value 1.5 is not allowed"), p.get(0).message());
  }

  @Test
  void everyLevelOfADiscreteParameterIsChecked() throws Exception {
    // The misspelt level is in the middle: checking only the first and last would miss it.
    List<Problem> p =
        problems(
            "scenario: tiny.yaml\nparameters:\n"
                + "  prices.process: {values: [gbm, mean_revrting, constant]}\nmetrics: [gini]\n");
    assertEquals(1, p.size(), p.toString());
    assertEquals(3, p.get(0).line());
    assertTrue(p.get(0).message().contains("did you mean `mean_reverting`"), p.get(0).message());
  }

  @Test
  void aGridNeedsLevelsAndFirstCrossingNeedsAThreshold() throws Exception {
    List<Problem> p =
        problems(
            "scenario: tiny.yaml\nparameters:\n"
                + "  prices.sigma: {min: 0.01, max: 0.2}\n"
                + "metrics:\n  - {metric: gini, stat: first_crossing}\n");
    assertEquals(2, p.size(), p.toString());
    assertTrue(p.get(0).message().contains("a grid design needs levels"));
    assertTrue(p.get(1).message().contains("exactly one of `above: x` or `below: x`"));
  }

  @Test
  void theCliExitsWithTwoAndPrintsFileLineColumn() throws Exception {
    SweepFixture.scenario(dir);
    Path f = dir.resolve("bad.yaml");
    Files.writeString(
        f,
        "scenario: tiny.yaml\nparameters:\n  prices.sigma: {values: [0.1]}\n"
            + "metrics: [gini]\nreplicates: 0\n");
    Cli.Result r = SweepFixture.cli("sweep", f.toString(), "--out", dir.resolve("o").toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().startsWith(f + ":5:13: replicates: 0 is out of range"), r.err());
    assertTrue(Files.notExists(dir.resolve("o")), "nothing is written for a bad sweep file");
  }
}
