package org.minga.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.cli.Cli;

/**
 * A journal is checked line by line on resume and merge: damage stops the sweep with the file and
 * line (exit 2) and leaves every file as it was; a crash's partial last line is set aside in
 * runs.journal.torn; an empty journal is an empty journal.
 */
class SweepJournalTest {
  @TempDir Path dir;
  private Path spec;
  private Path reference;

  @BeforeEach
  void referenceSweep() throws IOException {
    spec = SweepFixture.gridSweep(dir, 1); // 6 runs
    reference = dir.resolve("reference");
    assertEquals(0, sweep(reference).exit());
  }

  private Cli.Result sweep(Path out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "sweep",
                spec.toString(),
                "--out",
                out.toString(),
                "--quiet",
                "--no-charts",
                "--threads",
                "1"));
    args.addAll(List.of(extra));
    return SweepFixture.cli(args.toArray(String[]::new));
  }

  /** A copy of the reference sweep as a crash would leave it: 4 of 6 runs journaled. */
  private Path interrupted(String name, UnaryOperator<List<String>> edit) throws IOException {
    Path out = dir.resolve(name);
    Files.createDirectories(out);
    Files.copy(reference.resolve("sweep.json"), out.resolve("sweep.json"));
    List<String> lines = Files.readAllLines(reference.resolve("runs.journal"));
    Files.write(out.resolve("runs.journal"), edit.apply(new ArrayList<>(lines.subList(0, 5))));
    return out;
  }

  private void assertRefusedUntouched(Path out, String where, String what) throws IOException {
    byte[] before = Files.readAllBytes(out.resolve("runs.journal"));
    Cli.Result r = sweep(out, "--resume");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains(out.resolve("runs.journal") + ":" + where + ": "), r.err());
    assertTrue(r.err().contains(what), r.err());
    assertTrue(r.err().contains("Delete that line") || where.equals("1"), r.err());
    assertArrayEquals(before, Files.readAllBytes(out.resolve("runs.journal")));
    assertTrue(Files.notExists(out.resolve("runs.csv")), "no table from a damaged journal");
  }

  private void assertCompletesLikeReference(Path out, String... extraOut) throws IOException {
    Cli.Result r = sweep(out, "--resume");
    assertEquals(0, r.exit(), r.toString());
    assertEquals(
        Files.readString(reference.resolve("runs.csv")), Files.readString(out.resolve("runs.csv")));
    assertEquals(
        Files.readString(reference.resolve("summary.csv")),
        Files.readString(out.resolve("summary.csv")));
    for (String s : extraOut) {
      assertTrue(r.err().contains(s), r.err());
    }
  }

  private static List<String> editLine(List<String> lines, int line, UnaryOperator<String> f) {
    lines.set(line - 1, f.apply(lines.get(line - 1)));
    return lines;
  }

  @Test
  void aRowMissingAColumnIsRefusedWithItsLine() throws IOException {
    Path out = interrupted("short", l -> editLine(l, 3, s -> s.substring(0, s.lastIndexOf(','))));
    assertRefusedUntouched(out, "3", "8 column(s) where the header has 9");
  }

  @Test
  void aWordWhereANumberBelongsIsRefused() throws IOException {
    Path out = interrupted("word", l -> editLine(l, 2, s -> s.replaceFirst(",[^,]*$", ",oops")));
    assertRefusedUntouched(out, "2", "gini_max is `oops`, not a number or NA");
    Path nan = interrupted("nan", l -> editLine(l, 4, s -> s.replaceFirst(",[^,]*$", ",NaN")));
    assertRefusedUntouched(nan, "4", "`NaN`, not a number or NA");
  }

  @Test
  void garbageLinesAndRandomBytesAreRefusedWithTheirLine() throws IOException {
    Path garbage = interrupted("garbage", l -> editLine(l, 4, s -> "hello world"));
    assertRefusedUntouched(garbage, "4", "1 column(s) where the header has 9");
    Path words = interrupted("words", l -> editLine(l, 4, s -> "a,b,c,d,e,f,g,h,i"));
    assertRefusedUntouched(words, "4", "`a` is not a run id");
    Path bytes = interrupted("bytes", l -> l);
    byte[] noise = new byte[600];
    new Random(7).nextBytes(noise);
    noise[100] = '\n';
    Files.write(bytes.resolve("runs.journal"), noise, StandardOpenOption.APPEND);
    Cli.Result r = sweep(bytes, "--resume");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("runs.journal:6: "), r.err());
    Path allNoise = interrupted("noise", l -> l);
    Files.write(allNoise.resolve("runs.journal"), noise);
    assertRefusedUntouched(allNoise, "1", "the header is not this sweep file's columns");
  }

  @Test
  void rowsThatDoNotBelongToThePlanAreRefused() throws IOException {
    Path unknown =
        interrupted(
            "unknown",
            l -> {
              l.add("999,5,0,12,0.3,0.9,0.1,120,0.3");
              return l;
            });
    assertRefusedUntouched(unknown, "6", "run 999 is not in this sweep (runs 0 to 5)");
    Path point = interrupted("point", l -> editLine(l, 3, s -> s.replaceFirst("^1,1,", "1,4,")));
    assertRefusedUntouched(point, "3", "point is 4 where this sweep's run 1 has 1");
    Path seed =
        interrupted(
            "seed", l -> editLine(l, 2, s -> s.replaceFirst("^0,0,0,-?\\d+,", "0,0,0,12,")));
    assertRefusedUntouched(seed, "2", "seed is 12 where this sweep's run 0 has");
    Path level = interrupted("level", l -> editLine(l, 2, s -> s.replace(",0.02,", ",0.03,")));
    assertRefusedUntouched(level, "2", "prices.sigma is 0.03 where this sweep's run 0 has 0.02");
  }

  @Test
  void aRunRecordedTwiceIsRefusedNamingBothLines() throws IOException {
    Path out =
        interrupted(
            "twice",
            l -> {
              l.add(l.get(2));
              return l;
            });
    assertRefusedUntouched(out, "6", "run 1 is recorded twice (lines 3 and 6)");
  }

  @Test
  void aPartialLastLineIsSetAsideAndItsRunRunAgain() throws IOException {
    Path out = interrupted("torn", l -> l);
    Path journal = out.resolve("runs.journal");
    byte[] complete = Files.readAllBytes(journal);
    Files.writeString(journal, "4,4,0,7781", StandardOpenOption.APPEND);
    assertCompletesLikeReference(
        out, "ended in a partial line", "runs.journal.torn", "its run is run again");
    assertEquals("4,4,0,7781\n", Files.readString(out.resolve("runs.journal.torn")));
    byte[] after = Files.readAllBytes(journal);
    assertArrayEquals(
        complete,
        java.util.Arrays.copyOf(after, complete.length),
        "the journal is appended to, never rewritten");
    assertEquals(1 + 6, Files.readAllLines(journal).size());
  }

  @Test
  void anEmptyOrHeaderlessJournalLeftByACrashIsAnEmptyJournal() throws IOException {
    Path empty = interrupted("empty", l -> List.of());
    Files.write(empty.resolve("runs.journal"), new byte[0]);
    assertCompletesLikeReference(empty);
    Path half = interrupted("half-header", l -> List.of());
    Files.writeString(half.resolve("runs.journal"), "run,point,repl");
    assertCompletesLikeReference(half, "runs.journal.torn");
  }

  @Test
  void mergeChecksEveryShardJournal() throws IOException {
    Path out = dir.resolve("sharded");
    for (int k = 1; k <= 2; k++) {
      assertEquals(0, sweep(out, "--shard", k + "/2").exit());
    }
    Path second = out.resolve("shards/shard-002-of-002.journal");
    List<String> lines = Files.readAllLines(second);
    // Run 2 belongs to shard 1: a row in the wrong shard's journal is refused too.
    Files.write(second, editLine(new ArrayList<>(lines), 2, s -> "1,0,1,x"));
    Cli.Result r = SweepFixture.cli("merge", out.toString(), "--no-charts");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains(second + ":2: 4 column(s) where the header has 9"), r.err());
    String run0 = Files.readAllLines(out.resolve("shards/shard-001-of-002.journal")).get(1);
    Files.write(second, editLine(new ArrayList<>(lines), 2, s -> run0));
    r = SweepFixture.cli("merge", out.toString(), "--no-charts");
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("run 0 is not in shard 2/2 of this sweep"), r.err());
    Files.write(second, lines);
    Files.writeString(second, "5,5,0,1", StandardOpenOption.APPEND);
    r = SweepFixture.cli("merge", out.toString(), "--no-charts");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.err().contains("ends in a partial line"), r.err());
    assertEquals(
        Files.readString(reference.resolve("runs.csv")), Files.readString(out.resolve("runs.csv")));
    assertTrue(Files.readString(second).endsWith("5,5,0,1"), "merge changes no shard file");
  }
}
