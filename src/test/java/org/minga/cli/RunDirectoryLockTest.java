package org.minga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.sweep.DirectoryLock;

/**
 * A run holds its output directory: a second run (or a sweep) on it is refused at once, naming the
 * holder; and it removes the temporary files a killed run left there, only those.
 */
class RunDirectoryLockTest {
  private static int run(Path out, StringWriter err) {
    return Main.execute(
        new PrintWriter(new StringWriter()),
        new PrintWriter(err),
        "run",
        "scenarios/baseline.yaml",
        "--set",
        "producers.count=100",
        "--steps",
        "3",
        "--no-charts",
        "--quiet",
        "--out",
        out.toString());
  }

  @Test
  void aKilledRunsTemporaryFilesGoAndNothingElse(@TempDir Path out) throws Exception {
    Path torn = Files.writeString(out.resolve(".timeseries.csv.k2j3h4.tmp"), "step,wor");
    Path notes = Files.writeString(out.resolve("notes.tmp"), "mine");
    Path other = Files.writeString(out.resolve(".draft.yaml.abc.tmp"), "mine too");
    assertEquals(0, run(out, new StringWriter()));
    assertFalse(Files.exists(torn), "the killed run's half-written file is gone");
    assertTrue(Files.exists(notes) && Files.exists(other), "files that are not ours stay");
    assertTrue(Files.size(out.resolve("timeseries.csv")) > 0);
  }

  @Test
  void aDirectoryInUseIsRefusedNamingItsHolder(@TempDir Path out) throws Exception {
    try (DirectoryLock held =
        DirectoryLock.tryLock(out.resolve(org.minga.sweep.SweepLock.LOCK), false, "sweep")) {
      StringWriter err = new StringWriter();
      assertEquals(ExitCodes.BAD_INPUT, run(out, err));
      assertTrue(err.toString().contains("is in use by minga sweep (pid"), err.toString());
      assertFalse(Files.exists(out.resolve("timeseries.csv")), "nothing written");
    }
    assertEquals(0, run(out, new StringWriter()), "free again once the holder is done");
  }
}
