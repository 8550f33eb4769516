package org.minga.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minga.scenario.YamlValue.Entry;
import org.minga.scenario.YamlValue.YList;
import org.minga.scenario.YamlValue.YMap;
import org.minga.scenario.YamlValue.YScalar;
import org.minga.scenario.schema.Names;
import org.minga.scenario.schema.RangeWords;

/**
 * Reads a {@link Dist} from YAML: a plain number (constant) or a map {@code {dist: normal, mean: 3,
 * sd: 1}}. Every problem in the map is reported, each at the key where it was written.
 */
final class DistReader {
  /** Keys each family requires, and the ones it also accepts. */
  private static final Map<Dist.Kind, List<String>> REQUIRED = new LinkedHashMap<>();

  private static final Map<Dist.Kind, List<String>> OPTIONAL = new LinkedHashMap<>();

  static {
    REQUIRED.put(Dist.Kind.CONSTANT, List.of("value"));
    OPTIONAL.put(Dist.Kind.CONSTANT, List.of());
    REQUIRED.put(Dist.Kind.UNIFORM, List.of("min", "max"));
    OPTIONAL.put(Dist.Kind.UNIFORM, List.of());
    REQUIRED.put(Dist.Kind.NORMAL, List.of("mean", "sd"));
    OPTIONAL.put(Dist.Kind.NORMAL, List.of("min", "max"));
    REQUIRED.put(Dist.Kind.LOGNORMAL, List.of("mean", "sd"));
    OPTIONAL.put(Dist.Kind.LOGNORMAL, List.of("min", "max"));
    REQUIRED.put(Dist.Kind.BETA, List.of("alpha", "beta"));
    OPTIONAL.put(Dist.Kind.BETA, List.of("min", "max"));
    REQUIRED.put(Dist.Kind.EMPIRICAL, List.of("values"));
    OPTIONAL.put(Dist.Kind.EMPIRICAL, List.of("weights"));
  }

  private final List<Problem> problems;

  DistReader(List<Problem> problems) {
    this.problems = problems;
  }

