package org.minga.patterns;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.minga.scenario.ScenarioLoader;

/** Every bundled scenario loads and begins with its comment block, as the issue asks. */
class ScenarioLibraryTest {
  @Test
  void everyScenarioLoadsAndOpensWithItsCommentBlock() throws Exception {
    List<Path> files = scenarioFiles();
    assertTrue(files.size() >= 12, "expected the scenario library, found " + files);
    for (Path f : files) {
      ScenarioLoader.load(f); // throws with file:line:column on any problem
      String text = Files.readString(f);
      assertTrue(text.startsWith("#"), f + " must begin with a comment block");
      assertTrue(
          text.contains("Question") || text.contains("question"),
          f + " must say which question it answers");
      assertTrue(text.toLowerCase().contains("runs in"), f + " must say how long it runs");
    }
  }

  @Test
  void thePriceHistoryIsLabelledAsStylisedNotRealData() throws Exception {
    String yaml = Files.readString(Path.of("scenarios/peru-coffee-price-history.yaml"));
    assertTrue(yaml.contains("NOT REAL DATA"));
    String csv = Files.readString(Path.of("scenarios/data/coffee-price-1986-2012-stylised.csv"));
    // 27 years of months plus the header.
    assertTrue(csv.lines().count() == 27 * 12 + 1, "monthly 1986-2012");
    assertFalse(csv.isBlank());
  }

  private static List<Path> scenarioFiles() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
