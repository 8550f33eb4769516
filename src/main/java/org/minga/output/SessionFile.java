package org.minga.output;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minga.model.Intervention;
import org.minga.scenario.BundledScenarios;
import org.minga.scenario.EventsConfig;
import org.minga.scenario.Scenario;
import org.minga.scenario.ShockConfig;

/**
 * A workshop session as a scenario: a YAML file that {@code extends} the scenario the window
 * opened, sets the run's seed and the window's {@code --set} overrides, and lists every shock
 * injected and lever switched as scheduled events at the steps they took effect ({@code
 * prices.shocks} and {@code events.lever_changes}, each with the scenario's own entries first,
 * since lists replace whole). {@code minga run} on the file replays the session: an injected shock
 * and the same shock scheduled give the same prices bit for bit, and a lever change at a step acts
 * exactly as the window's switch before that step.
 */
public final class SessionFile {
  private static final String WINDOW_HEADER =
      "# Workshop session: every price shock injected "
          + "and policy lever switched in the window,\n# as scheduled events at the steps they took "
          + "effect. `minga run` on this file replays\n# the session (same seed, same random "
          + "streams).\n";

  private SessionFile() {}

  /**
   * The session's YAML text.
   *
   * @param original the scenario file the window opened
   * @param session where the session file will be written (extends is written relative to it)
   * @param overrides the window's {@code --set key.path=value} overrides, in order
   * @param scenario the resolved scenario the window ran
   * @param interventions what the window changed, in order
   * @throws IllegalArgumentException when an override sets one element of a list: a session extends
   *     its scenario key by key, and a list cannot be changed element by element there
   */
  public static String yaml(
      Path original,
      Path session,
      List<String> overrides,
      Scenario scenario,
      List<Intervention> interventions) {
    return yaml(WINDOW_HEADER, original, session, overrides, scenario, interventions);
  }

  /** As above, under the comment {@code header} (lines starting with {@code #}). */
  public static String yaml(
      String header,
      Path original,
      Path session,
      List<String> overrides,
      Scenario scenario,
      List<Intervention> interventions) {
    Map<String, Object> tree = new LinkedHashMap<>();
    for (String o : overrides) {
      int eq = o.indexOf('=');
      String key = o.substring(0, eq).trim();
      if (key.equals("seed") || key.equals("prices.shocks") || key.equals("events.lever_changes")) {
        continue; // written below from the resolved run
      }
      if (key.contains("[")) {
        throw new IllegalArgumentException(
            "the run was started with --set "
                + o
                + ", which "
                + "changes one element of a list; a session extends its scenario key by key and "
                + "cannot say that: start the window from a scenario file that sets the list whole");
      }
      put(tree, key.split("\\."), o.substring(eq + 1).trim());
    }
    StringBuilder b = new StringBuilder(header);
    Path from = session.toAbsolutePath().normalize().getParent();
    String base =
        BundledScenarios.contains(original)
            ? BundledScenarios.label(original)
            : from.relativize(original.toAbsolutePath().normalize()).toString().replace('\\', '/');
    b.append("extends: ").append(base).append('\n');
    b.append("seed: ").append(scenario.seed()).append('\n');
    Map<String, Object> prices = section(tree, "prices");
    prices.put("shocks", shocks(scenario, interventions));
    Map<String, Object> events = section(tree, "events");
    events.put("lever_changes", leverChanges(scenario, interventions));
    write(b, tree, 0);
    return b.toString();
  }

  /**
   * Writes the session to {@code session} through a temporary file in the same folder, so an
   * existing file is replaced whole or not at all.
   */
  public static void write(
      Path original,
      Path session,
      List<String> overrides,
      Scenario scenario,
      List<Intervention> interventions)
      throws java.io.IOException {
    String text = yaml(original, session, overrides, scenario, interventions);
    Path dir = session.toAbsolutePath().getParent();
    Path tmp = java.nio.file.Files.createTempFile(dir, ".session", ".tmp");
    try {
      java.nio.file.Files.writeString(tmp, text, java.nio.charset.StandardCharsets.UTF_8);
      java.nio.file.Files.move(
          tmp,
          session,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      java.nio.file.Files.deleteIfExists(tmp);
    }
  }

  private static List<String> shocks(Scenario scenario, List<Intervention> interventions) {
    List<String> out = new ArrayList<>();
    for (ShockConfig s : scenario.prices().shocks()) {
      out.add(
          "{at: "
              + s.at()
              + ", duration: "
              + s.duration()
              + ", multiplier: "
              + s.multiplier()
              + ", ramp: "
              + s.ramp()
              + "}");
    }
    for (Intervention i : interventions) {
      if (i.isShock()) {
        out.add(
            "{at: "
                + i.step()
                + ", duration: "
                + i.months()
                + ", multiplier: "
                + i.multiplier()
                + "}   # injected in the window");
      }
    }
    return out;
  }

  private static List<String> leverChanges(Scenario scenario, List<Intervention> interventions) {
    List<String> out = new ArrayList<>();
    for (EventsConfig.LeverChange c : scenario.events().leverChanges()) {
      out.add(change(c.at(), c.lever(), c.state()));
    }
    for (Intervention i : interventions) {
      if (!i.isShock()) {
        out.add(
            change(i.step(), i.lever().scenarioName(), i.state().scenarioState())
                + "   # switched in the window");
      }
    }
    return out;
  }

  private static String change(
      int at, EventsConfig.LeverName lever, EventsConfig.LeverState state) {
    return "{at: "
        + at
        + ", lever: "
        + lever.name().toLowerCase(Locale.ROOT)
        + ", state: "
        + state.name().toLowerCase(Locale.ROOT)
        + "}";
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> section(Map<String, Object> tree, String key) {
    Object o = tree.get(key);
    if (!(o instanceof Map)) { // an override that set the whole section is replaced by keys
      o = new LinkedHashMap<String, Object>();
      tree.put(key, o);
    }
    return (Map<String, Object>) o;
  }

  private static void put(Map<String, Object> tree, String[] path, String value) {
    Map<String, Object> at = tree;
    for (int i = 0; i < path.length - 1; i++) {
      at = section(at, path[i]);
    }
    at.put(path[path.length - 1], value);
  }

  @SuppressWarnings("unchecked")
  private static void write(StringBuilder b, Map<String, Object> tree, int depth) {
    String indent = "  ".repeat(depth);
    for (Map.Entry<String, Object> e : tree.entrySet()) {
      Object v = e.getValue();
      if (v instanceof Map<?, ?> m) {
        b.append(indent).append(e.getKey()).append(":\n");
        write(b, (Map<String, Object>) m, depth + 1);
      } else if (v instanceof List<?> list) {
        b.append(indent).append(e.getKey()).append(list.isEmpty() ? ": []\n" : ":\n");
        for (Object item : list) {
          b.append(indent).append("  - ").append(item).append('\n');
        }
      } else {
        b.append(indent).append(e.getKey()).append(": ").append(v).append('\n');
      }
    }
  }
}
