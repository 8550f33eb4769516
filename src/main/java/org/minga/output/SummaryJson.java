package org.minga.output;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.minga.scenario.TextFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Writes {@value #FILE_NAME}: run facts, the resolved scenario as a JSON tree, and the final value
 * and mean of every metric. Numbers follow {@link CsvNumbers}; NaN and infinities become {@code
 * null}, since JSON has no such numbers.
 */
public final class SummaryJson {
  /** The file name in the output directory. */
  public static final String FILE_NAME = OutputFiles.SUMMARY;

  /** Top-level keys, in file order (documented in docs/outputs.md). */
  public static final List<String> KEYS = OutputFiles.SUMMARY_KEYS;

  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

  private SummaryJson() {}

  /** Writes the summary to {@code out} (not closed), ending with a newline. */
  public static void write(Writer out, RunInfo info, String resolvedYaml, MetricStats stats)
      throws IOException {
    out.write(GSON.toJson(tree(info, resolvedYaml, stats)));
    out.write('\n');
    out.flush();
  }

  /** The summary as a JSON tree, keys in {@link #KEYS} order. */
  public static JsonObject tree(RunInfo info, String resolvedYaml, MetricStats stats) {
    JsonObject root = new JsonObject();
    root.addProperty("minga_version", info.mingaVersion());
    root.addProperty("scenario", info.scenarioName());
    root.addProperty("source_file", info.sourceFile());
    root.addProperty("seed", info.seed());
    root.addProperty("steps", info.steps());
    root.addProperty("producers", info.producers());
    root.addProperty(
        "wall_time_seconds",
        BigDecimal.valueOf(info.wallTimeSeconds()).setScale(3, RoundingMode.HALF_UP));
    root.add("resolved_scenario", yamlToJson(resolvedYaml));
    root.add("final", numbers(stats.lastValues()));
    root.add("mean", numbers(stats.means()));
    return root;
  }

  /**
   * Parses YAML with snakeyaml's safe constructor (plain maps, lists and scalars only), under the
   * loader's size limit, which the scenario was checked against before the run.
   */
  static JsonElement yamlToJson(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(TextFiles.MAX_YAML_BYTES);
    Object tree = new Yaml(new SafeConstructor(options)).load(yaml);
    return toJson(tree);
  }

  private static JsonElement toJson(Object value) {
    if (value == null) {
      return JsonNull.INSTANCE;
    }
    if (value instanceof Map<?, ?> map) {
      JsonObject o = new JsonObject();
      map.forEach((k, v) -> o.add(String.valueOf(k), toJson(v)));
      return o;
    }
    if (value instanceof List<?> list) {
      JsonArray a = new JsonArray();
      list.forEach(v -> a.add(toJson(v)));
      return a;
    }
    if (value instanceof Boolean b) {
      return new JsonPrimitive(b);
    }
    if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
      return new JsonPrimitive((Number) value);
    }
    if (value instanceof Number n) {
      double d = n.doubleValue();
      return Double.isFinite(d) ? new JsonPrimitive(d) : JsonNull.INSTANCE;
    }
    // Strings, and anything else YAML may resolve (dates) as its text.
    return new JsonPrimitive(String.valueOf(value));
  }

  private static JsonObject numbers(Map<String, Double> values) {
    JsonObject o = new JsonObject();
    values.forEach(
        (name, v) -> {
          BigDecimal d = CsvNumbers.toDecimal(v);
          o.add(name, d == null ? JsonNull.INSTANCE : new JsonPrimitive(d));
        });
    return o;
  }
}
