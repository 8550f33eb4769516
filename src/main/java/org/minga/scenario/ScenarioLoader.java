package org.minga.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.minga.scenario.YamlValue.YMap;
import org.minga.scenario.schema.ScenarioSchema;

/**
 * Loads scenarios: reads the YAML file (safely, with positions), follows {@code extends}, applies
 * {@code --set} overrides, validates every key against the schema, runs the records' consistency
 * checks and reads external data (replay prices, producer CSV). Every problem found is reported
 * together in one {@link ScenarioException}.
 */
public final class ScenarioLoader {
  /**
   * A loaded scenario with the warnings its written values raised: valid, but outside their key's
   * plausible range (each a {@link Problem} starting with "warning:", in file order).
   */
  public record Loaded(ModelInputs inputs, List<Problem> warnings) {
    public Loaded {
      warnings = List.copyOf(warnings);
    }
  }

  private ScenarioLoader() {}

  /**
   * Loads {@code file} with {@code overrides} ({@code key.path=value}, applied in order) into
   * validated model inputs.
   *
   * @throws ScenarioException with every problem found, each with file, line, column and key
   */
  public static ModelInputs load(Path file, List<String> overrides) throws ScenarioException {
    return loadWithWarnings(file, overrides).inputs();
  }

  /** As {@link #load(Path, List)}, also returning the warnings. */
  public static Loaded loadWithWarnings(Path file, List<String> overrides)
      throws ScenarioException {
    List<Problem> problems = new ArrayList<>();
    Bound<Scenario> bound = bind(Scenario.class, file, overrides, Scenario::steps, problems);
    if (bound == null) {
      throw failure(problems);
    }
    Scenario s = bound.value();
    double[] replay = null;
    if (s.prices().process() == PriceConfig.Process.REPLAY
        && !s.prices().replay().file().isBlank()) {
      replay =
          new ReplaySeriesReader(problems)
              .read(s.prices().replay(), bound.locate(ReplaySeriesReader.KEY));
    }
    ProducerTable table = null;
    if (s.territory().layout() == TerritoryConfig.Layout.CSV && !s.territory().file().isBlank()) {
      table =
          new ProducerTableReader(problems)
              .read(s.territory(), bound.locate(ProducerTableReader.KEY));
    }
    if (!problems.isEmpty()) {
      throw failure(problems);
    }
    return new Loaded(new ModelInputs(s, replay, table), bound.warnings());
  }

  /** Loads {@code file} with no overrides. */
  public static ModelInputs load(Path file) throws ScenarioException {
    return load(file, List.of());
  }

  /**
   * Loads and validates only the scenario, without reading its external data files (for {@code
   * resolve} and {@code validate}-style commands that need no data).
   */
  public static Scenario loadScenario(Path file, List<String> overrides) throws ScenarioException {
    List<Problem> problems = new ArrayList<>();
    Bound<Scenario> bound = bind(Scenario.class, file, overrides, Scenario::steps, problems);
    if (bound == null) {
      throw failure(problems);
    }
    return bound.value();
  }

  /** The scenario with every key at its default. */
  public static Scenario defaults() {
    return defaults(Scenario.class, Scenario::steps);
  }

  /**
   * Loads any {@code @Param}-annotated record tree from YAML, with the same rules as scenarios
   * (used for scenarios and testable on small records).
   *
   * @param horizonSteps the run horizon, given to {@code Checked} records
   */
  public static <T extends Record> T loadRecord(
      Class<T> type, Path file, List<String> overrides, ToIntFunction<T> horizonSteps)
      throws ScenarioException {
    List<Problem> problems = new ArrayList<>();
    Bound<T> bound = bind(type, file, overrides, horizonSteps, problems);
    if (bound == null) {
      throw failure(problems);
    }
    return bound.value();
  }

  /** A record of {@code type} with every key at its default. */
  static <T extends Record> T defaults(Class<T> type, ToIntFunction<T> horizonSteps) {
    List<Problem> problems = new ArrayList<>();
    Origin here = Origin.ofDefault("the scenario");
    T value = new Binder(problems).bindRoot(ScenarioSchema.of(type).root(), type, null, here);
    if (value == null || !problems.isEmpty()) {
      // Required keys without defaults, or a bad default: the schema itself is wrong.
      throw new IllegalStateException(
          "defaults do not form a valid " + type.getSimpleName() + ": " + problems);
    }
    return value;
  }

  /** A bound record with where each key was written and the warnings its values raised. */
  record Bound<T>(T value, Map<String, Origin> written, Origin fallback, List<Problem> warnings) {
    Origin locate(String path) {
      return new ConsistencyChecks(written, fallback, 0, List.of()).locate(path);
    }
  }

  static <T extends Record> Bound<T> bind(
      Class<T> type,
      Path file,
      List<String> overrides,
      ToIntFunction<T> horizonSteps,
      List<Problem> problems) {
    ScenarioSchema schema = ScenarioSchema.of(type);
    ExtendsResolver files = new ExtendsResolver(problems, schema.root());
    YMap tree = files.load(file);
    if (tree == null) {
      return null;
    }
    tree = new ListAdditions(problems).fold(schema.root(), tree);
    tree = new Overrides(schema.root(), problems).apply(tree, overrides);
    Origin top = new Origin(file, BundledScenarios.label(file), 1, 1);
    Binder binder = new Binder(problems);
    T value = binder.bindRoot(schema.root(), type, tree, top);
    if (value == null || !problems.isEmpty()) {
      return null;
    }
    Map<String, Origin> written = new LinkedHashMap<>(binder.written());
    new ConsistencyChecks(written, top, horizonSteps.applyAsInt(value), problems)
        .run(schema.root(), value, "");
    if (!problems.isEmpty()) {
      return null;
    }
    ResolvedSize.check(schema.root(), value, written, top, problems);
    if (!problems.isEmpty()) {
      return null;
    }
    List<Problem> warnings = new ArrayList<>(files.warnings());
    new Plausibility(schema.root(), value, binder.values(), warnings).run();
    return new Bound<>(value, written, top, inReportOrder(warnings));
  }

  /**
   * Problems grouped by file (in order of first appearance, {@code --set} overrides last), then by
   * line and column.
   */
  static ScenarioException failure(List<Problem> problems) {
    return new ScenarioException(inReportOrder(problems));
  }

  private static List<Problem> inReportOrder(List<Problem> problems) {
    List<String> files = new ArrayList<>();
    for (Problem p : problems) {
      if (!files.contains(p.file()) && !p.file().startsWith("--set ")) {
        files.add(p.file());
      }
    }
    for (Problem p : problems) {
      if (!files.contains(p.file())) {
        files.add(p.file());
      }
    }
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(
        Comparator.comparingInt((Problem p) -> files.indexOf(p.file()))
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column));
    return sorted;
  }
}
