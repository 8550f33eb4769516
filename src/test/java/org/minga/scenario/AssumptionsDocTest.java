package org.minga.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The checked-in table of sourced and assumed values must match what the scenarios say. */
class AssumptionsDocTest {
  private static final Path DOC = Path.of("docs/assumptions.md");

  @Test
  void checkedInTableIsUpToDate() throws Exception {
    String how =
        "docs/assumptions.md is out of date with the scenarios' comments; regenerate it "
            + "with: mvn -q -o package -DskipTests && "
            + AssumptionsDoc.REGENERATE;
    assertTrue(Files.exists(DOC), how);
    assertEquals(AssumptionsDoc.generate(AssumptionsDoc.SCENARIOS), Files.readString(DOC), how);
  }
}
