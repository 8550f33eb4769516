package org.minga.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.cli.Cli;
import org.minga.scenario.Scenario;
import org.minga.scenario.ScenarioLoader;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.ScenarioSchema;

/**
 * sweep.json records every file a sweep's runs read (the scenario, its extends chain, its data
 * files) with its SHA-256; resume, merge and run --from-sweep refuse (exit 2) when one changed,
 * naming it, and a damaged sweep.json is bad input with its file and line.
 */
class SweepInputsTest {
  @TempDir Path dir;
  private Path spec;
  private Path base;
  private Path prices;

  @BeforeEach
  void files() throws IOException {
    spec = SweepFixture.chainSweep(dir);
    base = dir.resolve("scen/base.yaml");
    prices = dir.resolve("scen/data/prices.csv");
  }

  private Cli.Result sweep(Path out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("sweep", spec.toString(), "--out", out.toString(), "--quiet", "--no-charts"));
    args.addAll(List.of(extra));
    return SweepFixture.cli(args.toArray(String[]::new));
  }

  /** A sweep stopped after 4 of its 6 runs. */
  private Path interrupted(String name) throws IOException {
    Path out = dir.resolve(name);
    assertEquals(0, sweep(out).exit());
    Path journal = out.resolve("runs.journal");
    List<String> lines = Files.readAllLines(journal);
    Files.write(journal, lines.subList(0, 5));
    Files.delete(out.resolve("runs.csv"));
    return out;
  }

  private static void assertRefused(Cli.Result r, Path file, String what) {
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains(file + " " + what), r.err());
    assertTrue(r.err().contains("Restore the file, or start a new sweep"), r.err());
  }

  @Test
  void sweepJsonRecordsEveryFileTheRunsReadRelativeToTheSweepFile() throws IOException {
    Path out = dir.resolve("recorded");
    assertEquals(0, sweep(out).exit());
    JsonObject info = SweepJson.read(out.resolve("sweep.json"));
    List<String> paths = new ArrayList<>();
    info.getAsJsonArray("inputs")
        .forEach(
            e -> {
              JsonObject o = e.getAsJsonObject();
              paths.add(o.get("path").getAsString());
              assertEquals(64, o.get("sha256").getAsString().length());
            });
    assertEquals(
        List.of("../scen/tiny.yaml", "../scen/base.yaml", "../scen/data/prices.csv"), paths);
  }

  @Test
  void resumeRefusesWhenAFileOfTheExtendsChainOrADataFileChanged() throws IOException {
    Path out = interrupted("edited");
    String original = Files.readString(base);
    Files.writeString(base, original.replace("count: 150", "count: 160"));
    assertRefused(sweep(out, "--resume"), base, "changed since the sweep started (SHA-256 ");
    Files.writeString(base, original);
    String series = Files.readString(prices);
    Files.writeString(prices, series.replace("2000-01,100", "2000-01,150"));
    assertRefused(sweep(out, "--resume"), prices, "changed since the sweep started");
    Files.delete(prices);
    assertRefused(sweep(out, "--resume"), prices, "no longer exists");
    Files.writeString(prices, series); // restored: the sweep finishes as if never stopped
    Cli.Result r = sweep(out, "--resume");
    assertEquals(0, r.exit(), r.toString());
    Path fresh = dir.resolve("fresh");
    assertEquals(0, sweep(fresh).exit());
    assertEquals(
        Files.readString(fresh.resolve("runs.csv")), Files.readString(out.resolve("runs.csv")));
  }

  @Test
  void runAndGuiFromSweepRefuseWhenAnInputChanged() throws IOException {
    Path out = dir.resolve("repro");
    assertEquals(0, sweep(out).exit());
    Files.writeString(base, Files.readString(base).replace("count: 150", "count: 160"));
    assertRefused(
        SweepFixture.cli(
            "run",
            "--from-sweep",
            out.toString(),
            "--run",
            "3",
            "--out",
            dir.resolve("run3").toString(),
            "--quiet"),
        base,
        "changed since the sweep");
    assertTrue(Files.notExists(dir.resolve("run3")), "nothing written");
    assertRefused(
        SweepFixture.cli("gui", "--from-sweep", out.toString(), "--run", "3"),
        base,
        "changed since the sweep");
  }

  @Test
  void shardsAndMergeRefuseInputsThatChangedBetweenShards() throws IOException {
    Path out = dir.resolve("sharded");
    assertEquals(0, sweep(out, "--shard", "1/2").exit());
    String original = Files.readString(base);
    Files.writeString(base, original.replace("count: 150", "count: 160"));
    // The second shard, started after the edit, refuses at once rather than at the merge.
    assertRefused(sweep(out, "--shard", "2/2"), base, "changed since the sweep started");
    Files.writeString(base, original);
    assertEquals(0, sweep(out, "--shard", "2/2").exit());
    Files.writeString(base, original.replace("count: 150", "count: 160"));
    assertRefused(
        SweepFixture.cli("merge", out.toString(), "--no-charts"),
        base,
        "changed since the sweep started");
    assertTrue(Files.notExists(out.resolve("runs.csv")));
    Files.writeString(base, original);
    assertEquals(0, SweepFixture.cli("merge", out.toString(), "--no-charts").exit());
  }

  @Test
  void aSweepJsonWithoutInputsIsAcceptedWithAWarningAndRecordsThemFromThenOn() throws IOException {
    Path out = interrupted("older");
    Path json = out.resolve("sweep.json");
    JsonObject info = SweepJson.read(json);
    info.remove("inputs");
    SweepJson.write(json, info);
    Files.writeString(base, Files.readString(base).replace("count: 150", "count: 160"));
    Cli.Result r = sweep(out, "--resume");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.err().contains("predates the recording of input files"), r.err());
    assertEquals(3, SweepJson.read(json).getAsJsonArray("inputs").size());
  }

  @Test
  void aDamagedSweepJsonIsBadInputWithItsFileAndLine() throws IOException {
    Path out = interrupted("damaged");
    Path json = out.resolve("sweep.json");
    String whole = Files.readString(json);
    Files.writeString(json, whole.substring(0, whole.indexOf("\"spec_file\"") + 20));
    for (Cli.Result r :
        List.of(
            sweep(out, "--resume"),
            SweepFixture.cli(
                "run",
                "--from-sweep",
                out.toString(),
                "--run",
                "1",
                "--out",
                dir.resolve("r1").toString()))) {
      assertEquals(2, r.exit(), r.toString());
      assertTrue(
          r.err()
              .matches(
                  "(?s)minga: "
                      + java.util.regex.Pattern.quote(json.toString())
                      + ":\\d+:\\d+: not valid JSON.*"),
          r.err());
    }
    Files.writeString(json, "");
    assertEquals(2, sweep(out, "--resume").exit());
    Files.writeString(json, "{\"name\": \"x\"}");
    Cli.Result r = sweep(out, "--resume");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains(json + ": has no `spec_sha256`"), r.err());
  }

  @Test
  void wordLevelsThatNameFilesAddThoseFiles() throws Exception {
    Path other = Files.writeString(dir.resolve("other.csv"), Files.readString(prices));
    Files.writeString(
        spec,
        Files.readString(spec)
            .replace(
                "parameters:\n",
                "parameters:\n  prices.replay.file: {values: [" + prices + ", " + other + "]}\n"));
    SweepPlan plan = new SweepPlan(SweepSpecReader.read(spec));
    Set<String> paths =
        SweepInputs.of(plan).stream().map(SweepInputs.Input::path).collect(Collectors.toSet());
    assertEquals(
        Set.of("../scen/tiny.yaml", "../scen/base.yaml", "../scen/data/prices.csv", "../other.csv"),
        paths);
  }

  /**
   * ScenarioFiles knows the loader's data files by name: a new file key in the schema must be added
   * there, or sweeps would not notice when its file changes.
   */
  @Test
  void everyFileKeyOfTheSchemaIsAmongTheDataFiles() throws Exception {
    Set<String> fileKeys =
        ScenarioSchema.of(Scenario.class).allKeys().stream()
            .filter(KeySpec::isFilePath)
            .map(KeySpec::path)
            .collect(Collectors.toSet());
    assertEquals(Set.of("prices.replay.file", "territory.file"), fileKeys);
    Path table =
        Files.writeString(dir.resolve("scen/data/producers.csv"), "x_km,y_km\n1,1\n2,2\n3,3\n");
    Scenario s =
        ScenarioLoader.loadScenario(
            dir.resolve("scen/tiny.yaml"),
            List.of("territory.layout=csv", "territory.file=" + table));
    assertEquals(List.of(prices, table), ScenarioFiles.data(s));
  }
}
