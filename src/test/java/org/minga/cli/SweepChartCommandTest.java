package org.minga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny sweep draws its charts when it completes; {@code chart DIR} draws them again. */
class SweepChartCommandTest {
  /** 150 producers for 2 years: each run takes milliseconds. */
  private static final String SCENARIO =
      "name: tiny\nseed: 3\nyears: 2\nproducers:\n" + "  count: 150\n  tracked: 2\n";

  /** Two design points, three replicates, two summary metrics. */
  private static final String SWEEP =
      "scenario: tiny.yaml\nseed: 7\nparameters:\n"
          + "  prices.sigma: {values: [0.05, 0.3]}\nreplicates: 3\nmetrics:\n"
          + "  - membership_rate\n  - {metric: world_price, stat: mean}\n";

  private static final List<String> TIMESERIES =
      List.of(
          "timeseries_cohesion.png",
          "timeseries_delivery_share.png",
          "timeseries_membership_rate.png",
          "timeseries_income_median.png",
          "timeseries_world_price.png");
  private static final List<String> SUMMARY =
      List.of("summary_membership_rate_final.png", "summary_world_price_mean.png");

  @TempDir Path dir;

  private Path sweepFile() throws IOException {
    Files.writeString(dir.resolve("tiny.yaml"), SCENARIO);
    Path f = dir.resolve("sweep.yaml");
    Files.writeString(f, SWEEP);
    return f;
  }

  private static List<String> pngs(Path charts) throws IOException {
    try (Stream<Path> s = Files.list(charts)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> expected(boolean withTimeseries) {
    List<String> all = new java.util.ArrayList<>(SUMMARY);
    if (withTimeseries) {
      all.addAll(TIMESERIES);
    }
    return all.stream().sorted().toList();
  }

  @Test
  void sweepDrawsItsChartsAndChartRedrawsThem() throws IOException {
    Path out = dir.resolve("out");
    Cli.Result r =
        Cli.run(
            "sweep",
            sweepFile().toString(),
            "--out",
            out.toString(),
            "--threads",
            "2",
            "--timeseries=gz");
    assertEquals(0, r.exit(), r::toString);
    Path charts = out.resolve("charts");
    assertTrue(r.out().contains("7 charts in " + charts), r::toString);
    assertEquals(expected(true), pngs(charts));
    for (String png : pngs(charts)) {
      assertTrue(Files.size(charts.resolve(png)) > 10_000, png + " holds a drawn chart");
      Files.delete(charts.resolve(png));
    }
    Cli.Result c = Cli.run("chart", out.toString());
    assertEquals(0, c.exit(), c::toString);
    assertTrue(c.out().contains("wrote 7 sweep chart files (2 design points)"), c::toString);
    assertEquals(expected(true), pngs(charts));
  }

  @Test
  void withoutTimeseriesOnlyTheSummaryChartsAreDrawnAndNoChartsSkipsThem() throws IOException {
    Path out = dir.resolve("out");
    Cli.Result r =
        Cli.run("sweep", sweepFile().toString(), "--out", out.toString(), "--quiet", "--no-charts");
    assertEquals(0, r.exit(), r::toString);
    assertFalse(Files.exists(out.resolve("charts")), "--no-charts draws nothing");
    Cli.Result c = Cli.run("chart", out.toString(), "--out", dir.resolve("figs").toString());
    assertEquals(0, c.exit(), c::toString);
    assertTrue(c.err().contains("has no timeseries.csv"), c::toString);
    assertEquals(expected(false), pngs(dir.resolve("figs")));
  }

  @Test
  void mergeDrawsTheChartsOfTheMergedShards() throws IOException {
    Path out = dir.resolve("out");
    Path file = sweepFile();
    for (String shard : List.of("1/2", "2/2")) {
      Cli.Result r =
          Cli.run(
              "sweep",
              file.toString(),
              "--out",
              out.toString(),
              "--quiet",
              "--shard",
              shard,
              "--timeseries");
      assertEquals(0, r.exit(), r::toString);
    }
    assertFalse(Files.exists(out.resolve("charts")), "a shard alone draws nothing");
    Cli.Result m = Cli.run("merge", out.toString());
    assertEquals(0, m.exit(), m::toString);
    assertTrue(m.out().contains("7 charts in " + out.resolve("charts")), m::toString);
    assertEquals(expected(true), pngs(out.resolve("charts")));
  }

  @Test
  void badOrMissingTablesExitTwoNamingFileAndLine() throws IOException {
    Path out = dir.resolve("out");
    assertEquals(
        0,
        Cli.run("sweep", sweepFile().toString(), "--out", out.toString(), "--quiet", "--no-charts")
            .exit());
    String summary = Files.readString(out.resolve("summary.csv"));
    Files.writeString(out.resolve("summary.csv"), summary.replaceFirst("\n0,", "\nzero,"));
    Cli.Result bad = Cli.run("chart", out.toString());
    assertEquals(ExitCodes.BAD_INPUT, bad.exit(), bad::toString);
    assertTrue(
        bad.err().contains(out.resolve("summary.csv") + ":2: `zero` is not a whole " + "number"),
        bad::toString);
    assertFalse(bad.err().contains("Exception"), "no stack trace: " + bad);

    Files.delete(out.resolve("summary.csv"));
    Cli.Result missing = Cli.run("chart", out.toString());
    assertEquals(ExitCodes.BAD_INPUT, missing.exit(), missing::toString);
    assertTrue(missing.err().contains("no summary.csv in " + out), missing::toString);
  }
}
