package org.minga.sweep;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minga.scenario.BundledScenarios;

/**
 * sweep.json: the resolved sweep (every setting with its default filled in, the command line's
 * {@link SweepOverrides} applied and recorded, the design size), the Minga version, the absolute
 * path and SHA-256 of the sweep file and of every file its runs read ({@link SweepInputs}; so
 * {@code --resume}, {@code run --from-sweep} and {@code merge} can rebuild the design and check
 * nothing changed), and timings.
 */
final class SweepJson {
  private static final Gson GSON =
      new GsonBuilder()
          .setPrettyPrinting()
          .disableHtmlEscaping()
          .serializeSpecialFloatingPointValues()
          .create();

  /** Where Gson's messages say a syntax error is. */
  private static final Pattern POSITION = Pattern.compile("line (\\d+) column (\\d+)");

  private SweepJson() {}

  static JsonObject describe(
      SweepPlan plan, String version, List<SweepInputs.Input> inputs, SweepOverrides overrides)
      throws IOException {
    SweepSpec s = plan.spec();
    JsonObject o = new JsonObject();
    o.addProperty("minga_version", version);
    o.addProperty("name", s.name());
    o.addProperty("spec_file", s.file().toAbsolutePath().normalize().toString());
    o.addProperty("spec_sha256", sha256(s.file()));
    o.add(SweepOverrides.KEY, overrides.json());
    o.addProperty("scenario", BundledScenarios.label(s.scenario()));
    o.add(SweepInputs.KEY, SweepInputs.json(inputs));
    o.addProperty("seed", s.seed());
    o.addProperty("steps", s.steps() == 0 ? "scenario horizon" : Integer.toString(s.steps()));
    JsonArray fixed = new JsonArray();
    s.fixed().forEach(fixed::add);
    o.add("set", fixed);
    JsonArray params = new JsonArray();
    for (SweepParameter p : s.parameters()) {
      JsonObject po = new JsonObject();
      po.addProperty("key", p.key());
      if (p.isDiscrete()) {
        JsonArray levels = new JsonArray();
        p.levels().forEach(levels::add);
        po.add("values", levels);
      } else {
        po.addProperty("dist", p.shape().dist());
        switch (p.shape().dist()) {
          case "uniform" -> {
            po.addProperty("min", p.shape().a());
            po.addProperty("max", p.shape().b());
          }
          case "triangular" -> {
            po.addProperty("min", p.shape().a());
            po.addProperty("mode", p.shape().c());
            po.addProperty("max", p.shape().b());
          }
          default -> {
            po.addProperty("mean", p.shape().a());
            po.addProperty("sd", p.shape().b());
          }
        }
      }
      po.addProperty("integer", p.integer());
      params.add(po);
    }
    o.add("parameters", params);
    JsonObject design = new JsonObject();
    design.addProperty("type", s.design().type().word());
    design.addProperty("samples", s.design().samples());
    design.addProperty("levels", s.design().levels());
    design.addProperty("bootstrap", s.design().bootstrap());
    design.addProperty("points", plan.points());
    o.add("design", design);
    o.addProperty("replicates", s.replicates());
    o.addProperty("runs", plan.runs());
    JsonArray metrics = new JsonArray();
    for (MetricSummary m : s.metrics()) {
      JsonObject mo = new JsonObject();
      mo.addProperty("column", m.column());
      mo.addProperty("metric", m.metric());
      mo.addProperty("stat", m.stat().word());
      mo.addProperty("from", m.from());
      if (m.to() != Integer.MAX_VALUE) {
        mo.addProperty("to", m.to());
      }
      if (m.stat() == MetricSummary.Stat.FIRST_CROSSING) {
        mo.addProperty(m.above() ? "above" : "below", m.threshold());
        mo.addProperty("start_counts", m.startCounts());
      }
      metrics.add(mo);
    }
    o.add("metrics", metrics);
    return o;
  }

  static void write(Path file, JsonObject o) throws IOException {
    AtomicFiles.write(file, GSON.toJson(o) + "\n");
  }

  /**
   * Reads a sweep.json (or a shard's .json); a damaged one (truncated, not JSON, not an object) is
   * bad input named with its file and line, never an unexpected error.
   */
  static JsonObject read(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new SweepFailure(
          SweepFailure.Kind.BAD_INPUT,
          file + " is missing; it records " + "which sweep file and inputs the runs came from",
          null);
    }
    JsonElement json;
    try {
      json = JsonParser.parseString(Files.readString(file));
    } catch (JsonParseException | java.nio.charset.MalformedInputException e) {
      Matcher m = POSITION.matcher(String.valueOf(e.getMessage()));
      throw damaged(
          file,
          (m.find() ? ":" + m.group(1) + ":" + m.group(2) : "")
              + ": not valid JSON (truncated or damaged)");
    }
    if (!json.isJsonObject()) {
      throw damaged(file, ": not a JSON object (" + (json.isJsonNull() ? "empty" : json) + ")");
    }
    return json.getAsJsonObject();
  }

  /** The text of a key every sweep.json has. */
  static String text(JsonObject info, String key, Path file) {
    JsonElement e = info.get(key);
    if (e == null || !e.isJsonPrimitive()) {
      throw damaged(file, ": has no `" + key + "`");
    }
    return e.getAsString();
  }

  static SweepFailure damaged(Path file, String what) {
    return new SweepFailure(
        SweepFailure.Kind.BAD_INPUT,
        file
            + what
            + "; it records which "
            + "sweep file and inputs the runs came from: restore it, or start the sweep again in "
            + "another --out",
        null);
  }

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
