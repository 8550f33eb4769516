package org.minga.sweep;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line's changes to a sweep file: {@code --replicates N}, {@code --samples N} and
 * {@code --set key=value} (on the base scenario, after the file's own {@code set}). They change the
 * design as much as an edit of the file would, so they are recorded in sweep.json and each shard's
 * record: a resume, another shard, {@code merge} and {@code run --from-sweep} rebuild the design
 * with them, and runs made with other overrides are never mixed in.
 *
 * @param replicates replaces the file's {@code replicates}; null to keep it
 * @param samples replaces the file's {@code design.samples}; null to keep it
 * @param set overrides of the base scenario, in command-line order
 */
public record SweepOverrides(Integer replicates, Integer samples, List<String> set) {
  /** The key of sweep.json that records them. */
  static final String KEY = "overrides";

  /** The sweep file as it is. */
  public static final SweepOverrides NONE = new SweepOverrides(null, null, List.of());

  public SweepOverrides {
    set = List.copyOf(set);
  }

  public boolean isEmpty() {
    return equals(NONE);
  }

  JsonObject json() {
    JsonObject o = new JsonObject();
    if (replicates != null) {
      o.addProperty("replicates", replicates);
    }
    if (samples != null) {
      o.addProperty("samples", samples);
    }
    JsonArray sets = new JsonArray();
    set.forEach(sets::add);
    o.add("set", sets);
    return o;
  }

  /** The overrides {@code info} records; none in records written before they were recorded. */
  static SweepOverrides recorded(JsonObject info, Path jsonFile) {
    JsonElement e = info.get(KEY);
    if (e == null) {
      return NONE;
    }
    try {
      JsonObject o = e.getAsJsonObject();
      List<String> sets = new ArrayList<>();
      if (o.has("set")) {
        o.getAsJsonArray("set").forEach(s -> sets.add(s.getAsString()));
      }
      return new SweepOverrides(
          o.has("replicates") ? o.get("replicates").getAsInt() : null,
          o.has("samples") ? o.get("samples").getAsInt() : null,
          sets);
    } catch (RuntimeException bad) { // edited or damaged
      throw SweepJson.damaged(jsonFile, ": `" + KEY + "` is not {replicates, samples, set}");
    }
  }

  /** As typed on a command line, e.g. {@code --replicates 3 --set producers.count=300}. */
  @Override
  public String toString() {
    if (isEmpty()) {
      return "no --replicates, --samples or --set";
    }
    List<String> words = new ArrayList<>();
    if (replicates != null) {
      words.add("--replicates " + replicates);
    }
    if (samples != null) {
      words.add("--samples " + samples);
    }
    set.forEach(s -> words.add("--set " + s));
    return String.join(" ", words);
  }
}
