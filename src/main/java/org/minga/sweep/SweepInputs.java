package org.minga.sweep;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.minga.scenario.BundledScenarios;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.ScenarioLoader;

/**
 * Everything a sweep's runs read besides the sweep file (which sweep.json hashes on its own): the
 * base scenario, the files of its {@code extends} chain and the data files it names. Each is
 * recorded in sweep.json under {@value #KEY} with its path relative to the sweep file and its
 * SHA-256, so that resuming, merging and rerunning one run can refuse when any of them changed:
 * runs of two different models would otherwise be mixed in one table without a word.
 */
final class SweepInputs {
  static final String KEY = "inputs";

  /** One file a sweep's runs read: its path relative to the sweep file, and its SHA-256. */
  record Input(String path, String sha256) {}

  private SweepInputs() {}

  /**
   * The files {@code plan}'s runs read. Numbers cannot name files, so besides the fixed {@code
   * set}, only parameters with words among their levels can change which files are read: the
   * scenario is loaded once per distinct combination of those.
   */
  static List<Input> of(SweepPlan plan) throws IOException {
    SweepSpec spec = plan.spec();
    Set<List<String>> variants = new LinkedHashSet<>();
    for (int p = 0; p < plan.points(); p++) {
      List<String> sets = new ArrayList<>(spec.fixed());
      String[] values = plan.valuesAt(p);
      for (int j = 0; j < values.length; j++) {
        SweepParameter param = spec.parameters().get(j);
        if (param.isDiscrete() && param.levels().stream().anyMatch(v -> !isNumber(v))) {
          sets.add(param.key() + "=" + values[j]);
        }
      }
      variants.add(sets);
    }
    Set<Path> files = new LinkedHashSet<>(ScenarioFiles.chain(spec.scenario()));
    for (List<String> sets : variants) {
      try {
        files.addAll(ScenarioFiles.data(ScenarioLoader.loadScenario(spec.scenario(), sets)));
      } catch (ScenarioException e) {
        throw new SweepFailure(
            SweepFailure.Kind.BAD_INPUT,
            "the scenario with " + sets + " cannot be loaded:\n" + e.format().trim(),
            e);
      }
    }
    Path base = directoryOf(spec.file());
    List<Input> out = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) { // the loader reports it too, but only once a run starts
        throw new SweepFailure(
            SweepFailure.Kind.BAD_INPUT,
            display(f)
                + " does not exist; "
                + "the scenario "
                + display(spec.scenario())
                + " names it as a data file",
            null);
      }
      out.add(new Input(relative(base, f), SweepJson.sha256(f)));
    }
    return out;
  }

  static JsonArray json(List<Input> inputs) {
    JsonArray a = new JsonArray();
    for (Input i : inputs) {
      JsonObject o = new JsonObject();
      o.addProperty("path", i.path());
      o.addProperty("sha256", i.sha256());
      a.add(o);
    }
    return a;
  }

  /**
   * The inputs {@code info} (read from {@code jsonFile}) recorded; null, after a warning, for a
   * sweep.json written before inputs were recorded. Such a sweep is accepted rather than refused:
   * refusing would strand every sweep started with an older Minga, and its runs' inputs are
   * recorded from its next resume on.
   */
  static List<Input> recorded(JsonObject info, Path jsonFile, Consumer<String> warn) {
    JsonElement recorded = info.get(KEY);
    if (recorded == null) {
      warn.accept(
          jsonFile
              + " predates the recording of input files (Minga "
              + (info.has("minga_version") ? info.get("minga_version").getAsString() : "?")
              + "): whether the scenario or its data files changed since the sweep started cannot "
              + "be checked");
      return null;
    }
    return parse(recorded, jsonFile);
  }

  /**
   * Checks that every recorded file is still there with the same content.
   *
   * @throws SweepFailure naming the first file that changed or disappeared
   */
  static void checkUnchanged(List<Input> recorded, Path jsonFile, Path specFile)
      throws IOException {
    Path base = directoryOf(specFile);
    for (Input i : recorded) {
      Path f = located(base, i.path());
      if (!Files.isRegularFile(f)) {
        throw changed(display(f) + " no longer exists (the sweep's runs read it)");
      }
      String now = SweepJson.sha256(f);
      if (!now.equals(i.sha256())) {
        throw changed(
            display(f)
                + " changed since the sweep started (SHA-256 "
                + brief(i.sha256())
                + " in "
                + jsonFile
                + ", "
                + brief(now)
                + " now)");
      }
    }
  }

  /**
   * Checks that the runs read no file now that they did not read then (a scenario edited to extend
   * another file or name another data file is caught by {@link #checkUnchanged} first; this catches
   * the rest, e.g. a {@code set} path relative to another working directory).
   */
  static void checkNoneAdded(List<Input> recorded, List<Input> current, Path specFile) {
    for (Input i : current) {
      if (recorded.stream().noneMatch(r -> r.path().equals(i.path()))) {
        throw changed(
            "the sweep's runs now read "
                + display(located(directoryOf(specFile), i.path()))
                + ", which they did not when the sweep started");
      }
    }
  }

  private static List<Input> parse(JsonElement recorded, Path jsonFile) {
    List<Input> out = new ArrayList<>();
    try {
      for (JsonElement e : recorded.getAsJsonArray()) {
        JsonObject o = e.getAsJsonObject();
        out.add(new Input(o.get("path").getAsString(), o.get("sha256").getAsString()));
      }
    } catch (RuntimeException e) { // not an array of {path, sha256}: edited or damaged
      throw SweepJson.damaged(jsonFile, ": `" + KEY + "` is not a list of {path, sha256}");
    }
    return out;
  }

  private static SweepFailure changed(String what) {
    return new SweepFailure(
        SweepFailure.Kind.BAD_INPUT,
        what
            + "; the sweep's runs so far "
            + "were made without this change. Restore the file, or start a new sweep in another "
            + "--out",
        null);
  }

  private static Path directoryOf(Path file) {
    return file.toAbsolutePath().normalize().getParent();
  }

  /** A recorded input: a path relative to {@code base}, or a bundled file by its name. */
  private static Path located(Path base, String recorded) {
    return recorded.startsWith(BundledScenarios.PREFIX)
        ? BundledScenarios.file(recorded)
        : base.resolve(recorded).normalize();
  }

  private static String relative(Path base, Path file) {
    if (BundledScenarios.contains(file)) {
      return BundledScenarios.label(file); // in the jar: no path from base
    }
    try {
      return base.relativize(file).toString().replace('\\', '/');
    } catch (IllegalArgumentException otherRoot) {
      return file.toString();
    }
  }

  /** A path as users typed it: relative to the working directory when under it. */
  static String display(Path file) {
    Path here = Path.of("").toAbsolutePath();
    return file.startsWith(here) ? here.relativize(file).toString() : file.toString();
  }

  private static String brief(String sha) {
    return sha.substring(0, Math.min(12, sha.length()));
  }

  private static boolean isNumber(String text) {
    try {
      Double.parseDouble(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
