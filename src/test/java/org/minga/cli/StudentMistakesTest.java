package org.minga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a student sees for a syntax slip (exit 2) and for an implausible value (exit 0). */
class StudentMistakesTest {
  private static final String SMALL =
      "name: small\nseed: 3\nyears: 1\nproducers:\n" + "  count: 60\n  tracked: 2\n";

  @TempDir Path dir;

  private Path scenario(String text) throws IOException {
    return Files.writeString(dir.resolve("s.yaml"), text);
  }

  @Test
  void aSyntaxSlipExitsTwoWithThePlainMessageAtItsLine() throws IOException {
    Path s = scenario("name: \"small\nseed: 3\nyears: 1\n");
    Cli.Result r = Cli.run("validate", s.toString());
    assertEquals(2, r.exit(), r::toString);
    assertEquals(s + ":1:7: this quote is never closed; add \" at the end of the value\n", r.err());
  }

  @Test
  void runPrintsWarningsOnStderrAndStillRuns() throws IOException {
    Path s = scenario(SMALL + "prices:\n  shocks:\n    - {at: 2, multiplier: 55}\n");
    Cli.Result r =
        Cli.run(
            "run", s.toString(), "--out", dir.resolve("out").toString(), "--quiet", "--no-charts");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(
        r.err().startsWith(s + ":9:27: prices.shocks[0].multiplier: warning: 55"), r::toString);
    assertTrue(Files.exists(dir.resolve("out/timeseries.csv")));
  }

  @Test
  void validateListsWarningsAndSaysOk() throws IOException {
    Path s = scenario(SMALL);
    Cli.Result r = Cli.run("validate", s.toString(), "--set", "producers.social_weight=6");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(
        r.out()
            .startsWith(
                "--set producers.social_weight=6: producers.social_weight: "
                    + "warning: 6 is valid but outside the plausible range at most 1; did you mean 0.06 "
                    + "(6%)?\nOK: "),
        r::toString);
    assertTrue(r.out().contains("1 warning above"), r::toString);
    assertFalse(Cli.run("validate", s.toString()).out().contains("warning"));
  }
}
