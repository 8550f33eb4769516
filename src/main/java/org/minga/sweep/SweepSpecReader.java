package org.minga.sweep;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minga.metrics.Metrics;
import org.minga.scenario.BundledScenarios;
import org.minga.scenario.Problem;
import org.minga.scenario.Scenario;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.TextFiles;
import org.minga.scenario.schema.KeyKind;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.Names;
import org.minga.scenario.schema.ScenarioSchema;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads and validates a sweep file (format in docs/cluster.md and sweeps/README.md). Every problem
 * is reported together, each with file, line, column and key, in a {@link ScenarioException} (so
 * the CLI prints it like a scenario problem and exits with status 2). Varied values are checked
 * against the scenario schema by loading the base scenario with each parameter's extreme values; a
 * problem there is reported at the parameter's line.
 */
public final class SweepSpecReader {
  static final List<String> TOP =
      List.of(
          "name",
          "scenario",
          "seed",
          "steps",
          "set",
          "parameters",
          "design",
          "replicates",
          "metrics");
  static final List<String> DESIGN = List.of("type", "samples", "levels", "bootstrap");
  static final List<String> METRIC =
      List.of("metric", "stat", "from", "to", "above", "below", "start_counts", "name");
  private static final ScenarioSchema SCHEMA = ScenarioSchema.of(Scenario.class);
  static final long MAX_REPLICATES = 100_000;
  static final long MAX_SAMPLES = 1_000_000;

  private final List<Problem> problems = new ArrayList<>();
  private final SweepOverrides overrides;
  private SpecNodes nodes;
  private String label = "";

  private SweepSpecReader(SweepOverrides overrides) {
    this.overrides = overrides;
  }

  /** Reads {@code file}; throws with every problem found. */
  public static SweepSpec read(Path file) throws ScenarioException {
    return read(file, SweepOverrides.NONE);
  }

  /**
   * Reads {@code file} with the command line's {@code overrides} applied, checked like the file's
   * own settings; a problem with one is reported under the option as typed.
   */
  public static SweepSpec read(Path file, SweepOverrides overrides) throws ScenarioException {
    return new SweepSpecReader(overrides).readFile(file);
  }

  private SweepSpec readFile(Path file) throws ScenarioException {
    label = file.toString();
    nodes = new SpecNodes(label, problems);
    Node root = parse(file, label);
    if (root == null) {
      throw new ScenarioException(problems);
    }
    Map<String, NodeTuple> top = nodes.map(root, "", TOP);
    if (top == null) {
      throw new ScenarioException(problems);
    }
    String fileName = file.getFileName().toString().replaceFirst("(?i)\\.ya?ml$", "");
    String name = top.containsKey("name") ? nodes.text(value(top, "name"), "name") : fileName;
    Path scenario = null;
    if (!top.containsKey("scenario")) {
      problems.add(
          new Problem(
              label,
              1,
              1,
              "scenario",
              "missing: name the base scenario file, "
                  + "e.g. scenario: ../scenarios/baseline.yaml"));
    } else {
      String s = nodes.text(value(top, "scenario"), "scenario");
      if (s != null) {
        Path dir = file.toAbsolutePath().getParent();
        scenario = dir.resolve(s).normalize();
        if (!Files.isRegularFile(scenario)) { // a bundled scenario by name, then
          scenario = BundledScenarios.find(s).orElse(scenario);
        }
        if (!Files.isRegularFile(scenario)) {
          nodes.problem(
              value(top, "scenario"), "scenario", "file does not exist (" + scenario + ")");
          scenario = null;
        }
      }
    }
    Long seed =
        top.containsKey("seed")
            ? nodes.whole(value(top, "seed"), "seed", 0, Long.MAX_VALUE)
            : Long.valueOf(1);
    Long steps =
        top.containsKey("steps")
            ? nodes.whole(value(top, "steps"), "steps", 1, 600)
            : Long.valueOf(0);
    Long replicates =
        top.containsKey("replicates")
            ? nodes.whole(value(top, "replicates"), "replicates", 1, MAX_REPLICATES)
            : Long.valueOf(1);
    List<String> fixed = top.containsKey("set") ? fixed(value(top, "set")) : List.of();
    List<Located<SweepParameter>> parameters =
        top.containsKey("parameters") ? parameters(value(top, "parameters")) : List.of();
    if (!top.containsKey("parameters")) {
      problems.add(
          new Problem(
              label,
              1,
              1,
              "parameters",
              "missing: list at least one key to "
                  + "vary, e.g. parameters: {prices.sigma: {values: [0.05, 0.1]}}"));
    }
    SweepSpec.Design design =
        top.containsKey("design")
            ? design(value(top, "design"), parameters)
            : new SweepSpec.Design(DesignType.GRID, 0, 0, 0);
    if (!top.containsKey("design")) {
      checkGrid(parameters);
    }
    List<MetricSummary> metrics =
        top.containsKey("metrics") ? metrics(value(top, "metrics")) : List.of();
    if (!top.containsKey("metrics")) {
      problems.add(
          new Problem(
              label,
              1,
              1,
              "metrics",
              "missing: list the metrics to "
                  + "summarise, e.g. metrics: [gini, {metric: membership_rate, stat: mean}]"));
    }
    if (overrides.replicates() != null) {
      replicates = inRange("--replicates", overrides.replicates(), MAX_REPLICATES);
    }
    if (overrides.samples() != null && design != null) {
      design = withSamples(design);
    }
    fixed = withCommandLineSets(fixed, parameters);
    if (problems.isEmpty() && scenario != null) {
      probe(scenario, fixed, parameters, top.get("set"));
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(sorted());
    }
    return new SweepSpec(
        file,
        name,
        scenario,
        seed,
        (int) (long) steps,
        fixed,
        parameters.stream().map(Located::value).toList(),
        design,
        (int) (long) replicates,
        metrics);
  }

