package org.minga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep whose stderr is not a terminal (a log, as under the test runner) writes progress lines
 * there; --quiet writes none; only terminal devices get the bar.
 */
class SweepProgressTest {
  @TempDir Path dir;

  private Path sweepFile() throws IOException {
    Files.writeString(
        dir.resolve("tiny.yaml"), "name: tiny\nseed: 3\nyears: 1\nproducers:\n" + "  count: 100\n");
    return Files.writeString(
        dir.resolve("s.yaml"),
        "scenario: tiny.yaml\nparameters:\n"
            + "  prices.sigma: {values: [0.02, 0.1, 0.3]}\nreplicates: 2\nmetrics: [gini]\n");
  }

  @Test
  void aLogGetsProgressLinesAndQuietSilencesThem() throws IOException {
    assumeFalse(Terminals.stderrIsTerminal(), "the test's stderr is a terminal");
    Path spec = sweepFile();
    Cli.Result r =
        Cli.run(
            "sweep",
            spec.toString(),
            "--out",
            dir.resolve("a").toString(),
            "--no-charts",
            "--threads",
            "1");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.err().startsWith("minga: sweep of 6 run(s): 6 to run\n"), r.err());
    assertTrue(r.err().contains("minga: 6 of 6 runs done (100%) in "), r.err());
    Cli.Result quiet =
        Cli.run(
            "sweep",
            spec.toString(),
            "--out",
            dir.resolve("b").toString(),
            "--no-charts",
            "--quiet");
    assertEquals(0, quiet.exit(), quiet.toString());
    assertEquals("", quiet.err());
  }

  @Test
  void onlyTerminalDevicesCountAsTerminals() {
    assertTrue(Terminals.isTerminalDevice("/dev/pts/3"));
    assertTrue(Terminals.isTerminalDevice("/dev/tty1"));
    assertFalse(Terminals.isTerminalDevice("/work/out/logs/sweep-3.out"));
    assertFalse(Terminals.isTerminalDevice("pipe:[48213]"));
    assertFalse(Terminals.isTerminalDevice("/dev/null"));
  }
}
