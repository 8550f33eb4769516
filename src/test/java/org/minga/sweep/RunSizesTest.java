package org.minga.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dry run scales its pilot by each run's producers x steps, varied or not. */
class RunSizesTest {
  @TempDir Path dir;

  private SweepPlan plan(String parameters, String extra) throws Exception {
    SweepFixture.scenario(dir); // 150 producers, 2 years
    Path f =
        Files.writeString(
            dir.resolve("s.yaml"),
            "scenario: tiny.yaml\nparameters:\n"
                + parameters
                + "replicates: 2\nmetrics: [gini]\n"
                + extra);
    return new SweepPlan(SweepSpecReader.read(f));
  }

  @Test
  void variedProducersAndYearsSizeEachPoint() throws Exception {
    SweepPlan plan =
        plan("  producers.count: {values: [100, 300]}\n" + "  years: {values: [1, 2]}\n", "");
    // Points (100, 1y), (100, 2y), (300, 1y), (300, 2y), two runs each.
    RunSizes sizes = new RunSizes(plan);
    assertEquals(2 * (100 * 12 + 100 * 24 + 300 * 12 + 300 * 24), sizes.producerSteps(Shard.ALL));
    // Shard 1 of 2 has the even runs: replicate 0 of every point.
    assertEquals(100 * 12 + 100 * 24 + 300 * 12 + 300 * 24, sizes.producerSteps(new Shard(1, 2)));
  }

  @Test
  void fixedSizesComeFromTheScenarioTheSetAndTheSweepsSteps() throws Exception {
    SweepPlan plan =
        plan("  prices.sigma: {values: [0.1, 0.2]}\n", "set: {producers.count: 80}\nsteps: 6\n");
    assertEquals(2 * 2 * 80 * 6, new RunSizes(plan).producerSteps(Shard.ALL));
  }
}