  private List<Problem> sorted() {
    List<Problem> list = new ArrayList<>(problems);
    list.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return list;
  }

  private static Node value(Map<String, NodeTuple> map, String key) {
    return map.get(key).getValueNode();
  }

  private Node parse(Path file, String label) {
    String text;
    try {
      text = TextFiles.read(file, TextFiles.MAX_YAML_BYTES); // bounded: file may be a device
    } catch (NoSuchFileException e) {
      problems.add(
          new Problem(
              label, 0, 0, "", "file does not exist (" + file.toAbsolutePath().normalize() + ")"));
      return null;
    } catch (IOException e) {
      problems.add(new Problem(label, 0, 0, "", "cannot read file: " + e.getMessage()));
      return null;
    }
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setNestingDepthLimit(50);
    try {
      Node node = new Yaml(new SafeConstructor(options)).compose(new StringReader(text));
      if (node == null) {
        problems.add(new Problem(label, 1, 1, "", "the sweep file is empty"));
      }
      return node;
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String what =
          (e.getProblem() != null ? e.getProblem() : e.getMessage()).replace('\n', ' ').trim();
      problems.add(
          new Problem(
              label,
              m == null ? 0 : m.getLine() + 1,
              m == null ? 0 : m.getColumn() + 1,
              "",
              "YAML syntax error: " + what));
    } catch (YAMLException e) {
      problems.add(new Problem(label, 0, 0, "", "YAML error: " + e.getMessage()));
    }
    return null;
  }

  private List<String> fixed(Node node) {
    Map<String, NodeTuple> map = nodes.map(node, "set", null);
    List<String> out = new ArrayList<>();
    if (map != null) {
      for (var e : map.entrySet()) {
        String v = nodes.text(e.getValue().getValueNode(), "set." + e.getKey());
        if (v != null) {
          out.add(e.getKey() + "=" + v);
        }
      }
    }
    return out;
  }

  /** A value with where its key was written. */
  record Located<T>(T value, Node keyNode) {}

  private List<Located<SweepParameter>> parameters(Node node) {
    Map<String, NodeTuple> map = nodes.map(node, "parameters", null);
    List<Located<SweepParameter>> out = new ArrayList<>();
    if (map == null) {
      return out;
    }
    if (map.isEmpty()) {
      nodes.problem(node, "parameters", "vary at least one key");
    }
    for (var e : map.entrySet()) {
      SweepParameter p = parameter(e.getKey(), e.getValue());
      if (p != null) {
        out.add(new Located<>(p, e.getValue().getKeyNode()));
      }
    }
    return out;
  }

