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
    Cli.Result r = Cli.run("patterns", "--only", "10b", "--replicates", "2", "--out",
        dir.toString());
    assertEquals(0, r.exit(), r.toString());
    String md = Files.readString(dir.resolve("patterns.md"));
    assertTrue(md.contains("| 10b |"), md);
    assertTrue(Files.readString(dir.resolve("replicates.csv")).lines().count() == 3);
    assertTrue(Files.exists(dir.resolve("patterns.csv")));
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
    Cli.Result r = Cli.run("patterns", "--only", "10b", "--replicates", "2", "--out",
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
