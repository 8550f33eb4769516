package org.minga.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.cli.Cli;

/**
 * Sweeps end to end on a tiny scenario: the same bytes whatever the thread count or sharding, and
 * each run reproducible on its own (interruptions: SweepProcessesTest).
 */
class SweepRunTest {
  private static final List<String> TABLES = List.of("runs.csv", "summary.csv");

  @TempDir Path dir;

  private Path sweep(Path spec, String out, String... extra) {
    String[] args = new String[4 + extra.length];
    args[0] = "sweep";
    args[1] = spec.toString();
    args[2] = "--out";
    args[3] = dir.resolve(out).toString();
    System.arraycopy(extra, 0, args, 4, extra.length);
    Cli.Result r = SweepFixture.cli(args);
    assertEquals(0, r.exit(), r.err());
    return dir.resolve(out);
  }

  private static void assertSameTables(Path a, Path b, List<String> files) throws IOException {
    for (String f : files) {
      assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
    }
  }

  @Test
  void writesOneRowPerRunAndOneSummaryRowPerPointAndMetric() throws IOException {
    Path out = sweep(SweepFixture.gridSweep(dir, 3), "one", "--threads", "1", "--quiet");
    List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
    // 3 x 2 grid points x 3 replicates, plus the header.
    assertEquals(1 + 18, runs.size());
    assertEquals(
        "run,point,replicate,seed,prices.sigma,cooperatives.advance_share,"
            + "membership_rate_final,world_price_mean,gini_max",
        runs.get(0));
    assertTrue(
        runs.get(4).startsWith("3,1,0," + SweepSeeds.runSeed(99, 1, 0) + ",0.02,0.9,"),
        runs.get(4));
    List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
    assertEquals(1 + 6 * 3, summary.size());
    // Replicates differ in seed only, so the world price (random) differs between them: a
    // positive standard deviation shows the replicates really are different runs.
    String[] cells = summary.get(2).split(",");
    assertEquals("world_price_mean", cells[3]);
    assertEquals("3", cells[4]);
    assertTrue(Double.parseDouble(cells[6]) > 0, summary.get(2));
  }

  @Test
  void threadsShardsAndMergeGiveTheSameBytes() throws IOException {
    Path spec = SweepFixture.gridSweep(dir, 2);
    Path one = sweep(spec, "t1", "--threads", "1", "--quiet");
    Path two = sweep(spec, "t2", "--threads", "2", "--quiet");
    assertSameTables(one, two, TABLES);
    for (int k = 1; k <= 3; k++) {
      sweep(spec, "sharded", "--shard", k + "/3", "--threads", "2", "--quiet");
    }
    assertTrue(Files.notExists(dir.resolve("sharded/runs.csv")), "shards write no tables");
    Cli.Result m = SweepFixture.cli("merge", dir.resolve("sharded").toString());
    assertEquals(0, m.exit(), m.err());
    assertSameTables(one, dir.resolve("sharded"), TABLES);
  }