  private SweepParameter parameter(String key, NodeTuple tuple) {
    String path = "parameters." + key;
    KeySpec spec = SCHEMA.find(key);
    if (spec == null || spec.kind() == KeyKind.SECTION || spec.kind() == KeyKind.RECORD_LIST) {
      String normal = ScenarioSchema.normalize(key);
      List<String> leaves =
          SCHEMA.allKeys().stream()
              .filter(k -> k.kind() != KeyKind.SECTION && k.kind() != KeyKind.RECORD_LIST)
              .map(KeySpec::path)
              .toList();
      nodes.problem(
          tuple.getKeyNode(),
          path,
          (spec == null
                  ? "no scenario key `" + key + "`"
                  : "`" + key + "` is a section, not a value")
              + Names.closest(normal, leaves)
                  .map(s -> "; did you mean `" + s + "`?")
                  .orElse("; run `minga describe` to list the keys"));
      return null;
    }
    boolean integer = spec.kind() == KeyKind.INT || spec.kind() == KeyKind.LONG;
    boolean numeric = spec.kind().isNumeric() || spec.kind() == KeyKind.DIST;
    Map<String, NodeTuple> m =
        nodes.map(
            tuple.getValueNode(),
            path,
            List.of("values", "min", "max", "step", "dist", "mean", "sd", "mode"));
    if (m == null) {
      return null;
    }
    if (m.containsKey("values")) {
      if (m.size() > 1) {
        nodes.problem(
            tuple.getValueNode(),
            path,
            "give either `values` or a range/distribution," + " not both");
        return null;
      }
      List<Node> items = nodes.list(value(m, "values"), path + ".values");
      if (items == null) {
        return null;
      }
      if (items.isEmpty()) {
        nodes.problem(value(m, "values"), path + ".values", "give at least one value");
        return null;
      }
      List<String> levels = new ArrayList<>();
      for (Node item : items) {
        String t = nodes.text(item, path + ".values");
        if (t != null) {
          levels.add(t);
        }
      }
      return levels.size() == items.size() ? new SweepParameter(key, levels, null, integer) : null;
    }
    if (!numeric) {
      nodes.problem(
          tuple.getValueNode(),
          path,
          "`" + key + "` is " + spec.kind().words() + "; vary it with `values: [...]`");
      return null;
    }
    if (m.containsKey("dist")) {
      return distribution(key, path, m, integer, tuple.getValueNode());
    }
    if (!m.containsKey("min") || !m.containsKey("max")) {
      nodes.problem(
          tuple.getValueNode(),
          path,
          "give `values: [...]`, `min` and `max` " + "(optionally `step`), or `dist`");
      return null;
    }
    Double min = nodes.number(value(m, "min"), path + ".min");
    Double max = nodes.number(value(m, "max"), path + ".max");
    if (min == null || max == null) {
      return null;
    }
    if (max < min) {
      nodes.problem(value(m, "max"), path + ".max", "max " + max + " is below min " + min);
      return null;
    }
    if (!m.containsKey("step")) {
      return new SweepParameter(
          key, List.of(), new SweepParameter.Shape("uniform", min, max, 0), integer);
    }
    Double step = nodes.number(value(m, "step"), path + ".step");
    if (step == null) {
      return null;
    }
    if (step <= 0 || (max - min) / step > 10_000) {
      nodes.problem(
          value(m, "step"),
          path + ".step",
          "step must be positive and give at most " + "10000 levels");
      return null;
    }
    List<String> levels = new ArrayList<>();
    long count = (long) Math.floor((max - min) / step + 1e-9);
    for (long i = 0; i <= count; i++) {
      double x = min + i * step;
      levels.add(integer ? Long.toString(Math.round(x)) : org.minga.output.CsvNumbers.format(x));
    }
    return new SweepParameter(key, levels, null, integer);
  }