  /**
   * The distribution, or null after reporting problems. {@code min}/{@code max} (the key's declared
   * range) bound constants and empirical values.
   */
  Dist read(YamlValue v, String path, double min, double max) {
    if (v instanceof YScalar) {
      Double c = Scalars.number(v, path, min, max, problems);
      return c == null ? null : Dist.constant(c);
    }
    if (!(v instanceof YMap map)) {
      problems.add(
          v.origin()
              .problem(
                  path,
                  "expected a number or a map like {dist: normal, "
                      + "mean: 3, sd: 1}, got "
                      + v.describe()));
      return null;
    }
    Entry distEntry = map.entries().get("dist");
    if (distEntry == null) {
      problems.add(
          map.origin()
              .problem(
                  path,
                  "a distribution map needs `dist:` naming one of "
                      + String.join(", ", Dist.kindNames())));
      return null;
    }
    Dist.Kind kind = kind(distEntry.value(), path + ".dist");
    if (kind == null) {
      return null;
    }
    List<String> required = REQUIRED.get(kind);
    List<String> optional = OPTIONAL.get(kind);
    List<String> allowed = new ArrayList<>();
    allowed.add("dist");
    allowed.addAll(required);
    allowed.addAll(optional);
    boolean ok = true;
    for (Map.Entry<String, Entry> e : map.entries().entrySet()) {
      if (!allowed.contains(e.getKey())) {
        problems.add(
            e.getValue()
                .keyOrigin()
                .problem(
                    path + "." + e.getKey(),
                    UnknownKey.message(
                        e.getKey(),
                        allowed.subList(1, allowed.size()),
                        "a " + name(kind) + " distribution")));
        ok = false;
      }
    }
    for (String r : required) {
      if (!map.entries().containsKey(r)) {
        problems.add(
            map.origin()
                .problem(
                    path + "." + r,
                    "missing; a "
                        + name(kind)
                        + " distribution needs "
                        + String.join(" and ", required)));
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    return switch (kind) {
      case CONSTANT -> {
        Double c = num(map, "value", path, min, max);
        yield c == null ? null : Dist.constant(c);
      }
      case UNIFORM -> {
        Double lo = num(map, "min", path);
        Double hi = num(map, "max", path);
        yield lo == null || hi == null || !ordered(map, lo, hi, path) ? null : Dist.uniform(lo, hi);
      }
      case NORMAL, LOGNORMAL -> normalLike(kind, map, path);
      case BETA -> beta(map, path);
      case EMPIRICAL -> empirical(map, path, min, max);
    };
  }

  private Dist normalLike(Dist.Kind kind, YMap map, String path) {
    Double mean =
        kind == Dist.Kind.LOGNORMAL
            ? positive(map, "mean", path, "a lognormal mean")
            : num(map, "mean", path);
    Double sd = num(map, "sd", path, 0, Double.POSITIVE_INFINITY);
    Double lo = optionalNum(map, "min", path, Double.NEGATIVE_INFINITY);
    Double hi = optionalNum(map, "max", path, Double.POSITIVE_INFINITY);
    boolean rangeOk = lo != null && hi != null && ordered(map, lo, hi, path);
    if (mean == null || sd == null || !rangeOk) {
      return null;
    }
    return kind == Dist.Kind.NORMAL
        ? Dist.normal(mean, sd, lo, hi)
        : Dist.lognormal(mean, sd, lo, hi);
  }

  private Dist beta(YMap map, String path) {
    Double alpha = positive(map, "alpha", path, "alpha");
    Double beta = positive(map, "beta", path, "beta");
    boolean hasMin = map.entries().containsKey("min");
    boolean hasMax = map.entries().containsKey("max");
    if (hasMin != hasMax) {
      String given = hasMin ? "min" : "max";
      problems.add(
          map.entries()
              .get(given)
              .keyOrigin()
              .problem(
                  path + "." + given,
                  "a beta distribution is stretched to min-max only when both are given; give both or"
                      + " neither (0 to 1)"));
      return null;
    }
    Double lo = optionalNum(map, "min", path, Double.NEGATIVE_INFINITY);
    Double hi = optionalNum(map, "max", path, Double.POSITIVE_INFINITY);
    if (alpha == null || beta == null || lo == null || hi == null || !ordered(map, lo, hi, path)) {
      return null;
    }
    return Dist.beta(alpha, beta, lo, hi);
  }

  private Dist empirical(YMap map, String path, double min, double max) {
    double[] values = numbers(map, "values", path, min, max);
    double[] weights =
        map.entries().containsKey("weights")
            ? numbers(map, "weights", path, 0, Double.POSITIVE_INFINITY)
            : new double[0];
    if (values == null || weights == null) {
      return null;
    }
    if (values.length == 0) {
      problems.add(
          map.entries()
              .get("values")
              .keyOrigin()
              .problem(path + ".values", "is empty; list at least one value"));
      return null;
    }
    if (map.entries().containsKey("weights")) {
      Origin at = map.entries().get("weights").keyOrigin();
      if (weights.length != values.length) {
        problems.add(
            at.problem(
                path + ".weights",
                "has "
                    + weights.length
                    + " entries but "
                    + "values has "
                    + values.length
                    + "; give one weight per value, or none"));
        return null;
      }
      double sum = 0;
      for (double w : weights) {
        sum += w;
      }
      if (sum <= 0) {
        problems.add(
            at.problem(path + ".weights", "weights sum to 0; at least one must be " + "above 0"));
        return null;
      }
    }
    return Dist.empirical(values, weights);
  }

  private Dist.Kind kind(YamlValue v, String path) {
    List<String> names = Dist.kindNames();
    if (v instanceof YScalar s && names.contains(s.text().toLowerCase())) {
      return Dist.Kind.valueOf(s.text().toUpperCase());
    }
    String text = v instanceof YScalar s ? s.text() : "";
    String hint = Names.closest(text, names).map(n -> "; did you mean `" + n + "`?").orElse("");
    problems.add(
        v.origin()
            .problem(
                path,
                v.describe()
                    + " is not a distribution; use one of "
                    + String.join(", ", names)
                    + hint));
    return null;
  }

  private static String name(Dist.Kind k) {
    return k.name().toLowerCase();
  }

  private boolean ordered(YMap map, double lo, double hi, String path) {
    if (lo > hi) {
      problems.add(
          map.entries()
              .get("min")
              .keyOrigin()
              .problem(
                  path + ".min",
                  "min "
                      + RangeWords.number(lo)
                      + " is above max "
                      + RangeWords.number(hi)
                      + "; min must be at most max"));
      return false;
    }
    return true;
  }

  private Double num(YMap map, String key, String path) {
    return num(map, key, path, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  private Double num(YMap map, String key, String path, double min, double max) {
    return Scalars.number(map.entries().get(key).value(), path + "." + key, min, max, problems);
  }

  /** A number that must be strictly above 0 (a shape parameter or a lognormal mean). */
  private Double positive(YMap map, String key, String path, String what) {
    Double d = num(map, key, path);
    if (d != null && d <= 0) {
      problems.add(
          map.entries()
              .get(key)
              .value()
              .origin()
              .problem(
                  path + "." + key,
                  RangeWords.number(d) + " is not above 0; " + what + " must be above 0"));
      return null;
    }
    return d;
  }

  private Double optionalNum(YMap map, String key, String path, double absent) {
    return map.entries().containsKey(key) ? num(map, key, path) : Double.valueOf(absent);
  }

  private double[] numbers(YMap map, String key, String path, double min, double max) {
    YamlValue v = map.entries().get(key).value();
    if (!(v instanceof YList list)) {
      problems.add(
          v.origin()
              .problem(
                  path + "." + key,
                  "expected a list of numbers like " + "[1, 2, 5], got " + v.describe()));
      return null;
    }
    double[] out = new double[list.items().size()];
    boolean ok = true;
    for (int i = 0; i < out.length; i++) {
      Double d =
          Scalars.number(list.items().get(i), path + "." + key + "[" + i + "]", min, max, problems);
      if (d == null) {
        ok = false;
      } else {
        out[i] = d;
      }
    }
    return ok ? out : null;
  }
}
