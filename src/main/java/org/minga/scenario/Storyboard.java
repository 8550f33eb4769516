package org.minga.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A workshop storyboard: what the window does, month by month, so that a facilitator can prepare
 * and rehearse a session (and so that the window can be tested the same way). A YAML list; each
 * entry has {@code at:} (a month number, the step from 0) and one action, and entries at the same
 * month run in file order:
 *
 * <pre>
 * - {at: 0, caption: "Twenty years of coffee in one valley"}
 * - {at: 12, inject: {kind: crash, size: 0.4, months: 12}}
 * - {at: 13, inject: {kind: boom, size: 0.3, months: 6, when: next_harvest}}
 * - {at: 12, pause: true}
 * - {at: 30, lever: {name: price_floor, on: true}}
 * - {at: 48, save_session: session.yaml}
 * - {at: 48, screenshot: shots/after-crash.png}
 * - {at: 60, quit: true}
 * </pre>
 *
 * Other actions: {@code export: DIR} (the run's CSV files and chart images so far). Paths are
 * relative to the storyboard. Mistakes are reported like a scenario's: file, line and column.
 *
 * @param file where the storyboard was read from
 * @param cues the entries, in month order (file order within a month)
 */
public record Storyboard(Path file, List<Cue> cues) {
  public Storyboard {
    cues = List.copyOf(cues);
  }

  /** The actions an entry may name, in the words of the file. */
  public static final List<String> ACTIONS =
      List.of(
          "caption", "pause", "inject", "lever", "save_session", "export", "screenshot", "quit");

  /** One entry: the month it fires at and its action. */
  public record Cue(int at, Action action) {}

  /** What an entry does. */
  public sealed interface Action {}

  /** Shows {@code text} large until the next caption. */
  public record Caption(String text) implements Action {}

  /** Pauses the run. */
  public record Pause() implements Action {}

  /**
   * A price shock from this month, or from the start of the next harvest ({@code when:
   * next_harvest}): a crash lowers the price by {@code size}, a boom raises it.
   */
  public record Inject(boolean crash, double size, int months, boolean atNextHarvest)
      implements Action {
    /** The factor on the world price while the shock lasts. */
    public double multiplier() {
      return crash ? 1 - size : 1 + size;
    }
  }

  /** Switches a lever on or off from this month. */
  public record Lever(EventsConfig.LeverName name, boolean on) implements Action {}

  /** Writes the session so far as a scenario that replays it. */
  public record SaveSession(Path file) implements Action {}

  /** Writes the run's CSV files and chart images so far into a folder. */
  public record Export(Path dir) implements Action {}

  /** Saves an image of the window. */
  public record Screenshot(Path file) implements Action {}

  /** Closes the window. */
  public record Quit() implements Action {}

  /** The cues that fire at month {@code at}, in file order. */
  public List<Cue> at(int at) {
    return cues.stream().filter(c -> c.at() == at).toList();
  }

  /**
   * Reads and checks a storyboard for a run of {@code horizonSteps} months.
   *
   * @throws ScenarioException listing every mistake with its file, line and column
   */
  public static Storyboard load(Path file, int horizonSteps) throws ScenarioException {
    List<Problem> problems = new ArrayList<>();
    YamlValue root = YamlSource.parseFile(file, file.toString(), null, problems);
    List<Cue> cues = new ArrayList<>();
    if (root != null) {
      if (!(root instanceof YamlValue.YList list)) {
        problems.add(
            root.origin()
                .problem(
                    "",
                    "a storyboard is a list of entries such as "
                        + "`- {at: 12, inject: {kind: crash, size: 0.4, months: 12}}`; found "
                        + root.describe()));
      } else {
        Path dir = file.toAbsolutePath().getParent();
        for (int i = 0; i < list.items().size(); i++) {
          Cue c = cue(list.items().get(i), "[" + i + "]", dir, horizonSteps, problems);
          if (c != null) {
            cues.add(c);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    cues.sort(java.util.Comparator.comparingInt(Cue::at)); // stable: file order within a month
    return new Storyboard(file, cues);
  }

  private static Cue cue(YamlValue v, String path, Path dir, int horizon, List<Problem> problems) {
    if (!(v instanceof YamlValue.YMap m)) {
      problems.add(
          v.origin()
              .problem(
                  path,
                  "each entry is a map with `at:` and one action ("
                      + String.join(", ", ACTIONS)
                      + "); found "
                      + v.describe()));
      return null;
    }
    Integer at = null;
    String action = null;
    YamlValue.Entry actionEntry = null;
    for (Map.Entry<String, YamlValue.Entry> e : m.entries().entrySet()) {
      String key = e.getKey();
      YamlValue.Entry entry = e.getValue();
      if (key.equals("at")) {
        at = whole(entry.value(), path + ".at", 0, horizon - 1, problems);
      } else if (ACTIONS.contains(key)) {
        if (action != null) {
          problems.add(
              entry
                  .keyOrigin()
                  .problem(
                      path + "." + key,
                      "one action per entry: this "
                          + "one already has `"
                          + action
                          + "`; write a second entry at the same month"));
          return null;
        }
        action = key;
        actionEntry = entry;
      } else {
        problems.add(
            entry
                .keyOrigin()
                .problem(
                    path + "." + key,
                    "unknown key `"
                        + key
                        + "`; an entry has `at:` and one of "
                        + String.join(", ", ACTIONS)));
        return null;
      }
    }
    if (!m.entries().containsKey("at")) {
      problems.add(
          m.origin().problem(path, "this entry has no `at:` (the month it fires at, " + "from 0)"));
      return null;
    }
    if (action == null) {
      problems.add(
          m.origin()
              .problem(path, "this entry has no action; use one of " + String.join(", ", ACTIONS)));
      return null;
    }
    Action a = action(action, actionEntry.value(), path + "." + action, dir, problems);
    return at == null || a == null ? null : new Cue(at, a);
  }

  private static Action action(
      String name, YamlValue v, String path, Path dir, List<Problem> problems) {
    return switch (name) {
      case "caption" ->
          text(v, path, problems) == null ? null : new Caption(text(v, path, new ArrayList<>()));
      case "pause" -> isTrue(v, path, problems) ? new Pause() : null;
      case "quit" -> isTrue(v, path, problems) ? new Quit() : null;
      case "inject" -> inject(v, path, problems);
      case "lever" -> lever(v, path, problems);
      case "save_session" -> file(v, path, dir, problems, SaveSession::new);
      case "export" -> file(v, path, dir, problems, Export::new);
      case "screenshot" -> file(v, path, dir, problems, Screenshot::new);
      default -> throw new IllegalStateException(name);
    };
  }

  private static Action inject(YamlValue v, String path, List<Problem> problems) {
    YamlValue.YMap m = map(v, path, "{kind: crash, size: 0.4, months: 12}", problems);
    if (m == null || !only(m, path, List.of("kind", "size", "months", "when"), problems)) {
      return null;
    }
    String kind = text(need(m, "kind", path, problems), path + ".kind", problems);
    if (kind != null && !kind.equals("crash") && !kind.equals("boom")) {
      problems.add(
          m.entries()
              .get("kind")
              .value()
              .origin()
              .problem(path + ".kind", "`" + kind + "`: use crash or boom"));
      kind = null;
    }
    Double size = number(need(m, "size", path, problems), path + ".size", problems);
    if (size != null && !(size > 0 && (size < 1 || "boom".equals(kind)))) {
      problems.add(
          m.entries()
              .get("size")
              .value()
              .origin()
              .problem(
                  path + ".size",
                  size
                      + ": a crash takes a share of the price away (more than 0, less than 1); a "
                      + "boom adds one (more than 0)"));
      size = null;
    }
    YamlValue monthsValue =
        m.entries().containsKey("months") ? m.entries().get("months").value() : null;
    Integer months =
        monthsValue == null
            ? Integer.valueOf(12)
            : whole(monthsValue, path + ".months", 1, Integer.MAX_VALUE / 2, problems);
    String when =
        m.entries().containsKey("when")
            ? text(m.entries().get("when").value(), path + ".when", problems)
            : "now";
    if (when != null && !when.equals("now") && !when.equals("next_harvest")) {
      problems.add(
          m.entries()
              .get("when")
              .value()
              .origin()
              .problem(path + ".when", "`" + when + "`: use now or next_harvest"));
      when = null;
    }
    return kind == null || size == null || months == null || when == null
        ? null
        : new Inject(kind.equals("crash"), size, months, when.equals("next_harvest"));
  }

  private static Action lever(YamlValue v, String path, List<Problem> problems) {
    YamlValue.YMap m = map(v, path, "{name: price_floor, on: true}", problems);
    if (m == null || !only(m, path, List.of("name", "on"), problems)) {
      return null;
    }
    String name = text(need(m, "name", path, problems), path + ".name", problems);
    EventsConfig.LeverName lever = null;
    if (name != null) {
      try {
        lever = EventsConfig.LeverName.valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(
            m.entries()
                .get("name")
                .value()
                .origin()
                .problem(
                    path + ".name", "`" + name + "` is not a lever; use one of " + leverNames()));
      }
    }
    YamlValue on = need(m, "on", path, problems);
    Boolean state = on == null ? null : bool(on, path + ".on", problems);
    return lever == null || state == null ? null : new Lever(lever, state);
  }

  private static String leverNames() {
    List<String> names = new ArrayList<>();
    for (EventsConfig.LeverName n : EventsConfig.LeverName.values()) {
      names.add(n.name().toLowerCase(Locale.ROOT));
    }
    return String.join(", ", names);
  }

  private static Action file(
      YamlValue v,
      String path,
      Path dir,
      List<Problem> problems,
      java.util.function.Function<Path, Action> make) {
    String s = text(v, path, problems);
    return s == null ? null : make.apply(dir.resolve(s).normalize());
  }

  // ---- scalar readers: each reports its own problem and returns null ----------------------

  private static YamlValue.YMap map(
      YamlValue v, String path, String example, List<Problem> problems) {
    if (v instanceof YamlValue.YMap m) {
      return m;
    }
    problems.add(
        v.origin().problem(path, "expected a map such as " + example + "; found " + v.describe()));
    return null;
  }

  private static boolean only(
      YamlValue.YMap m, String path, List<String> keys, List<Problem> problems) {
    for (Map.Entry<String, YamlValue.Entry> e : m.entries().entrySet()) {
      if (!keys.contains(e.getKey())) {
        problems.add(
            e.getValue()
                .keyOrigin()
                .problem(
                    path + "." + e.getKey(),
                    "unknown key `" + e.getKey() + "`; use " + String.join(", ", keys)));
        return false;
      }
    }
    return true;
  }

  private static YamlValue need(YamlValue.YMap m, String key, String path, List<Problem> problems) {
    YamlValue.Entry e = m.entries().get(key);
    if (e == null) {
      problems.add(m.origin().problem(path, "missing `" + key + "`"));
      return null;
    }
    return e.value();
  }

  private static String text(YamlValue v, String path, List<Problem> problems) {
    if (v == null) {
      return null;
    }
    if (v instanceof YamlValue.YScalar s
        && s.type() != YamlValue.ScalarType.NULL
        && !s.text().isBlank()) {
      return s.text();
    }
    problems.add(v.origin().problem(path, "expected text; found " + v.describe()));
    return null;
  }

  private static boolean isTrue(YamlValue v, String path, List<Problem> problems) {
    Boolean b = bool(v, path, problems);
    if (Boolean.FALSE.equals(b)) {
      problems.add(
          v.origin().problem(path, "`false` does nothing: write `true` or drop the " + "entry"));
      return false;
    }
    return b != null;
  }

  private static Boolean bool(YamlValue v, String path, List<Problem> problems) {
    if (v instanceof YamlValue.YScalar s && s.type() == YamlValue.ScalarType.BOOL) {
      // YAML 1.1 booleans: true/false, yes/no, on/off, y/n in any case
      return List.of("true", "yes", "on", "y").contains(s.text().toLowerCase(Locale.ROOT));
    }
    problems.add(v.origin().problem(path, "expected true or false; found " + v.describe()));
    return null;
  }

  private static Double number(YamlValue v, String path, List<Problem> problems) {
    if (v == null) {
      return null;
    }
    if (v instanceof YamlValue.YScalar s
        && (s.type() == YamlValue.ScalarType.INT || s.type() == YamlValue.ScalarType.FLOAT)) {
      double d = Double.parseDouble(s.text().replace("_", ""));
      if (Double.isFinite(d)) {
        return d;
      }
    }
    problems.add(v.origin().problem(path, "expected a number; found " + v.describe()));
    return null;
  }

  private static Integer whole(YamlValue v, String path, int min, int max, List<Problem> problems) {
    if (v instanceof YamlValue.YScalar s && s.type() == YamlValue.ScalarType.INT) {
      try {
        int n = Integer.parseInt(s.text().replace("_", ""));
        if (n >= min && n <= max) {
          return n;
        }
        problems.add(
            v.origin()
                .problem(
                    path,
                    n
                        + " is outside "
                        + min
                        + " to "
                        + max
                        + (path.endsWith(".at") ? " (the run's months, from 0)" : "")));
        return null;
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problems.add(v.origin().problem(path, "expected a whole number; found " + v.describe()));
    return null;
  }
}