  private SweepParameter distribution(
      String key, String path, Map<String, NodeTuple> m, boolean integer, Node at) {
    String dist = nodes.text(value(m, "dist"), path + ".dist");
    if (dist == null) {
      return null;
    }
    List<String> needs =
        switch (dist) {
          case "uniform" -> List.of("min", "max");
          case "normal", "lognormal" -> List.of("mean", "sd");
          case "triangular" -> List.of("min", "mode", "max");
          default -> null;
        };
    if (needs == null) {
      nodes.problem(
          value(m, "dist"),
          path + ".dist",
          "unknown distribution `" + dist + "`; allowed: uniform, normal, lognormal, triangular");
      return null;
    }
    double[] v = new double[3];
    for (int i = 0; i < needs.size(); i++) {
      if (!m.containsKey(needs.get(i))) {
        nodes.problem(at, path, "a " + dist + " distribution needs " + String.join(", ", needs));
        return null;
      }
      Double x = nodes.number(value(m, needs.get(i)), path + "." + needs.get(i));
      if (x == null) {
        return null;
      }
      v[i] = x;
    }
    for (String k : m.keySet()) {
      if (!k.equals("dist") && !needs.contains(k)) {
        nodes.problem(
            m.get(k).getKeyNode(),
            path + "." + k,
            "a " + dist + " distribution takes " + String.join(", ", needs) + ", not " + k);
        return null;
      }
    }
    boolean ok =
        switch (dist) {
          case "uniform" -> v[1] >= v[0];
          case "normal" -> v[1] > 0;
          case "lognormal" -> v[0] > 0 && v[1] > 0;
          default -> v[0] <= v[1] && v[1] <= v[2] && v[0] < v[2];
        };
    if (!ok) {
      nodes.problem(
          at,
          path,
          "impossible "
              + dist
              + " parameters: "
              + needs
              + " = "
              + java.util.Arrays.toString(java.util.Arrays.copyOf(v, needs.size()))
              + (dist.equals("triangular")
                  ? " (need min <= mode <= max)"
                  : " (need sd > 0" + (dist.equals("lognormal") ? " and mean > 0)" : ")")));
      return null;
    }
    // Shape keeps (a, b, c) = (min, max, mode) for triangular, (mean, sd) otherwise.
    return dist.equals("triangular")
        ? new SweepParameter(
            key, List.of(), new SweepParameter.Shape(dist, v[0], v[2], v[1]), integer)
        : new SweepParameter(
            key, List.of(), new SweepParameter.Shape(dist, v[0], v[1], 0), integer);
  }

  private SweepSpec.Design design(Node node, List<Located<SweepParameter>> parameters) {
    Map<String, NodeTuple> m = nodes.map(node, "design", DESIGN);
    if (m == null) {
      return null;
    }
    DesignType type = DesignType.GRID;
    if (m.containsKey("type")) {
      String t = nodes.text(value(m, "type"), "design.type");
      List<String> words =
          java.util.Arrays.stream(DesignType.values()).map(DesignType::word).toList();
      if (t != null && !words.contains(t)) {
        nodes.problem(
            value(m, "type"),
            "design.type",
            "unknown design `"
                + t
                + "`"
                + Names.closest(t, words).map(s -> "; did you mean `" + s + "`?").orElse("")
                + "; allowed: "
                + String.join(", ", words));
        return null;
      } else if (t != null) {
        type = DesignType.valueOf(t.toUpperCase(java.util.Locale.ROOT));
      }
    }
    int samples = 0;
    if (type != DesignType.GRID) {
      if (!m.containsKey("samples")) {
        nodes.problem(
            node,
            "design.samples",
            "missing: a "
                + type.word()
                + " design needs "
                + "`samples` ("
                + (type == DesignType.SOBOL
                    ? "base samples N; runs N x (k + 2)"
                    : type == DesignType.MORRIS
                        ? "trajectories r; runs r x (k + 1)"
                        : "design points")
                + ")");
      } else {
        Long s = nodes.whole(value(m, "samples"), "design.samples", 1, MAX_SAMPLES);
        samples = s == null ? 0 : (int) (long) s;
      }
    } else {
      checkGrid(parameters);
    }
    int levels = 4;
    if (m.containsKey("levels")) {
      Long l = nodes.whole(value(m, "levels"), "design.levels", 2, 100);
      if (l != null && l % 2 != 0) {
        nodes.problem(value(m, "levels"), "design.levels", "Morris levels must be even");
      }
      levels = l == null ? 4 : (int) (long) l;
    }
    int bootstrap = 500;
    if (m.containsKey("bootstrap")) {
      Long b = nodes.whole(value(m, "bootstrap"), "design.bootstrap", 0, 100_000);
      bootstrap = b == null ? 500 : (int) (long) b;
    }
    return new SweepSpec.Design(type, samples, levels, bootstrap);
  }

  private Long inRange(String option, long value, long max) {
    if (value < 1 || value > max) {
      problems.add(
          new Problem(option + " " + value, 0, 0, "", "out of range; allowed 1 to " + max));
      return null;
    }
    return value;
  }

