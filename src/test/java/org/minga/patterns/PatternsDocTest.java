package org.minga.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/patterns.md is the report of a full `patterns --robustness` run on the current sources: its
 * model version must match them (regenerate it, never edit it by hand), it has the three sections,
 * and every validation fact has a robustness figure.
 */
class PatternsDocTest {
  private static final Path DOC = Path.of("docs/patterns.md");

  @Test
  void theReportWasComputedOnTheCurrentModel() throws Exception {
    String doc = Files.readString(DOC);
    Matcher m =
        Pattern.compile(Pattern.quote(PatternReport.VERSION_LINE) + "`([^`]+)`").matcher(doc);
    assertTrue(m.find(), "docs/patterns.md names no model version");
    assertEquals(
        ModelVersion.of(Path.of("")),
        m.group(1),
        "docs/patterns.md is stale: run "
            + "`java -jar target/minga.jar patterns --robustness --out out/patterns` and copy "
            + "out/patterns/patterns.md to docs/patterns.md");
  }

  @Test
  void theReportKeepsTheKindsApartAndGivesEveryFactItsRobustness() throws Exception {
    String doc = Files.readString(DOC);
    for (CheckKind k : CheckKind.values()) {
      assertTrue(doc.contains("## " + k.heading()), "no section " + k.heading());
    }
    assertFalse(doc.contains("| not computed |"), "a validation fact has no robustness figure");
    for (PatternCheck c : PatternCatalogue.all()) {
      assertTrue(
          doc.contains("| " + c.id() + " | " + c.kind().label() + " |"), "no row for " + c.id());
    }
  }

  @Test
  void theVersionChangesWithTheSourcesAndIgnoresLineEnds(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    for (String d : ModelVersion.DIRECTORIES) {
      Files.createDirectories(dir.resolve(d));
    }
    Path f = dir.resolve("scenarios/a.yaml");
    Files.writeString(f, "years: 5\nseed: 1\n");
    String v1 = ModelVersion.of(dir);
    Files.writeString(f, "years: 5\r\nseed: 1\r\n");
    assertEquals(v1, ModelVersion.of(dir));
    Files.writeString(f, "years: 6\nseed: 1\n");
    assertFalse(v1.equals(ModelVersion.of(dir)));
  }
}
