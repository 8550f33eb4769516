package org.minga.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minga.scenario.schema.KeyKind;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.Names;
import org.minga.scenario.schema.ScenarioSchema;

/** The schema derived from the records, and describe built on it. */
class ScenarioSchemaTest {
  private final ScenarioSchema schema = ScenarioSchema.of(Scenario.class);

  @Test
  void keyPathsTypesAndDefaults() {
    KeySpec area = schema.find("producers.area_ha");
    assertEquals(KeyKind.DIST, area.kind());
    assertEquals("ha", area.unit());
    KeySpec margin = schema.find("firms[3].margin");
    assertNotNull(margin);
    assertEquals("firms[].margin", margin.path());
    assertEquals("0 to 0.9", margin.rangeWords());
    KeySpec process = schema.find("prices.process");
    assertEquals(
        List.of("constant", "mean_reverting", "gbm", "regime_switching", "replay"),
        process.allowedValues());
    assertTrue(schema.find("prices.shocks[].at").isRequired());
    assertEquals(KeyKind.SECTION, schema.find("prices.replay").kind());
    assertTrue(schema.find("territory.file").isFilePath());
    assertNull(schema.find("producers.nope"));
    assertTrue(schema.paths().indexOf("producers") < schema.paths().indexOf("producers.count"));
  }

  @Test
  void everyDefaultBinds() {
    assertNotNull(ScenarioLoader.defaults());
  }

  @Test
  void namesHelpers() {
    assertEquals("area_ha", Names.snakeCase("areaHa"));
    assertEquals(2, Names.levenshtein("coutn", "count"));
    assertEquals("count", Names.closest("coutn", List.of("clusters", "count")).orElseThrow());
    assertTrue(Names.closest("xyz", List.of("count")).isEmpty());
  }

  @Test
  void describeOneKeyAndOneSection() throws Exception {
    String key = Describe.of("producers.count");
    assertTrue(key.startsWith("producers.count\n"), key);
    assertTrue(
        key.contains(
            "type: whole number; default: 2000; unit: households; range: 1 to" + " 5000000"),
        key);
    String section = Describe.of("prices.replay");
    assertTrue(section.contains("prices.replay.interpolation"), section);
    assertTrue(!section.contains("prices.process"), section);
    String list = Describe.of("firms[0]");
    assertTrue(list.contains("firms[].margin"), list);
    assertTrue(Describe.all().contains("events"), "all keys");
  }

  @Test
  void describeUnknownPathSuggests() {
    ScenarioException e =
        assertThrows(ScenarioException.class, () -> Describe.of("producers.coutn"));
    assertEquals(
        "describe: producers.coutn: no such key; did you mean `producers.count`?",
        e.problems().get(0).format());
  }
}
