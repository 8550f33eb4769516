package org.minga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts written by {@code run}, skipped by {@code --no-charts}, re-drawn by {@code chart}. */
class ChartCommandTest {
  private static final List<String> PNGS =
      List.of("cohesion.png", "income.png", "prices.png", "channels.png", "structure.png");
  private static final String SMALL =
      "name: small\nseed: 5\nyears: 2\n" + "producers:\n  count: 150\n  tracked: 4\n";

  @TempDir Path dir;

  private Path scenario() throws IOException {
    Path f = dir.resolve("small.yaml");
    Files.writeString(f, SMALL);
    return f;
  }

  @Test
  void runWritesTheFiveChartsAndChartRedrawsThem() throws IOException {
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("run", scenario().toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().contains("Drew " + String.join(", ", PNGS) + "."), r::toString);
    for (String png : PNGS) {
      assertTrue(Files.size(out.resolve(png)) > 10_000, png + " holds a drawn chart");
      Files.delete(out.resolve(png));
    }
    Cli.Result c = Cli.run("chart", out.toString());
    assertEquals(0, c.exit(), c::toString);
    assertTrue(c.out().contains("5 chart files of 24 steps"), c::toString);
    for (String png : PNGS) {
      assertTrue(Files.size(out.resolve(png)) > 10_000, png + " re-drawn from the CSV files");
    }
  }

  @Test
  void svgAddsAScalableCopyOfEachChart() throws IOException {
    Path out = dir.resolve("out");
    Cli.Result r =
        Cli.run("run", scenario().toString(), "--out", out.toString(), "--quiet", "--svg");
    assertEquals(0, r.exit(), r::toString);
    for (String png : PNGS) {
      Path svg = out.resolve(png.replace(".png", ".svg"));
      String text = Files.readString(svg);
      assertEquals("svg", parse(svg).getDocumentElement().getTagName(), svg.toString());
      // Text stays text: the time axis label is searchable in the file.
      assertTrue(text.contains(">Year<"), svg + " keeps its labels as text");
    }
  }

  @Test
  void allSeriesDrawsEveryLineInRunAndChart() throws IOException {
    Path out = dir.resolve("out");
    String cohesion = out.resolve("cohesion.svg").toString();
    // The legend is text in the SVG: the essential set has no retention line, the full set has.
    assertTrue(
        svgAfter(
                cohesion,
                "run",
                scenario().toString(),
                "--out",
                out.toString(),
                "--quiet",
                "--svg",
                "--all-series")
            .contains("Retention"));
    assertFalse(svgAfter(cohesion, "chart", out.toString(), "--svg").contains("Retention"));
    assertTrue(
        svgAfter(cohesion, "chart", out.toString(), "--svg", "--all-series").contains("Retention"));
  }

  /** Runs {@code args}, checks it succeeds, and reads {@code svg}. */
  private static String svgAfter(String svg, String... args) throws IOException {
    Cli.Result r = Cli.run(args);
    assertEquals(0, r.exit(), r::toString);
    return Files.readString(Path.of(svg));
  }

  /** Parses an SVG file as XML without fetching its DTD from the network. */
  private static org.w3c.dom.Document parse(Path file) {
    try {
      var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return f.newDocumentBuilder().parse(file.toFile());
    } catch (Exception e) {
      throw new AssertionError(file + " is not well-formed XML: " + e, e);
    }
  }

  @Test
  void noChartsSkipsTheImages() throws IOException {
    Path out = dir.resolve("out");
    Cli.Result r =
        Cli.run("run", scenario().toString(), "--out", out.toString(), "--quiet", "--no-charts");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(Files.exists(out.resolve("timeseries.csv")));
    for (String png : PNGS) {
      assertFalse(Files.exists(out.resolve(png)), png);
    }
  }

  @Test
  void chartWithoutARunIsBadInput() {
    Cli.Result c = Cli.run("chart", dir.resolve("nothing-here").toString());
    assertEquals(2, c.exit(), c::toString);
    assertTrue(c.err().contains("no timeseries.csv"), c::toString);
  }

  @Test
  void chartOfACorruptFileNamesTheLine() throws IOException {
    Path run = dir.resolve("run");
    Files.createDirectories(run);
    Files.writeString(run.resolve("timeseries.csv"), "step,world_price\n0,100\n1,oops\n");
    Cli.Result c = Cli.run("chart", run.toString());
    assertEquals(2, c.exit(), c::toString);
    assertTrue(c.err().contains("timeseries.csv:3") && c.err().contains("oops"), c::toString);
  }
}
