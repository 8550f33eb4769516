package org.minga.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The checked-in scenario reference must match what the schema generates. */
class ScenarioReferenceDocTest {
  private static final Path DOC = Path.of("docs/scenario-reference.md");

  @Test
  void checkedInReferenceIsUpToDate() throws Exception {
    String how =
        "docs/scenario-reference.md is out of date with the @Param annotations; "
            + "regenerate it with: mvn -q -o package -DskipTests && "
            + ReferenceDoc.REGENERATE;
    assertTrue(Files.exists(DOC), how);
    assertEquals(ReferenceDoc.generate(), Files.readString(DOC), how);
  }
}
