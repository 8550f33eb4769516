package org.minga.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** docs/model.md's map of the step stays what the compiled code does. */
class PhaseMapTest {
  @Test
  void theDocumentsPhaseMapIsTheOneTheCodeGives() throws IOException {
    String map = PhaseMap.generate(FieldWriteCensus.minga());
    // Guard: the map follows calls through method references (the visit orders take them).
    assertTrue(map.contains("Delivery") && map.contains("Producer.sell"), map);
    String doc = Files.readString(PhaseMap.DOC);
    assertEquals(
        PhaseMap.withMap(doc, map),
        doc,
        "docs/model.md's phase map is stale: run org.minga.architecture.PhaseMap (see its javadoc)");
  }
}
