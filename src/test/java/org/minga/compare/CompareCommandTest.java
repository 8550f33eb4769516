package org.minga.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.cli.Cli;

/** {@code minga compare} end to end on a small scenario (200 households, two years). */
class CompareCommandTest {
  /** A constant world price, so a change of its level is the only change of the price path. */
  private static final String BASE =
      "name: small\nyears: 2\nproducers: {count: 200}\n"
          + "prices: {process: constant, base: 120}\n";

  @TempDir Path dir;

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  private Path base() throws IOException {
    Path f = dir.resolve("small.yaml");
    Files.writeString(f, BASE);
    return f;
  }

  private Cli.Result compare(String out, String... args) throws IOException {
    List<String> all = new ArrayList<>(List.of("compare", base().toString()));
    all.addAll(List.of(args));
    all.addAll(List.of("--out", dir.resolve(out).toString(), "--quiet"));
    return Cli.run(all.toArray(String[]::new));
  }

  /** compare.csv's rows, cells split. */
  private List<String[]> table(String out) throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve(out).resolve("compare.csv"));
    assertEquals(CompareTable.HEADER, lines.get(0));
    return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
  }

  private static String[] row(List<String[]> rows, String metric, String window) {
    return rows.stream()
        .filter(r -> r[0].equals(metric) && r[1].equals(window))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + metric + " " + window));
  }

  @Test
  void aVariantIdenticalToTheBaseDiffersByExactlyZero() throws IOException {
    Path copy = dir.resolve("copy.yaml");
    Files.writeString(copy, BASE);
    Cli.Result r = compare("same", copy.toString(), "--replicates", "3", "--window", "6-17");
    assertEquals(0, r.exit(), r.toString());
    List<String[]> rows = table("same");
    assertEquals((59 - 3) * 3, rows.size(), "every metric but step, year, month; 3 windows");
    int defined = 0;
    for (String[] c : rows) {
      assertEquals(c[2], c[3], "base and variant means are equal: " + String.join(",", c));
      if (!c[7].equals("0")) {
        defined++;
        assertEquals("0", c[4], String.join(",", c));
        assertEquals("0", c[5], String.join(",", c));
        assertEquals("0", c[6], String.join(",", c));
        assertEquals("3", c[7]);
      }
    }
    assertTrue(defined > 100, "most metrics are defined: " + defined);
    String md = Files.readString(dir.resolve("same/compare.md"));
    assertTrue(md.contains("| `cohesion` | mean 6-17 |"), md);
    assertTrue(Files.exists(dir.resolve("same/difference_cohesion.png")));
  }

  @Test
  void aVariantMovesWhatItChangesAndCommonRandomNumbersKeepTheRestStill() throws IOException {
    // A higher constant price moves the world price by exactly 80 in every replicate; a higher
    // commission changes cooperatives but not the price path, which has its own random stream.
    Cli.Result r = compare("price", "--variant-set", "prices.base=200", "--replicates", "3");
    assertEquals(0, r.exit(), r.toString());
    assertArrayEquals(
        new String[] {"world_price", "mean 0-23", "120", "200", "80", "80", "80", "3"},
        row(table("price"), "world_price", "mean 0-23"));
    assertTrue(
        Double.parseDouble(row(table("price"), "income_median", "mean 0-23")[5]) > 0,
        "a higher price raises incomes beyond doubt");

    r =
        compare(
            "commission",
            "--variant-set",
            "cooperatives.commission=0.2",
            "--set",
            "prices.process=gbm",
            "--set",
            "prices.sigma=0.1",
            "--replicates",
            "3");
    assertEquals(0, r.exit(), r.toString());
    String[] price = row(table("commission"), "world_price", "final");
    assertTrue(!price[2].equals("120"), "the price is random here: " + String.join(",", price));
    assertEquals(price[2], price[3], "same seed, same price path in both arms");
    assertEquals("0", price[4]);
  }

  @Test
  void resultsAreTheSameBytesForAnyThreadCount() throws IOException {
    String[] args = {"--variant-set", "cooperatives.advance_share=0.95", "--replicates", "4"};
    List<String> one = new ArrayList<>(List.of(args));
    one.addAll(List.of("--threads", "1"));
    List<String> two = new ArrayList<>(List.of(args));
    two.addAll(List.of("--threads", "3"));
    assertEquals(0, compare("t1", one.toArray(String[]::new)).exit());
    assertEquals(0, compare("t3", two.toArray(String[]::new)).exit());
    for (String f :
        List.of(
            "compare.csv",
            "compare.md",
            "difference_cohesion.png",
            "difference_membership_rate.png")) {
      assertArrayEquals(
          Files.readAllBytes(dir.resolve("t1").resolve(f)),
          Files.readAllBytes(dir.resolve("t3").resolve(f)),
          f);
    }
  }

  @Test
  void autoAddsReplicatesUntilTheFocusIntervalsAreNarrowEnough() throws IOException {
    String[] variant = {
      "--variant-set", "cooperatives.advance_share=0.95", "--metric", "membership_rate"
    };
    double width = 0.08;
    List<String> auto = new ArrayList<>(List.of(variant));
    auto.addAll(List.of("--replicates", "auto", "--width", Double.toString(width)));
    assertEquals(0, compare("auto", auto.toArray(String[]::new)).exit());
    List<String[]> rows = table("auto");
    int n = Integer.parseInt(row(rows, "membership_rate", "final")[7]);
    assertTrue(n > CompareSpec.ROUND && n % CompareSpec.ROUND == 0, "grew in rounds: " + n);
    assertTrue(widest(rows) <= width, "precise at " + n);
    // The same replicates as a fixed count: the same table; one round fewer: not precise yet.
    List<String> fixed = new ArrayList<>(List.of(variant));
    fixed.addAll(List.of("--replicates", Integer.toString(n)));
    assertEquals(0, compare("fixed", fixed.toArray(String[]::new)).exit());
    assertEquals(
        Files.readString(dir.resolve("auto/compare.csv")),
        Files.readString(dir.resolve("fixed/compare.csv")));
    List<String> fewer = new ArrayList<>(List.of(variant));
    fewer.addAll(List.of("--replicates", Integer.toString(n - CompareSpec.ROUND)));
    assertEquals(0, compare("fewer", fewer.toArray(String[]::new)).exit());
    assertTrue(widest(table("fewer")) > width);
    assertTrue(Files.readString(dir.resolve("auto/compare.md")).contains(": reached (widest"));
  }

  @Test
  void autoStopsAtTheCapAndSaysSo() throws IOException {
    Cli.Result r =
        compare(
            "cap",
            "--variant-set",
            "cooperatives.advance_share=0.95",
            "--replicates",
            "auto",
            "--width",
            "1e-9",
            "--max-replicates",
            "12");
    assertEquals(0, r.exit(), r.toString());
    assertTrue(r.err().contains("at the cap of 12 replicates"), r.err());
    assertEquals("12", row(table("cap"), "membership_rate", "final")[7]);
    assertTrue(Files.readString(dir.resolve("cap/compare.md")).contains("**not reached**"));
  }

  private static double widest(List<String[]> rows) {
    return rows.stream()
        .filter(r -> r[0].equals("membership_rate"))
        .mapToDouble(r -> Double.parseDouble(r[6]) - Double.parseDouble(r[5]))
        .max()
        .orElseThrow();
  }

  @Test
  void badInputExitsTwoWithAMessageAndRunsNothing() throws IOException {
    Path shorter = dir.resolve("short.yaml");
    Files.writeString(shorter, "extends: small.yaml\nyears: 1\n");
    base();
    String[][] cases = {
      {}, // no variant
      {"--variant-set", "prices.base=200", "--replicates", "1"},
      {"--variant-set", "prices.base=200", "--replicates", "many"},
      {"--variant-set", "prices.bse=200"},
      {"--variant-set", "prices.base=200", "--metric", "cohesoin"},
      {"--variant-set", "prices.base=200", "--width", "0.1"},
      {"--variant-set", "prices.base=200", "--replicates", "auto", "--metric", "income_mean"},
      {"--variant-set", "prices.base=200", "--window", "10-99"},
      {shorter.toString()}
    };
    String[] expected = {
      "nothing to compare",
      "--replicates",
      "--replicates",
      "did you mean `base`",
      "did you mean cohesion",
      "--width sets when",
      "needs --width W for income_mean (USD/year)",
      "not inside the run's steps 0-23",
      "give --steps 12 or fewer"
    };
    for (int i = 0; i < cases.length; i++) {
      Cli.Result r = compare("bad" + i, cases[i]);
      assertEquals(2, r.exit(), r.toString());
      assertTrue(r.err().contains(expected[i]), expected[i] + " in " + r.err());
      assertTrue(Files.notExists(dir.resolve("bad" + i).resolve("compare.csv")));
    }
  }
}