  private SweepSpec.Design withSamples(SweepSpec.Design d) {
    if (d.type() == DesignType.GRID) {
      problems.add(
          new Problem(
              "--samples " + overrides.samples(),
              0,
              0,
              "",
              "a grid design "
                  + "has no samples ("
                  + label
                  + " is a grid): its size is its levels"));
      return d;
    }
    Long samples = inRange("--samples", overrides.samples(), MAX_SAMPLES);
    return samples == null
        ? d
        : new SweepSpec.Design(d.type(), (int) (long) samples, d.levels(), d.bootstrap());
  }

  /** The file's set, then the command line's; a varied key cannot be set. */
  private List<String> withCommandLineSets(
      List<String> fixed, List<Located<SweepParameter>> parameters) {
    List<String> all = new ArrayList<>(fixed);
    for (String set : overrides.set()) {
      String key = set.substring(0, set.indexOf('=')).trim();
      if (parameters.stream().anyMatch(p -> p.value().key().equals(key))) {
        problems.add(
            new Problem(
                "--set " + set,
                0,
                0,
                "",
                key
                    + " is varied by the sweep "
                    + "(parameters."
                    + key
                    + " in "
                    + label
                    + "); --set changes the base scenario only"));
      }
      all.add(set);
    }
    return all;
  }

  private void checkGrid(List<Located<SweepParameter>> parameters) {
    for (Located<SweepParameter> p : parameters) {
      if (!p.value().isDiscrete()) {
        nodes.problem(
            p.keyNode(),
            "parameters." + p.value().key(),
            "a grid design needs "
                + "levels: give `values: [...]` or a `step`, or choose design type random, lhs, "
                + "sobol or morris");
      }
    }
  }

