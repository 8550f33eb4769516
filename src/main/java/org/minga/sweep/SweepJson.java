package org.minga.sweep;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * sweep.json: the resolved sweep (every setting with its default filled in, the design size),
 * the Minga version, the absolute path and SHA-256 of the sweep file (so {@code run
 * --from-sweep} and {@code merge} can rebuild the design and check it is unchanged), and timings.
 */
final class SweepJson {
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
      .serializeSpecialFloatingPointValues().create();

  private SweepJson() {}

  static JsonObject describe(SweepPlan plan, String version) throws IOException {
    SweepSpec s = plan.spec();
    JsonObject o = new JsonObject();
    o.addProperty("minga_version", version);
    o.addProperty("name", s.name());
    o.addProperty("spec_file", s.file().toAbsolutePath().normalize().toString());
    o.addProperty("spec_sha256", sha256(s.file()));
    o.addProperty("scenario", s.scenario().toString());
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

  static JsonObject read(Path file) throws IOException {
    return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
  }

  static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
