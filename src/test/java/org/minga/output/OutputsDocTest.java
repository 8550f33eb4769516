package org.minga.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.minga.metrics.Metric;
import org.minga.metrics.Metrics;

class OutputsDocTest {
  @Test
  void checkedInDocMatchesTheGenerator() throws Exception {
    Path doc = Path.of(OutputsDoc.DEFAULT_PATH);
    String message =
        OutputsDoc.DEFAULT_PATH
            + " is stale (or missing); regenerate it with: "
            + OutputsDoc.REGENERATE_COMMAND;
    assertTrue(Files.exists(doc), message);
    assertEquals(OutputsDoc.render(), Files.readString(doc, StandardCharsets.UTF_8), message);
  }

  @Test
  void everyMetricTrackedAndHouseholdColumnIsDocumented() {
    String doc = OutputsDoc.render();
    for (Metric m : Metrics.ALL) {
      assertTrue(doc.contains("| `" + m.name() + "` |"), m.name());
    }
    for (String c : TrackedCsv.COLUMNS) {
      assertTrue(doc.contains("| `" + c + "` |"), c);
    }
    for (String c : HouseholdsCsv.COLUMNS) {
      assertTrue(doc.contains("| `" + c + "` |"), c);
    }
    assertTrue(doc.contains("## " + HouseholdsCsv.FILE_NAME));
  }
}