  @Test
  void timeseriesHasOneRowPerRunAndStepAndIsTheSameWhenSharded() throws Exception {
    Path spec = SweepFixture.gridSweep(dir, 2); // 12 runs of 24 steps
    Path whole = sweep(spec, "ts", "--timeseries", "--threads", "2", "--quiet");
    List<String> rows = Files.readAllLines(whole.resolve("timeseries.csv"));
    assertEquals(1 + 12 * 24, rows.size());
    assertTrue(
        rows.get(0).startsWith("run,point,replicate,step,year,month,world_price,"), rows.get(0));
    // Run 5 is replicate 1 of design point 2; its last step comes last of its rows.
    assertTrue(rows.get(1 + 5 * 24 + 23).startsWith("5,2,1,23,"), rows.get(1 + 5 * 24 + 23));
    assertTrue(Files.notExists(whole.resolve("timeseries.parts")), "parts are removed");
    for (int k = 1; k <= 2; k++) {
      sweep(spec, "ts-sharded", "--timeseries=gz", "--shard", k + "/2", "--quiet");
    }
    assertEquals(0, SweepFixture.cli("merge", dir.resolve("ts-sharded").toString()).exit());
    try (var in =
        new java.util.zip.GZIPInputStream(
            Files.newInputStream(dir.resolve("ts-sharded/timeseries.csv.gz")))) {
      assertEquals(
          String.join("\n", rows) + "\n",
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  @Test
  void aTimeseriesPartWithOtherColumnsIsRefusedAtTheJoin() throws Exception {
    Path spec = SweepFixture.gridSweep(dir, 1);
    for (int k = 1; k <= 2; k++) {
      sweep(spec, "old-part", "--timeseries", "--shard", k + "/2", "--quiet");
    }
    // As an older Minga wrote it: `run` then the metrics, no point and replicate.
    Path part = dir.resolve("old-part/timeseries.parts/run-00000003.csv");
    Files.writeString(part, Files.readString(part).replaceAll("(?m)^3,3,0,", "3,"));
    Cli.Result m = SweepFixture.cli("merge", dir.resolve("old-part").toString(), "--no-charts");
    assertEquals(2, m.exit(), m.toString());
    assertTrue(m.err().contains(part + ": "), m.err());
    assertTrue(m.err().contains("another version of Minga"), m.err());
    assertTrue(Files.notExists(dir.resolve("old-part/timeseries.csv")));
  }

  @Test
  void mergeRefusesMissingShards() throws IOException {
    Path spec = SweepFixture.gridSweep(dir, 1);
    sweep(spec, "partial", "--shard", "1/2", "--quiet");
    Cli.Result m = SweepFixture.cli("merge", dir.resolve("partial").toString());
    assertEquals(2, m.exit());
    assertTrue(m.err().contains("missing shard(s) [2] of 2"), m.err());
  }

  @Test
  void sobolAndMorrisSweepsWriteSensitivityTables() throws IOException {
    SweepFixture.scenario(dir);
    Path spec = dir.resolve("sobol.yaml");
    Files.writeString(
        spec,
        "scenario: tiny.yaml\nseed: 5\nparameters:\n"
            + "  prices.sigma: {min: 0.01, max: 0.3}\n"
            + "  cooperatives.commission: {min: 0.02, max: 0.1}\n"
            + "design: {type: sobol, samples: 4, bootstrap: 20}\nmetrics: [world_price]\n");
    Path out = sweep(spec, "sobol", "--quiet");
    List<String> rows = Files.readAllLines(out.resolve("sensitivity.csv"));
    // 2 parameters x (first, total) for 1 metric.
    assertEquals(1 + 4, rows.size());
    assertTrue(rows.get(1).startsWith("sobol,world_price_final,prices.sigma,first_order,"));
    assertEquals(4 * (2 + 2) + 1, Files.readAllLines(out.resolve("runs.csv")).size());
  }

  @Test
  void withoutResumeAnExistingSweepIsNotOverwritten() throws IOException {
    Path spec = SweepFixture.gridSweep(dir, 1);
    Path out = sweep(spec, "once", "--quiet");
    String before = Files.readString(out.resolve("runs.csv"));
    Cli.Result r = SweepFixture.cli("sweep", spec.toString(), "--out", out.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("add --resume"), r.err());
    assertEquals(before, Files.readString(out.resolve("runs.csv")));
  }

  @Test
  void resumingAfterTheSweepFileChangedIsRefused() throws IOException {
    Path spec = SweepFixture.gridSweep(dir, 1);
    Path out = sweep(spec, "changed", "--quiet");
    // Same columns, different levels: the journaled rows would silently mix two designs.
    Files.writeString(spec, Files.readString(spec).replace("0.3]", "0.4]"));
    Cli.Result r = SweepFixture.cli("sweep", spec.toString(), "--out", out.toString(), "--resume");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("the sweep file changed"), r.err());
  }

  @Test
  void runFromSweepReproducesOneRunsSummaries() throws IOException {
    Path spec = SweepFixture.gridSweep(dir, 2);
    Path out = sweep(spec, "repro", "--quiet");
    String row = Files.readAllLines(out.resolve("runs.csv")).get(1 + 7);
    Cli.Result r =
        SweepFixture.cli(
            "run",
            "--from-sweep",
            out.toString(),
            "--run",
            "7",
            "--out",
            dir.resolve("run7").toString(),
            "--quiet");
    assertEquals(0, r.exit(), r.err());
    String json = Files.readString(dir.resolve("run7/summary.json"));
    assertTrue(json.contains("\"seed\": " + row.split(",")[3]), "the run's own seed");
    String membership = row.split(",")[6];
    assertTrue(
        json.replace(" ", "").contains("\"membership_rate\":" + membership),
        "final membership " + membership + " as in runs.csv");
  }

  /**
   * The window opens a sweep's run from its recorded scenario and overrides: without a display it
   * gets as far as the display check (so the run was found and loaded) and says how to get the
   * run's files instead; an unknown run is bad input.
   */
  @Test
  void theWindowOpensARunOfASweep() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.awt.GraphicsEnvironment.isHeadless(), "checks the message given without a display");
    Path spec = SweepFixture.gridSweep(dir, 2);
    Path out = sweep(spec, "forgui", "--quiet");
    Cli.Result r = SweepFixture.cli("gui", "--from-sweep", out.toString(), "--run", "3");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("minga run --from-sweep " + out + " --run 3"), r.err());
    Cli.Result unknown = SweepFixture.cli("gui", "--from-sweep", out.toString(), "--run", "999");
    assertEquals(2, unknown.exit(), unknown.err());
    Cli.Result both =
        SweepFixture.cli(
            "gui", "scenarios/baseline.yaml", "--from-sweep", out.toString(), "--run", "3");
    assertEquals(2, both.exit(), both.err());
    assertTrue(both.err().contains("not both"), both.err());
  }
}
