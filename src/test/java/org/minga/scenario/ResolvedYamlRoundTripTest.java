package org.minga.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Writing a scenario resolved and loading it back gives an equal scenario. */
class ResolvedYamlRoundTripTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "name: \"quotes \\\" and \\\\ and: colons # not a comment\"\ndescription: |\n  two\n"
            + "  lines\nseed: 9007199254740993\nyears: 3\n",
        """
      producers:
        area_ha: {dist: constant, value: 2.5}
        yield_per_ha: {dist: normal, mean: 15.25, sd: 0.001, min: -3}
        quality: {dist: beta, alpha: 2, beta: 5, min: 0.2, max: 0.8}
        capability: {dist: uniform, min: 0.1, max: 0.2}
        cash: {dist: empirical, values: [1, 2, 5], weights: [0.5, 0.3, 0.2]}
        subsistence_per_month: {dist: empirical, values: [100.125]}
        off_farm_income_per_month: {dist: lognormal, mean: 1e-7, sd: 50, max: 1e12}
        patience: 0.97
      """,
        """
      years: 30
      commodity:
        harvest_months: [1, 2, 3]
        harvest_shares: [0.2, 0.3, 0.5]
      prices:
        process: regime_switching
        seasonal: [1, 1, 1, 1.1, 1.2, 1.1, 1, 1, 1, 0.9, 0.9, 0.8]
        shocks:
          - {at: 3, multiplier: 0.5, ramp: true}
          - {at: 30, duration: 4, multiplier: 1.5, region_x: 3, region_y: 4}
      firms:
        - name: agro uno
          entry_year: 2
          margin: 0.15
        - name: "dos"
      """
      })
  void resolvedYamlLoadsBackEqual(String yaml) throws Exception {
    Path original = Files.writeString(dir.resolve("original.yaml"), yaml);
    Scenario s = ScenarioLoader.loadScenario(original, List.of());
    String text = ResolvedYamlWriter.toYaml(s, List.of("from original.yaml"));
    Path resolved = Files.writeString(dir.resolve("resolved.yaml"), text);
    Scenario back = ScenarioLoader.loadScenario(resolved, List.of());
    assertEquals(s, back, text);
    // Resolving the resolved file changes nothing.
    assertEquals(text, ResolvedYamlWriter.toYaml(back, List.of("from original.yaml")));
  }

  @Test
  void writesEveryKeyInSchemaOrderWithAbsoluteFilePaths() throws Exception {
    Files.writeString(dir.resolve("p.csv"), "date,price\n2001-01,100\n2001-02,110\n");
    Path original =
        Files.writeString(
            dir.resolve("o.yaml"), "prices:\n  process: replay\n  replay:\n    file: p.csv\n");
    ModelInputs in = ScenarioLoader.load(original);
    Path out = dir.resolve("sub/resolved.yaml");
    Files.createDirectories(out.getParent());
    ResolvedYamlWriter.write(in.scenario(), out);
    String text = Files.readString(out);
    assertTrue(text.startsWith("# Minga scenario, resolved"), text);
    assertFalse(text.contains("\nextends:"), text);
    assertTrue(text.contains("    file: \"" + dir.resolve("p.csv") + "\"\n"), text);
    assertTrue(text.indexOf("\nyears: 20\n") < text.indexOf("\nterritory:\n"), text);
    assertTrue(
        text.contains("  area_ha: {dist: lognormal, mean: 3.5, sd: 1.8, min: 0.3, " + "max: 30}\n"),
        text);
    assertEquals(in, ScenarioLoader.load(out));
  }
}
