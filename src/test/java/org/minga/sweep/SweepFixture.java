package org.minga.sweep;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.minga.cli.Main;

/** Small scenarios and sweep files for the sweep tests, and a CLI runner. */
final class SweepFixture {
  /** 150 producers for 2 years: a run takes a few milliseconds. */
  static final String SCENARIO = "name: tiny\nseed: 3\nyears: 2\nproducers:\n  count: 150\n"
      + "  tracked: 2\n";

  private SweepFixture() {}

  static Path scenario(Path dir) throws IOException {
    Path s = dir.resolve("tiny.yaml");
    Files.writeString(s, SCENARIO);
    return s;
  }

  /** A grid sweep of 3 x 2 points with {@code replicates} replicates on the tiny scenario. */
  static Path gridSweep(Path dir, int replicates) throws IOException {
    scenario(dir);
    Path f = dir.resolve("grid.yaml");
    Files.writeString(f, "scenario: tiny.yaml\nseed: 99\n"
        + "parameters:\n"
        + "  prices.sigma: {values: [0.02, 0.1, 0.3]}\n"
        + "  cooperatives.advance_share: {min: 0.5, max: 0.9, step: 0.4}\n"
        + "replicates: " + replicates + "\n"
        + "metrics:\n"
        + "  - membership_rate\n"
        + "  - {metric: world_price, stat: mean, from: 6}\n"
        + "  - {metric: gini, stat: max}\n");
    return f;
  }

  /** Exit status and output of the CLI. */
  record Result(int exit, String out, String err) {}

  static Result cli(String... args) {
    PrintStream o = System.out;
    PrintStream e = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int exit = Main.execute(args);
      return new Result(exit, out.toString(StandardCharsets.UTF_8),
          err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(o);
      System.setErr(e);
    }
  }
}
