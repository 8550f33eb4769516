package org.minga.scenario;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.minga.scenario.schema.KeyKind;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.RecordSchema;
import org.minga.scenario.schema.ScenarioSchema;
import org.yaml.snakeyaml.Yaml;

/**
 * A JSON Schema (draft 2020-12) of scenario files, generated from the same schema as {@code
 * describe} and the reference, so editors (VS Code's YAML extension reads the {@code #
 * yaml-language-server: $schema=...} line at the top of a scenario) complete keys, show each key's
 * meaning, unit, default and range, and flag typos and out-of-range values as students type. {@code
 * minga validate} stays the authority: it also checks what a schema cannot say (cross-key
 * consistency, files, horizons).
 *
 * <p>Regenerate the checked-in copy: {@value #REGENERATE}.
 */
public final class ScenarioJsonSchema {
  /** The command that regenerates the checked-in schema. */
  public static final String REGENERATE =
      "java -jar target/minga.jar schema --out docs/scenario.schema.json";

  /** Where the bundled scenarios find it, relative to scenarios/. */
  public static final String FROM_SCENARIOS = "../docs/scenario.schema.json";

  private ScenarioJsonSchema() {}

  /**
   * The first line of a scenario that points VS Code's YAML extension to the schema at {@code
   * schema} (a path relative to the scenario's directory, or a URL).
   */
  public static String editorLine(String schema) {
    return "# yaml-language-server: $schema=" + schema;
  }