  private List<MetricSummary> metrics(Node node) {
    List<Node> items = nodes.list(node, "metrics");
    List<MetricSummary> out = new ArrayList<>();
    if (items == null) {
      return out;
    }
    if (items.isEmpty()) {
      nodes.problem(node, "metrics", "summarise at least one metric");
    }
    List<String> names = Metrics.names();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String path = "metrics[" + i + "]";
      Map<String, NodeTuple> m = item instanceof ScalarNode ? null : nodes.map(item, path, METRIC);
      if (!(item instanceof ScalarNode) && m == null) {
        continue;
      }
      Node metricNode = m == null ? item : m.containsKey("metric") ? value(m, "metric") : null;
      if (metricNode == null) {
        nodes.problem(item, path, "missing `metric`: the metric to summarise");
        continue;
      }
      String metric = nodes.text(metricNode, path + ".metric");
      if (metric == null) {
        continue;
      }
      if (!names.contains(metric)) {
        nodes.problem(
            metricNode,
            path + ".metric",
            "unknown metric `"
                + metric
                + "`"
                + Names.closest(metric, names)
                    .map(s -> "; did you mean `" + s + "`?")
                    .orElse("; see docs/outputs.md for the metrics"));
        continue;
      }
      MetricSummary s = summary(metric, m == null ? Map.of() : m, path, item);
      if (s != null) {
        java.util.Optional<String> clash =
            out.stream()
                .flatMap(o -> Response.names(o).stream())
                .filter(Response.names(s)::contains)
                .findFirst();
        if (clash.isPresent()) {
          nodes.problem(
              item,
              path,
              "column `"
                  + clash.get()
                  + "` is summarised twice (a "
                  + "first_crossing also reports `<name>_crossed`); give one of them a `name`");
        } else {
          out.add(s);
        }
      }
    }
    return out;
  }

  private MetricSummary summary(String metric, Map<String, NodeTuple> m, String path, Node at) {
    MetricSummary.Stat stat = MetricSummary.Stat.FINAL;
    if (m.containsKey("stat")) {
      String t = nodes.text(value(m, "stat"), path + ".stat");
      List<String> words =
          java.util.Arrays.stream(MetricSummary.Stat.values())
              .map(MetricSummary.Stat::word)
              .toList();
      if (t == null) {
        return null;
      }
      if (!words.contains(t)) {
        nodes.problem(
            value(m, "stat"),
            path + ".stat",
            "unknown stat `"
                + t
                + "`"
                + Names.closest(t, words).map(s -> "; did you mean `" + s + "`?").orElse("")
                + "; allowed: "
                + String.join(", ", words));
        return null;
      }
      stat = MetricSummary.Stat.valueOf(t.toUpperCase(java.util.Locale.ROOT));
    }
    Long from =
        m.containsKey("from")
            ? nodes.whole(value(m, "from"), path + ".from", 0, 600)
            : Long.valueOf(0);
    Long to =
        m.containsKey("to")
            ? nodes.whole(value(m, "to"), path + ".to", 0, 600)
            : Long.valueOf(Integer.MAX_VALUE);
    if (from == null || to == null) {
      return null;
    }
    if (to < from) {
      nodes.problem(
          value(m, "to"), path + ".to", "window ends (" + to + ") before it starts (" + from + ")");
      return null;
    }
    double threshold = Double.NaN;
    boolean above = true;
    boolean startCounts = false;
    if (stat == MetricSummary.Stat.FIRST_CROSSING) {
      if (m.containsKey("above") == m.containsKey("below")) {
        nodes.problem(at, path, "first_crossing needs exactly one of `above: x` or `below: x`");
        return null;
      }
      above = m.containsKey("above");
      Double t =
          nodes.number(value(m, above ? "above" : "below"), path + (above ? ".above" : ".below"));
      if (t == null) {
        return null;
      }
      threshold = t;
      if (m.containsKey("start_counts")) {
        Boolean b = nodes.flag(value(m, "start_counts"), path + ".start_counts");
        if (b == null) {
          return null;
        }
        startCounts = b;
      }
    } else if (m.containsKey("above") || m.containsKey("below") || m.containsKey("start_counts")) {
      nodes.problem(
          at, path, "`above`, `below` and `start_counts` apply only to stat " + "first_crossing");
      return null;
    }
    String column = metric + "_" + stat.word();
    if (m.containsKey("name")) {
      column = nodes.text(value(m, "name"), path + ".name");
      if (column == null) {
        return null;
      }
      if (!column.matches("[A-Za-z][A-Za-z0-9_]*")) {
        nodes.problem(
            value(m, "name"),
            path + ".name",
            "a column name is letters, digits and " + "underscores, starting with a letter");
        return null;
      }
    }
    return new MetricSummary(
        column,
        metric,
        Metrics.index(metric),
        stat,
        (int) (long) from,
        (int) Math.min(Integer.MAX_VALUE, to),
        threshold,
        above,
        startCounts);
  }

  /**
   * Loads the base scenario with the fixed overrides and each parameter at each of its levels
   * (discrete) or at both ends of its range (continuous), reporting value problems at the
   * parameter's (or the set's) line.
   */
  private void probe(
      Path scenario,
      List<String> fixed,
      List<Located<SweepParameter>> parameters,
      NodeTuple setTuple) {
    try {
      org.minga.scenario.ScenarioLoader.loadScenario(scenario, fixed);
    } catch (ScenarioException e) {
      for (Problem p : e.problems()) {
        // The file's set is reported at its line; the command line's as typed.
        Node at =
            setTuple == null
                    || overrides.set().stream().anyMatch(s -> p.file().equals("--set " + s))
                ? null
                : setTuple.getKeyNode();
        problems.add(at == null ? p : new Problem(label, line(at), column(at), "set", p.format()));
      }
      return;
    }
    for (Located<SweepParameter> lp : parameters) {
      SweepParameter p = lp.value();
      // Every level of a discrete parameter; both ends of a continuous one.
      List<String> values = p.isDiscrete() ? p.levels() : List.of(p.valueAt(0), p.valueAt(1));
      for (String value : values) {
        List<String> sets = new ArrayList<>(fixed);
        sets.add(p.key() + "=" + value);
        try {
          org.minga.scenario.ScenarioLoader.loadScenario(scenario, sets);
        } catch (ScenarioException e) {
          String what =
              e.problems().stream()
                  .map(x -> x.keyPath().isEmpty() ? x.message() : x.keyPath() + ": " + x.message())
                  .distinct()
                  .reduce((a, b) -> a + "; " + b)
                  .orElse("");
          problems.add(
              new Problem(
                  label,
                  line(lp.keyNode()),
                  column(lp.keyNode()),
                  "parameters." + p.key(),
                  "value " + value + " is not allowed in the scenario: " + what));
          break;
        }
      }
    }
  }

  private static int line(Node n) {
    return n.getStartMark().getLine() + 1;
  }

  private static int column(Node n) {
    return n.getStartMark().getColumn() + 1;
  }
}
