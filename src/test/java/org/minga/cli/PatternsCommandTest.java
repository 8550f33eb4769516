package org.minga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternsCommandTest {
  @TempDir Path dir;

  @Test
  void writesTheReportFilesForTheSelectedChecks() throws Exception {
    Cli.Result r =
        Cli.run(
            "patterns",
            "--only",
            "10b",
            "--replicates",
            "2",
            "--max-replicates",
            "2",
            "--out",
            dir.toString());
    assertEquals(0, r.exit(), r.toString());
    String md = Files.readString(dir.resolve("patterns.md"));
    assertTrue(md.contains("| 10b | mechanism |"), md);
    assertTrue(md.contains("## Mechanism checks"), md);
    assertTrue(md.contains("Model version: `"), md);
    assertEquals(3, Files.readString(dir.resolve("replicates.csv")).lines().count());
    assertTrue(Files.exists(dir.resolve("patterns.csv")));
  }

  @Test
  void fewerMaximumThanInitialReplicatesIsBadInput() {
    Cli.Result r =
        Cli.run("patterns", "--replicates", "10", "--max-replicates", "5", "--out", dir.toString());
    assertEquals(2, r.exit(), r.toString());
    assertTrue(r.err().contains("--max-replicates"), r.err());
  }

  @Test
  void anUnknownCheckIsBadInput() {
    Cli.Result r = Cli.run("patterns", "--only", "99z", "--out", dir.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.toString());
    assertTrue(r.err().contains("matches no check"), r.toString());
  }

  @Test
  void anUnwritableOutputDirectoryIsBadInputBeforeAnyRun() throws Exception {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    Cli.Result r =
        Cli.run(
            "patterns",
            "--only",
            "10b",
            "--replicates",
            "2",
            "--out",
            file.resolve("sub").toString());
    assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.toString());
    assertTrue(r.err().contains("cannot write to output directory"), r.toString());
    assertTrue(!r.out().contains("[1/1]"), "no check should have run: " + r);
  }

  @Test
  void oneReplicateIsBadInput() {
    Cli.Result r = Cli.run("patterns", "--replicates", "1", "--out", dir.toString());
    assertEquals(ExitCodes.BAD_INPUT, r.exit(), r.toString());
  }
}
