package org.minga.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.cli.Cli;

/**
 * --replicates, --samples and --set change a sweep file's design from the command line; they are
 * recorded in sweep.json, so a resume, the other shards, merge and run --from-sweep use them, and a
 * call with other overrides is refused (exit 2) rather than mixed in.
 */
class SweepOverridesTest {
  @TempDir Path dir;

  private Cli.Result sweep(Path spec, String out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "sweep",
                spec.toString(),
                "--out",
                dir.resolve(out).toString(),
                "--quiet",
                "--no-charts"));
    args.addAll(List.of(extra));
    return SweepFixture.cli(args.toArray(String[]::new));
  }

  private Path randomSweep() throws IOException {
    SweepFixture.scenario(dir);
    return Files.writeString(
        dir.resolve("random.yaml"),
        "scenario: tiny.yaml\nseed: 4\n"
            + "parameters:\n  prices.sigma: {min: 0.02, max: 0.3}\n"
            + "design: {type: random, samples: 5}\nreplicates: 2\nmetrics: [gini]\n");
  }

  private static void assertRefused(Cli.Result r, String what) {
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains(what), r.err());
  }

  @Test
  void overridesShapeTheDesignAndAreRecordedForRunFromSweep() throws IOException {
    Path spec = randomSweep();
    Cli.Result r =
        sweep(spec, "o", "--samples", "3", "--replicates", "1", "--set", "producers.count=120");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(1 + 3, Files.readAllLines(dir.resolve("o/runs.csv")).size(), "3 x 1 runs");
    JsonObject info = SweepJson.read(dir.resolve("o/sweep.json"));
    assertEquals(
        "{\"replicates\":1,\"samples\":3,\"set\":[\"producers.count=120\"]}",
        info.get("overrides").toString());
    assertEquals(3, info.getAsJsonObject("design").get("samples").getAsInt());
    Cli.Result again =
        SweepFixture.cli(
            "run",
            "--from-sweep",
            dir.resolve("o").toString(),
            "--run",
            "2",
            "--out",
            dir.resolve("run2").toString(),
            "--quiet",
            "--no-charts");
    assertEquals(0, again.exit(), again.toString());
    assertTrue(
        Files.readString(dir.resolve("run2/scenario.resolved.yaml")).contains("count: 120"),
        "the recorded --set is applied");
  }

  @Test
  void aResumeUsesTheRecordedOverridesAndRefusesOthers() throws IOException {
    Path spec = SweepFixture.gridSweep(dir, 1);
    assertEquals(0, sweep(spec, "whole", "--replicates", "2").exit());
    assertEquals(0, sweep(spec, "cut", "--replicates", "2").exit());
    Path journal = dir.resolve("cut/runs.journal");
    Files.write(journal, Files.readAllLines(journal).subList(0, 5));
    Files.delete(dir.resolve("cut/runs.csv"));

    assertRefused(
        sweep(spec, "cut", "--resume", "--replicates", "3"),
        "this sweep was started with --replicates 2 ("
            + dir.resolve("cut/sweep.json")
            + "), not --replicates 3");
    Cli.Result resumed =
        SweepFixture.cli(
            "sweep",
            spec.toString(),
            "--out",
            dir.resolve("cut").toString(),
            "--resume",
            "--no-charts");
    assertEquals(0, resumed.exit(), resumed.toString());
    assertTrue(
        resumed.err().contains("resuming with --replicates 2, as recorded in "), resumed.err());
    assertEquals(
        Files.readString(dir.resolve("whole/runs.csv")),
        Files.readString(dir.resolve("cut/runs.csv")));
  }

  @Test
  void everyShardNeedsTheSameOverridesAndMergeUsesThem() throws IOException {
    Path spec = SweepFixture.gridSweep(dir, 1);
    String[] set = {"--set", "producers.count=90"};
    assertEquals(0, sweep(spec, "whole", set).exit());
    assertEquals(0, sweep(spec, "sharded", "--shard", "1/2", set[0], set[1]).exit());
    assertRefused(
        sweep(spec, "sharded", "--shard", "2/2"),
        "this sweep was started with " + "--set producers.count=90");
    assertEquals(0, sweep(spec, "sharded", "--shard", "2/2", set[0], set[1]).exit());
    Cli.Result m = SweepFixture.cli("merge", dir.resolve("sharded").toString(), "--no-charts");
    assertEquals(0, m.exit(), m.toString());
    assertEquals(
        Files.readString(dir.resolve("whole/runs.csv")),
        Files.readString(dir.resolve("sharded/runs.csv")));
    assertTrue(
        Files.readString(dir.resolve("sharded/sweep.json")).contains("\"producers.count=90\""),
        "the merged record keeps the overrides");
  }

  @Test
  void aDryRunSizesTheOverriddenDesignFromAPilotAndWritesNothing() throws IOException {
    Path spec = randomSweep();
    Cli.Result r =
        SweepFixture.cli(
            "sweep",
            spec.toString(),
            "--out",
            dir.resolve("dry").toString(),
            "--dry-run",
            "--samples",
            "7",
            "--replicates",
            "3",
            "--threads",
            "1");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(
        r.out()
            .startsWith(
                spec + ": random design, 7 point(s) x 3 replicate(s) = 21 " + "run(s)\npilot: "),
        r.out());
    // 21 runs of 150 producers x 24 steps: the producer-steps the estimate scales by.
    assertTrue(r.out().contains("estimate: 21 run(s) x "), r.out());
    assertTrue(r.out().contains(" + 0.0756 million producer-steps x "), r.out());
    assertTrue(Files.notExists(dir.resolve("dry")), "a dry run writes nothing");
  }

  @Test
  void badOverridesAreBadInputNamingTheOption() throws IOException {
    Path grid = SweepFixture.gridSweep(dir, 1);
    assertRefused(
        sweep(grid, "a", "--samples", "4"), "--samples 4: a grid design has no " + "samples");
    assertRefused(sweep(grid, "b", "--replicates", "0"), "--replicates 0: out of range");
    assertRefused(
        sweep(grid, "c", "--set", "prices.sigma=0.1"),
        "--set prices.sigma=0.1: " + "prices.sigma is varied by the sweep");
    assertRefused(
        sweep(grid, "d", "--set", "producers.coutn=5"),
        "--set producers.coutn=5: producers.coutn: unknown key");
    assertRefused(sweep(grid, "e", "--set", "producers.count"), "key.path=value");
    assertTrue(Files.notExists(dir.resolve("a")), "nothing written");
  }
}
