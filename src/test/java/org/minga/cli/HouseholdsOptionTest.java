package org.minga.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.output.HouseholdsCsv;

/** {@code minga run} writes households.csv: all households, a sample, or none. */
class HouseholdsOptionTest {
  private static final int HOUSEHOLDS = 120;
  private static final String SMALL =
      "name: small\nseed: 11\nyears: 3\n" + "producers:\n  count: " + HOUSEHOLDS + "\n";

  @TempDir Path dir;

  @Test
  void oneRowPerHouseholdAndYearWithTheDocumentedColumns() throws IOException {
    Path out = dir.resolve("out");
    Cli.Result r =
        Cli.run("run", scenario().toString(), "--out", out.toString(), "--quiet", "--no-charts");
    assertEquals(0, r.exit(), r::toString);
    List<String> lines = Files.readAllLines(out.resolve(HouseholdsCsv.FILE_NAME));
    assertEquals(
        "year,household,area_ha,region,cooperative,volume_intermediary,"
            + "volume_cooperative,volume_contract,volume_local,side_sold,cash,debt,income,"
            + "defaulted,active",
        lines.get(0));
    assertEquals(String.join(",", HouseholdsCsv.COLUMNS), lines.get(0));
    assertEquals(1 + HOUSEHOLDS * 3, lines.size(), "header plus households x years");
    Set<String> keys = new TreeSet<>();
    for (int i = 1; i < lines.size(); i++) {
      String[] row = lines.get(i).split(",", -1);
      assertEquals(HouseholdsCsv.COLUMNS.size(), row.length, lines.get(i));
      int year = 2000 + (i - 1) / HOUSEHOLDS;
      assertEquals(Integer.toString(year), row[0], "ordered by year");
      assertEquals(Integer.toString((i - 1) % HOUSEHOLDS), row[1], "then by household");
      assertTrue(row[4].isEmpty() || row[4].matches("[0-9]+"), row[4]);
      assertTrue(row[13].matches("[01]") && row[14].matches("[01]"), lines.get(i));
      keys.add(row[0] + "/" + row[1]);
    }
    assertEquals(HOUSEHOLDS * 3, keys.size(), "no household-year twice");
  }

  @Test
  void aSampleKeepsNHouseholdsAndNoneWritesNoFile() throws IOException {
    Path sample = dir.resolve("sample");
    assertEquals(
        0,
        Cli.run(
                "run",
                scenario().toString(),
                "--out",
                sample.toString(),
                "--quiet",
                "--no-charts",
                "--households",
                "sample:7",
                "--steps",
                "30")
            .exit());
    List<String> lines = Files.readAllLines(sample.resolve(HouseholdsCsv.FILE_NAME));
    // 30 steps: two full years and the partial third (January to June).
    assertEquals(1 + 7 * 3, lines.size());
    Set<String> households = new TreeSet<>();
    lines.stream().skip(1).forEach(l -> households.add(l.split(",")[1]));
    assertEquals(7, households.size());

    Path none = dir.resolve("none");
    Cli.Result r =
        Cli.run(
            "run",
            scenario().toString(),
            "--out",
            none.toString(),
            "--households",
            "none",
            "--no-charts");
    assertEquals(0, r.exit(), r::toString);
    assertFalse(Files.exists(none.resolve(HouseholdsCsv.FILE_NAME)));
    assertTrue(Files.exists(none.resolve("timeseries.csv")));
    assertFalse(r.out().contains(HouseholdsCsv.FILE_NAME), "the summary lists written files");
  }

  @Test
  void aBadValueIsBadInputAndWritesNothing() throws IOException {
    for (String bad : List.of("some", "sample:0", "sample:x", "sample:")) {
      Path out = dir.resolve("bad");
      Cli.Result r =
          Cli.run("run", scenario().toString(), "--out", out.toString(), "--households", bad);
      assertEquals(2, r.exit(), r::toString);
      assertTrue(r.err().contains("--households"), r::toString);
      MainTest.assertNoStackTrace(r);
      assertFalse(Files.exists(out), "nothing written for " + bad);
    }
  }

  @Test
  void theSameSeedGivesIdenticalBytes() throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Path c = dir.resolve("c");
    for (Path out : List.of(a, b)) {
      assertEquals(
          0,
          Cli.run("run", scenario().toString(), "--out", out.toString(), "--quiet", "--no-charts")
              .exit());
    }
    assertEquals(
        0,
        Cli.run(
                "run",
                scenario().toString(),
                "--out",
                c.toString(),
                "--quiet",
                "--no-charts",
                "--seed",
                "12")
            .exit());
    byte[] first = Files.readAllBytes(a.resolve(HouseholdsCsv.FILE_NAME));
    assertArrayEquals(first, Files.readAllBytes(b.resolve(HouseholdsCsv.FILE_NAME)));
    assertFalse(
        java.util.Arrays.equals(first, Files.readAllBytes(c.resolve(HouseholdsCsv.FILE_NAME))),
        "depends on the seed");
  }

  private Path scenario() throws IOException {
    Path file = dir.resolve("small.yaml");
    Files.writeString(file, SMALL);
    return file;
  }
}
