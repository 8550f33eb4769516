package org.minga.sweep;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.ScenarioLoader;

/**
 * How big each design point's runs are, in producers and steps: a run's cost grows with their
 * product, so a dry run scales its pilot's times by it. Loading the scenario for every point could
 * take longer than some sweeps, so the base scenario (with the fixed set) is loaded once and only
 * the two keys that change the size are read per point: {@code producers.count} (its value is the
 * count, unless a territory file gives the producers) and {@code years} (loaded once per distinct
 * value).
 */
final class RunSizes {
  static final String PRODUCERS = "producers.count";
  static final String YEARS = "years";

  private final SweepPlan plan;
  private final int[] producers;
  private final int[] steps;

  RunSizes(SweepPlan plan) throws ScenarioException {
    this.plan = plan;
    SweepSpec spec = plan.spec();
    ModelInputs base = ScenarioLoader.load(spec.scenario(), spec.fixed());
    boolean fromTable = base.producerTable() != null;
    int baseProducers =
        fromTable ? base.producerTable().size() : base.scenario().producers().count();
    List<SweepParameter> params = spec.parameters();
    Map<String, Integer> stepsByYears = new HashMap<>();
    producers = new int[plan.points()];
    steps = new int[plan.points()];
    for (int p = 0; p < plan.points(); p++) {
      producers[p] = baseProducers;
      steps[p] = SweepRun.steps(spec, base.scenario().steps());
      String[] values = plan.valuesAt(p);
      for (int j = 0; j < values.length; j++) {
        String key = params.get(j).key();
        if (key.equals(PRODUCERS) && !fromTable) {
          producers[p] = (int) Math.round(Double.parseDouble(values[j]));
        } else if (key.equals(YEARS)) {
          steps[p] = stepsByYears.computeIfAbsent(values[j], y -> horizon(spec, y));
        }
      }
    }
  }

  private static int horizon(SweepSpec spec, String years) {
    try {
      List<String> sets = new java.util.ArrayList<>(spec.fixed());
      sets.add(YEARS + "=" + years);
      return SweepRun.steps(spec, ScenarioLoader.loadScenario(spec.scenario(), sets).steps());
    } catch (ScenarioException e) { // the sweep file's reader checked every level already
      throw new IllegalStateException(e);
    }
  }

  private int producers(long run) {
    return producers[plan.pointOf(run)];
  }

  private int steps(long run) {
    return steps[plan.pointOf(run)];
  }

  /** The producer-steps of all runs of {@code shard}. */
  double producerSteps(Shard shard) {
    double sum = 0;
    for (long run = shard.index() - 1; run < plan.runs(); run += shard.count()) {
      sum += (double) producers(run) * steps(run);
    }
    return sum;
  }
}
