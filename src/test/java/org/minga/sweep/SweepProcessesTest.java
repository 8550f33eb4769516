package org.minga.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.cli.Cli;

/**
 * Sweeps against other processes: a sweep killed with SIGKILL while it writes resumes to the same
 * tables as an uninterrupted one (its partial line set aside, its temporary files removed, its lock
 * gone with it); a second process on a running sweep's directory exits at once naming the holder,
 * and the holder finishes untouched.
 */
class SweepProcessesTest {
  private static final List<String> TABLES = List.of("runs.csv", "summary.csv");

  @TempDir Path dir;

  private Path sweepInProcess(Path spec, String out, String... extra) {
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
    Cli.Result r = SweepFixture.cli(args.toArray(String[]::new));
    assertEquals(0, r.exit(), r.toString());
    return dir.resolve(out);
  }

  /** {@code minga ARGS} in a child JVM, its output in {@code log}. */
  private Process child(Path log, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.minga.cli.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /** Waits until {@code journal} holds at least {@code rows} rows. */
  private static void awaitRows(Path journal, int rows, Process p) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline
        && p.isAlive()
        && (Files.notExists(journal) || Files.readAllLines(journal).size() < rows + 1)) {
      Thread.sleep(5);
    }
    assertTrue(p.isAlive(), "still running after " + rows + " rows");
  }

  private static void assertSameTables(Path a, Path b, List<String> files) throws IOException {
    for (String f : files) {
      assertEquals(Files.readString(a.resolve(f)), Files.readString(b.resolve(f)), f);
    }
  }

  @Test
  void aSweepKilledWhileWritingResumesToTheSameTables() throws Exception {
    Path spec = SweepFixture.gridSweep(dir, 8); // 48 runs
    Path reference = sweepInProcess(spec, "reference", "--threads", "2", "--timeseries");
    Path out = dir.resolve("killed");
    Process p =
        child(
            dir.resolve("log"),
            "sweep",
            spec.toString(),
            "--out",
            out.toString(),
            "--threads",
            "1",
            "--quiet",
            "--no-charts",
            "--timeseries");
    Path journal = out.resolve("runs.journal");
    awaitRows(journal, 6, p);
    p.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing, no unlocking
    p.waitFor();
    int journaled = Files.readAllLines(journal).size() - 1;
    assertTrue(journaled >= 6 && journaled < 48, "killed mid-way, after " + journaled);
    assertTrue(Files.notExists(out.resolve("runs.csv")), "no table before the sweep completes");
    assertTrue(
        Files.readString(out.resolve(SweepLock.LOCK)).contains("pid " + p.pid()),
        "the dead process's lock file stays behind");
    // What a kill in the middle of writes leaves: a partial line, temporary files.
    Files.writeString(journal, "47,7,5,12", StandardOpenOption.APPEND);
    List<Path> leftovers =
        List.of(
            out.resolve("runs.csv.tmp"),
            out.resolve("sweep.json.tmp"),
            out.resolve("timeseries.parts/run-00000047.csv.tmp"),
            out.resolve("charts/.summary_gini_max.png.3kd8a0s1.tmp"));
    List<Path> notOurs = List.of(out.resolve("notes.tmp"), out.resolve("charts/mine.tmp"));
    for (Path f : concat(leftovers, notOurs)) {
      Files.createDirectories(f.getParent());
      Files.writeString(f, "x");
    }
    Cli.Result r =
        SweepFixture.cli(
            "sweep",
            spec.toString(),
            "--out",
            out.toString(),
            "--resume",
            "--threads",
            "2",
            "--timeseries");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.err().contains("moved it to " + journal + ".torn"), r.err());
    assertTrue(
        r.err()
            .matches(
                "(?s).*removed ([3-9]|\\d\\d) temporary file\\(s\\) left in "
                    + java.util.regex.Pattern.quote(out.toString())
                    + " by .*"),
        r.err());
    assertTrue(
        r.err().contains("removed 1 temporary file(s) left in " + out.resolve("charts")), r.err());
    for (Path f : leftovers) {
      assertTrue(Files.notExists(f), f + " removed");
    }
    for (Path f : notOurs) {
      assertTrue(Files.exists(f), f + " is not ours: kept");
    }
    int rerun = Integer.parseInt(r.out().substring(0, r.out().indexOf(' ')));
    assertEquals(48, Files.readAllLines(journal).size() - 1, "every run exactly once");
    assertTrue(48 - rerun >= journaled, "no journaled run was run again: " + r.out());
    assertSameTables(reference, out, List.of("runs.csv", "summary.csv", "timeseries.csv"));
  }

  @Test
  void aSecondSweepOrMergeOnARunningSweepExitsAtOnceNamingTheHolder() throws Exception {
    Path spec = SweepFixture.gridSweep(dir, 100); // 600 runs: seconds on one thread
    Path reference = sweepInProcess(spec, "reference", "--threads", "2");
    Path out = dir.resolve("shared");
    Process first =
        child(
            dir.resolve("log"),
            "sweep",
            spec.toString(),
            "--out",
            out.toString(),
            "--threads",
            "1",
            "--resume",
            "--quiet",
            "--no-charts");
    awaitRows(out.resolve("runs.journal"), 2, first);
    long t0 = System.nanoTime();
    Cli.Result second =
        SweepFixture.cli(
            "sweep",
            spec.toString(),
            "--out",
            out.toString(),
            "--resume",
            "--quiet",
            "--no-charts");
    Cli.Result merge = SweepFixture.cli("merge", out.toString(), "--no-charts");
    assertTrue(first.isAlive(), "the first was still running when refused");
    assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10), "refused at once");
    for (Cli.Result r : List.of(second, merge)) {
      assertEquals(2, r.exit(), r.toString());
      assertTrue(
          r.err().contains(out + " is in use by minga sweep (pid " + first.pid() + " on "),
          r.err());
    }
    assertTrue(first.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, first.exitValue(), Files.readString(dir.resolve("log")));
    assertSameTables(reference, out, TABLES);
    List<String> rows = Files.readAllLines(out.resolve("runs.journal"));
    assertEquals(1 + 600, rows.size(), "no run journaled twice");
  }

  @Test
  void shardsRunSideBySideButEachOnceAndNeverBesideAMerge() throws Exception {
    Path spec = SweepFixture.gridSweep(dir, 100);
    Path reference = sweepInProcess(spec, "reference", "--threads", "2");
    Path out = dir.resolve("sharded");
    Process first =
        child(
            dir.resolve("log"),
            "sweep",
            spec.toString(),
            "--out",
            out.toString(),
            "--shard",
            "1/2",
            "--threads",
            "1",
            "--resume",
            "--quiet");
    awaitRows(out.resolve("shards/shard-001-of-002.journal"), 2, first);
    Cli.Result again =
        SweepFixture.cli(
            "sweep",
            spec.toString(),
            "--out",
            out.toString(),
            "--shard",
            "1/2",
            "--resume",
            "--quiet"); // a SLURM task submitted twice
    Cli.Result merge = SweepFixture.cli("merge", out.toString(), "--no-charts");
    Cli.Result whole =
        SweepFixture.cli(
            "sweep", spec.toString(), "--out", out.toString(), "--quiet", "--no-charts");
    assertTrue(first.isAlive(), "the shard was still running when the others were refused");
    for (Cli.Result r : List.of(again, merge, whole)) {
      assertEquals(2, r.exit(), r.toString());
      assertTrue(
          r.err().contains("is in use by minga sweep --shard 1/2 (pid " + first.pid()), r.err());
    }
    sweepInProcess(spec, "sharded", "--shard", "2/2", "--threads", "1"); // beside shard 1
    assertTrue(first.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, first.exitValue(), Files.readString(dir.resolve("log")));
    Cli.Result merged = SweepFixture.cli("merge", out.toString(), "--no-charts");
    assertEquals(0, merged.exit(), merged.toString());
    assertSameTables(reference, out, TABLES);
  }

  private static List<Path> concat(List<Path> a, List<Path> b) {
    List<Path> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