  /** The schema as pretty-printed JSON text, ending in a newline. */
  public static String generate() {
    ScenarioSchema schema = ScenarioSchema.of(Scenario.class);
    JsonObject root = new JsonObject();
    root.addProperty("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.addProperty("$id", "https://minga.example/scenario.schema.json");
    root.addProperty("title", "Minga scenario");
    root.addProperty(
        "description",
        "A scenario of the Minga model. Generated from the model's "
            + "schema ("
            + REGENERATE
            + "); `minga describe KEY` says the same in words.");
    object(schema.root()).entrySet().forEach(e -> root.add(e.getKey(), e.getValue()));
    JsonObject ext = new JsonObject();
    ext.addProperty("type", "string");
    ext.addProperty(
        "description",
        "A scenario this one starts from: a path relative to this "
            + "file, or "
            + BundledScenarios.PREFIX
            + "NAME.yaml for a bundled one (minga scenarios "
            + "lists them); keys written here replace the base's, lists replace whole (a key ending in "
            + ListAdditions.SUFFIX
            + " adds to a list of maps instead).");
    root.getAsJsonObject("properties").add(ExtendsResolver.EXTENDS, ext);
    Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    return gson.toJson(root) + "\n";
  }

  /** Writes the schema to {@code file}. */
  public static void write(Path file) throws IOException {
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Files.writeString(file, generate());
  }

  private static JsonObject object(RecordSchema r) {
    JsonObject o = new JsonObject();
    o.addProperty("type", "object");
    JsonObject properties = new JsonObject();
    JsonArray required = new JsonArray();
    for (KeySpec k : r.keys()) {
      properties.add(k.key(), property(k));
      if (k.kind() == KeyKind.RECORD_LIST) {
        JsonObject add = array(object(k.children()));
        add.addProperty("description", ListAdditions.meaning(k));
        properties.add(k.key() + ListAdditions.SUFFIX, add);
      }
      if (k.isRequired()) {
        required.add(k.key());
      }
    }
    o.add("properties", properties);
    if (!required.isEmpty()) {
      o.add("required", required);
    }
    o.addProperty("additionalProperties", false); // a misspelled key is an error, as in validate
    return o;
  }

  private static JsonObject property(KeySpec k) {
    JsonObject p =
        switch (k.kind()) {
          case SECTION -> object(k.children());
          case RECORD_LIST -> array(object(k.children()));
          case INT, LONG -> bounded("integer", k);
          case DOUBLE -> bounded("number", k);
          case BOOLEAN -> typed("boolean");
          case STRING -> typed("string");
          case ENUM -> {
            JsonObject e = new JsonObject();
            JsonArray values = new JsonArray();
            k.allowedValues().forEach(values::add);
            e.add("enum", values);
            yield e;
          }
          case INT_LIST -> array(bounded("integer", k));
          case DOUBLE_LIST -> array(bounded("number", k));
          case DIST -> dist(k);
        };
    p.addProperty("description", description(k));
    if (!k.defaultYaml().isEmpty() && k.kind() != KeyKind.SECTION) {
      p.add("default", json(new Yaml().load(k.defaultYaml())));
    }
    return p;
  }

  /** The meaning, then unit, range and source, as describe prints them. */
  private static String description(KeySpec k) {
    StringBuilder d = new StringBuilder(k.doc());
    if (!k.unit().isEmpty()) {
      d.append(" Unit: ").append(k.unit()).append('.');
    }
    if (!k.rangeWords().isEmpty()) {
      d.append(" Range: ").append(k.rangeWords()).append('.');
    }
    if (!k.source().isEmpty()) {
      d.append(" Source: ").append(k.source());
    }
    return d.toString();
  }

  private static JsonObject typed(String type) {
    JsonObject o = new JsonObject();
    o.addProperty("type", type);
    return o;
  }

  private static JsonObject bounded(String type, KeySpec k) {
    JsonObject o = typed(type);
    if (k.min() != Double.NEGATIVE_INFINITY) {
      o.add("minimum", number(k.min()));
    }
    if (k.max() != Double.POSITIVE_INFINITY) {
      o.add("maximum", number(k.max()));
    }
    return o;
  }

  private static JsonObject array(JsonObject items) {
    JsonObject o = typed("array");
    o.add("items", items);
    return o;
  }

  /** A number within the key's range, or a {@code {dist: ...}} map of one of the kinds. */
  private static JsonObject dist(KeySpec k) {
    JsonObject map = typed("object");
    JsonObject props = new JsonObject();
    JsonObject kind = new JsonObject();
    JsonArray kinds = new JsonArray();
    Arrays.stream(Dist.Kind.values())
        .map(v -> v.name().toLowerCase(Locale.ROOT))
        .forEach(kinds::add);
    kind.add("enum", kinds);
    props.add("dist", kind);
    for (String n : new String[] {"value", "min", "max", "mean", "sd", "alpha", "beta"}) {
      props.add(n, typed("number"));
    }
    props.add("values", array(typed("number")));
    props.add("weights", array(typed("number")));
    map.add("properties", props);
    JsonArray req = new JsonArray();
    req.add("dist");
    map.add("required", req);
    map.addProperty("additionalProperties", false);
    JsonArray any = new JsonArray();
    any.add(bounded("number", k));
    any.add(map);
    JsonObject o = new JsonObject();
    o.add("anyOf", any);
    return o;
  }

  private static JsonPrimitive number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? new JsonPrimitive((long) v)
        : new JsonPrimitive(v);
  }

  /** A YAML-loaded default (number, boolean, text, list, map) as JSON. */
  private static JsonElement json(Object v) {
    if (v == null) {
      return com.google.gson.JsonNull.INSTANCE;
    }
    if (v instanceof Number n) {
      return number(n.doubleValue());
    }
    if (v instanceof Boolean b) {
      return new JsonPrimitive(b);
    }
    if (v instanceof java.util.List<?> list) {
      JsonArray a = new JsonArray();
      list.forEach(x -> a.add(json(x)));
      return a;
    }
    if (v instanceof java.util.Map<?, ?> map) {
      JsonObject o = new JsonObject();
      map.forEach((key, value) -> o.add(String.valueOf(key), json(value)));
      return o;
    }
    return new JsonPrimitive(String.valueOf(v));
  }
}
