package org.minga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input meant to break the program, or that breaks it by accident: each gives exit 2 and a plain
 * message naming the file (and line where there is one), never "unexpected error", a stack trace,
 * running out of memory or a hang.
 */
class HostileInputTest {
  private static final String SMALL =
      "name: small\nseed: 3\nyears: 1\nproducers:\n" + "  count: 60\n  tracked: 2\n";

  @TempDir Path dir;
  private Path scenario;

  @BeforeEach
  void setUp() throws IOException {
    scenario = write("s.yaml", SMALL);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** Exit 2, every phrase on stderr, and none of the signs of a crash. */
  private static Cli.Result refused(Cli.Result r, String... phrases) {
    assertEquals(2, r.exit(), r::toString);
    assertFalse(
        r.err().contains("unexpected error")
            || r.err().contains("Exception")
            || r.err().contains("\tat "),
        r::toString);
    for (String p : phrases) {
      assertTrue(r.err().contains(p), () -> "`" + p + "` not in\n" + r);
    }
    return r;
  }

  private Cli.Result validate(String... sets) {
    String[] args = new String[1 + 2 * sets.length + 1];
    args[0] = "validate";
    args[1] = scenario.toString();
    for (int i = 0; i < sets.length; i++) {
      args[2 + 2 * i] = "--set";
      args[3 + 2 * i] = sets[i];
    }
    return Cli.run(args);
  }

  private Cli.Result replay(String csvName, String csv, String... more) throws IOException {
    Path f = write(csvName, csv);
    String[] sets = new String[2 + more.length];
    sets[0] = "prices.process=replay";
    sets[1] = "prices.replay.file=" + f;
    System.arraycopy(more, 0, sets, 2, more.length);
    return validate(sets);
  }

  @Test
  void anIndexTooLargeForAnIntIsNoSuchElement() {
    refused(
        validate("firms[99999999999].floor=1"),
        "--set firms[99999999999].floor=1",
        "firms[99999999999]: no such element");
    refused(validate("cooperatives[99999999999].fee=1"), "`[99999999999]` cannot select");
  }

  @Test
  void pricesThatOverflowOnceScaledAreRefusedAtTheirLine() throws IOException {
    refused(
        replay("p.csv", "date,price\n2000-01,1e308\n2000-02,1e308\n", "prices.replay.scale=10"),
        dir.resolve("p.csv") + ":2: prices.replay.file:",
        "too large to compute with");
    refused(
        replay("q.csv", "date,price\n2000-01,2\n2000-02,3\n", "prices.replay.scale=1e308"),
        "q.csv:2:",
        "too large to compute with");
  }

  @Test
  void anUnterminatedQuoteInACsvFileIsReportedAtItsLine() throws IOException {
    refused(
        replay("p.csv", "date,price\n2000-01,100\n2000-02,\"120\n2000-03,130\n"),
        dir.resolve("p.csv")
            + ":3: prices.replay.file: a quote (\") opens a value that is "
            + "never closed");
    Path producers = write("producers.csv", "x_km,y_km\n1,2\n\"3,4\n");
    refused(
        validate("territory.layout=csv", "territory.file=" + producers),
        producers + ":3: territory.file: a quote");
  }

  @Test
  void replayStepsThatAreHugeOrSpanTooLongAreRefused() throws IOException {
    refused(
        replay(
            "a.csv",
            "step,price\n99999999999999999999,100\n1,120\n",
            "prices.replay.time_column=step"),
        "a.csv:2:",
        "is not a step number");
    refused(
        replay("b.csv", "step,price\n0,100\n-3000000000,120\n", "prices.replay.time_column=step"),
        "b.csv:3:",
        "is not a step number");
    refused(
        replay("c.csv", "step,price\n-12000,100\n12000,120\n", "prices.replay.time_column=step"),
        "c.csv:3:",
        "the series spans 24001 months",
        "at most 12000 months");
    refused(
        replay("d.csv", "date,price\n1000-01,100\n2999-12,120\n"), "d.csv:3:", "the series spans");
    assertEquals(
        0,
        replay("e.csv", "step,price\n-2,100\n3,120\n", "prices.replay.time_column=step").exit(),
        "a few negative steps are fine");
  }

  @Test
  void endlessDevicesAreCutAtTheSizeLimit() throws IOException {
    assumeTrue(Files.isReadable(Path.of("/dev/zero")) && Files.isReadable(Path.of("/dev/urandom")));
    refused(Cli.run("run", "/dev/zero"), "/dev/zero: the file is larger than the limit of 5 MB");
    refused(
        Cli.run("sweep", "/dev/zero", "--out", dir.resolve("o").toString()),
        "/dev/zero: cannot read file: the file is larger than the limit of 5 MB");
    for (String device : new String[] {"/dev/zero", "/dev/urandom"}) {
      scenario = write("e.yaml", "extends: " + device + "\n");
      refused(validate(), "e.yaml:1:10: extends: `" + device + "` is not a scenario file");
      Path link = dir.resolve("device.yaml");
      Files.deleteIfExists(link);
      Files.createSymbolicLink(link, Path.of(device));
      scenario = write("e.yaml", "extends: device.yaml\n");
      refused(validate(), "e.yaml:1:10: extends: cannot read `", "larger than the limit");
    }
    scenario = write("s.yaml", SMALL);
    refused(
        validate("prices.process=replay", "prices.replay.file=/dev/urandom"),
        "`/dev/urandom` is not a CSV file");
    Path link = dir.resolve("prices.csv");
    Files.createSymbolicLink(link, Path.of("/dev/urandom"));
    refused(
        validate("prices.process=replay", "prices.replay.file=" + link),
        "cannot read " + link + ": the file is larger than the limit of 64 MB");
  }

  @Test
  void aDryRunOfAGridJustUnderTheCapIsCountedNotGenerated() throws IOException {
    Path sweep =
        write(
            "grid.yaml",
            "scenario: s.yaml\nseed: 1\nparameters:\n"
                + "  producers.count: {min: 100, max: 599, step: 1}\n"
                + "  cooperatives.count: {min: 0, max: 499, step: 1}\n"
                + "  intermediaries.count: {min: 0, max: 398, step: 1}\n"
                + "replicates: 1\nmetrics:\n  - membership_rate\n");
    Cli.Result r =
        Cli.run("sweep", sweep.toString(), "--out", dir.resolve("o").toString(), "--dry-run");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(
        r.out().contains("grid design, 99750000 point(s) x 1 replicate(s) = 99750000 " + "run(s)"),
        r::toString);
  }

  @Test
  void aScenarioTooLargeOnceResolvedIsRefusedBeforeItRuns() throws IOException {
    StringBuilder y = new StringBuilder(SMALL).append("prices:\n  shocks:\n");
    for (int i = 0; i < 50_000; i++) {
      y.append("    - {at: ").append(i % 12).append(", multiplier: 0.99}\n");
    }
    scenario = write("big.yaml", y.toString());
    refused(
        validate(),
        "big.yaml:8:3: prices.shocks: the scenario is too large once every " + "key is written out",
        "this list has 50000 elements");
    Path out = dir.resolve("out");
    refused(Cli.run("run", scenario.toString(), "--out", out.toString()), "too large");
    assertFalse(Files.exists(out), "nothing simulated, nothing written");
  }

  @Test
  void aLargeScenarioWithinTheLimitRunsAndWritesItsSummary() throws IOException {
    StringBuilder y = new StringBuilder(SMALL).append("prices:\n  shocks:\n");
    for (int i = 0; i < 25_000; i++) {
      y.append("    - {at: ").append(i % 12).append(", multiplier: 1}\n");
    }
    Path big = write("big.yaml", y.toString());
    Path out = dir.resolve("out");
    Cli.Result r =
        Cli.run(
            "run",
            big.toString(),
            "--out",
            out.toString(),
            "--quiet",
            "--no-charts",
            "--steps",
            "1");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(
        Files.size(out.resolve("summary.json")) > 3 * 1024 * 1024,
        "the summary holds the resolved scenario, larger than snakeyaml's default limit");
  }

  @Test
  void theContentOfAFileThatIsNotAScenarioIsNeverPrinted() throws IOException {
    write("secret", "root:$6$s3cr3t:19000:0:99999:7:::\n");
    scenario = write("e.yaml", "extends: secret\n");
    Cli.Result r = refused(validate(), "e.yaml:1:10: extends: `secret` is not a scenario file");
    assertFalse(r.err().contains("s3cr3t"), r::toString);
    Path notes = write("notes.yaml", "my password is s3cr3t\nand more\n");
    r = refused(Cli.run("validate", notes.toString()), notes + ":1:1: this is not a scenario");
    assertFalse(r.err().contains("s3cr3t"), r::toString);
    Path data = write("data.txt", "date,price\n");
    scenario = write("s.yaml", SMALL);
    refused(validate("prices.process=replay", "prices.replay.file=" + data), "is not a CSV file");
  }

  @Test
  void anEmptyOutputDirectoryIsRefused() {
    refused(
        Cli.run("run", scenario.toString(), "--out", ""),
        "--out",
        "would write into the current directory");
  }

  @Test
  void rerunningIntoTheSameDirectoryRemovesWhatThisRunDidNotRewrite() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(
        0, Cli.run("run", scenario.toString(), "--out", out.toString(), "--quiet", "--svg").exit());
    assertTrue(Files.exists(out.resolve("prices.png")) && Files.exists(out.resolve("prices.svg")));
    Files.writeString(out.resolve("notes.txt"), "mine");
    Cli.Result r =
        Cli.run(
            "run",
            scenario.toString(),
            "--out",
            out.toString(),
            "--quiet",
            "--no-charts",
            "--households",
            "none");
    assertEquals(0, r.exit(), r::toString);
    for (String gone : StaleOutputs.knownNames()) {
      boolean kept =
          gone.equals("timeseries.csv")
              || gone.equals("tracked.csv")
              || gone.equals("summary.json")
              || gone.equals("scenario.resolved.yaml");
      assertEquals(kept, Files.exists(out.resolve(gone)), gone);
    }
    assertTrue(Files.exists(out.resolve("notes.txt")), "files this program does not write stay");
  }
}
