package org.minga.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The JSON Schema editors read, checked with a real validator (networknt, draft 2020-12): every
 * bundled scenario passes and names the schema in its first line, a misspelled key, a wrong type
 * and an out-of-range value fail, the checked-in copy is current.
 */
class ScenarioJsonSchemaTest {
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(ScenarioJsonSchema.generate());

  private static Set<ValidationMessage> check(String yaml) {
    Object tree = new Yaml().load(yaml);
    JsonNode json = new ObjectMapper().valueToTree(tree);
    return SCHEMA.validate(json);
  }

  private static List<Path> bundled() throws Exception {
    try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void everyBundledScenarioPasses() throws Exception {
    for (Path p : bundled()) {
      Set<ValidationMessage> errors = check(Files.readString(p));
      assertTrue(errors.isEmpty(), p + ": " + errors);
    }
  }

  @Test
  void everyBundledScenarioPointsEditorsToTheSchema() throws Exception {
    for (Path p : bundled()) {
      assertEquals(
          ScenarioJsonSchema.editorLine(ScenarioJsonSchema.FROM_SCENARIOS),
          Files.readAllLines(p).get(0),
          p + ": the first line");
    }
    assertTrue(
        Files.isRegularFile(Path.of("scenarios").resolve(ScenarioJsonSchema.FROM_SCENARIOS)),
        "the line leads to the checked-in schema");
  }

  @Test
  void typosWrongTypesAndOutOfRangeValuesAreFlagged() {
    assertTrue(
        check("extends: baseline.yaml\nprices:\n  sigmaa: 0.1\n").toString().contains("sigmaa"),
        "a misspelled key");
    assertFalse(
        check("extends: baseline.yaml\nyears: twenty\n").isEmpty(), "a word, not a " + "number");
    assertFalse(check("extends: baseline.yaml\nyears: 500\n").isEmpty(), "beyond 50 years");
    assertFalse(
        check("prices:\n  shocks:\n    - {at: 12}\n").isEmpty(),
        "a shock without its " + "multiplier");
    assertTrue(check("extends: baseline.yaml\nyears: 12\n").isEmpty(), "a valid variant");
    assertTrue(
        check(
                "extends: baseline.yaml\nprices:\n  shocks_add:\n    - {at: 48, "
                    + "multiplier: 0.6}\nevents:\n  lever_changes_add: []\n")
            .isEmpty(),
        "additions");
    assertFalse(
        check("prices:\n  shocks_add:\n    - {at: 12}\n").isEmpty(),
        "an added " + "shock without its multiplier");
    assertFalse(check("years_add: [1]\n").isEmpty(), "only lists of maps have additions");
  }

  @Test
  void theCheckedInSchemaIsCurrent() throws Exception {
    assertEquals(
        ScenarioJsonSchema.generate(),
        Files.readString(Path.of("docs/scenario.schema.json")),
        "stale: regenerate with " + ScenarioJsonSchema.REGENERATE);
  }
}
