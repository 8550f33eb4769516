package org.minga.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.minga.cli.Cli;

/** Small scenarios and sweep files for the sweep tests, and a CLI runner. */
final class SweepFixture {
  /** 150 producers for 2 years: a run takes a few milliseconds. */
  static final String SCENARIO =
      "name: tiny\nseed: 3\nyears: 2\nproducers:\n  count: 150\n" + "  tracked: 2\n";

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
    Files.writeString(
        f,
        "scenario: tiny.yaml\nseed: 99\n"
            + "parameters:\n"
            + "  prices.sigma: {values: [0.02, 0.1, 0.3]}\n"
            + "  cooperatives.advance_share: {min: 0.5, max: 0.9, step: 0.4}\n"
            + "replicates: "
            + replicates
            + "\n"
            + "metrics:\n"
            + "  - membership_rate\n"
            + "  - {metric: world_price, stat: mean, from: 6}\n"
            + "  - {metric: gini, stat: max}\n");
    return f;
  }

  /**
   * A grid sweep of 6 runs in {@code dir/sweeps/grid.yaml} on {@code dir/scen/tiny.yaml}, which
   * extends {@code base.yaml}, which replays the prices of {@code data/prices.csv}.
   */
  static Path chainSweep(Path dir) throws IOException {
    Path scen = Files.createDirectories(dir.resolve("scen/data")).getParent();
    Files.writeString(
        scen.resolve("base.yaml"),
        SCENARIO.replace("tiny", "base")
            + "prices:\n  process: replay\n  replay:\n    file: data/prices.csv\n");
    Files.writeString(scen.resolve("tiny.yaml"), "extends: base.yaml\nname: tiny\n");
    StringBuilder csv = new StringBuilder("date,price\n");
    for (int m = 0; m < 36; m++) {
      csv.append(2000 + m / 12)
          .append('-')
          .append(String.format("%02d", m % 12 + 1))
          .append(',')
          .append(100 + 3 * (m % 12))
          .append('\n');
    }
    Files.writeString(scen.resolve("data/prices.csv"), csv);
    Path f = Files.createDirectories(dir.resolve("sweeps")).resolve("grid.yaml");
    Files.writeString(
        f,
        "scenario: ../scen/tiny.yaml\nseed: 99\nparameters:\n"
            + "  cooperatives.commission: {values: [0.02, 0.1, 0.3]}\n"
            + "  cooperatives.advance_share: {values: [0.5, 0.9]}\n"
            + "metrics: [membership_rate, {metric: world_price, stat: mean}]\n");
    return f;
  }

  /** Runs the CLI with its output captured (the cli package's test helper). */
  static Cli.Result cli(String... args) {
    return Cli.run(args);
  }
}
