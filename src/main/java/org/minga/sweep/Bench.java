package org.minga.sweep;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.minga.metrics.MetricsRecorder;
import org.minga.model.MingaModel;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ScenarioException;
import org.minga.scenario.ScenarioLoader;

/**
 * The benchmark behind {@code minga bench}: producer-steps per second on one thread at several
 * producer counts (the base scenario with only {@code producers.count} changed, metrics recorded
 * every step as in a real run), heap bytes per producer of a built model, and sweep throughput with
 * 1 and 2 threads.
 */
public final class Bench {
  /** Steps run before timing, so the JIT has compiled the step loop. */
  static final int WARM_UP_STEPS = 12;

  private Bench() {}

  /**
   * One timing of the step loop: {@code seconds} is the stepping thread's CPU time (what one core
   * delivers, even when other processes share the machine), {@code wallSeconds} the elapsed time;
   * {@code phaseSeconds} the CPU time of each phase (indexed by {@link org.minga.model.Phase}
   * ordering) when profiled, else null.
   */
  public record StepRate(
      int producers, int steps, double seconds, double wallSeconds, double[] phaseSeconds) {
    public double producerStepsPerSecond() {
      return (double) producers * steps / seconds;
    }

    public double nanosPerProducerStep() {
      return seconds * 1e9 / ((double) producers * steps);
    }

    /** CPU nanoseconds per producer-step spent in the phase with this ordering (profiled only). */
    public double phaseNanosPerProducerStep(int phase) {
      return phaseSeconds[phase] * 1e9 / ((double) producers * steps);
    }
  }

  /** Heap held by a started model. */
  public record Heap(int producers, long bytes) {
    public double bytesPerProducer() {
      return (double) bytes / producers;
    }
  }

  /** One sweep timing. */
  public record SweepRate(int threads, long runs, double seconds) {
    public double runsPerSecond() {
      return runs / seconds;
    }
  }

  static ModelInputs scaled(Path scenario, int producers) throws ScenarioException {
    return ScenarioLoader.load(scenario, List.of("producers.count=" + producers));
  }

  /**
   * Steps timed in every model: three whole years after the warm-up, the same months at every size.
   */
  static final int TIMED_STEPS = 36;

  /**
   * Times steps 12 to 47 (three whole years, so harvest and lean months and one round of yearly
   * decisions weigh as in a run) of fresh models until at least {@code minProducerSteps}
   * producer-steps were timed. Every size runs the same simulated months, so the cost per
   * producer-step compares across sizes. With {@code phases}, also the time of each phase.
   */
  public static StepRate stepRate(
      Path scenario, int producers, long minProducerSteps, boolean phases)
      throws ScenarioException {
    ModelInputs inputs = scaled(scenario, producers);
    int steps = Math.min(TIMED_STEPS, inputs.scenario().steps() - WARM_UP_STEPS);
    long perModel = (long) producers * steps;
    long models = Math.max(1, (minProducerSteps + perModel - 1) / perModel);
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = 0;
    long wall = 0;
    PhaseProfile profile = phases ? new PhaseProfile() : null;
    for (long r = 0; r < models; r++) {
      MingaModel model = new MingaModel(inputs);
      model.start();
      MetricsRecorder.attach(model);
      for (int i = 0; i < WARM_UP_STEPS; i++) {
        model.stepOnce();
      }
      model.setPhaseListener(profile);
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      if (profile != null) {
        profile.start();
      }
      for (int i = 0; i < steps; i++) {
        model.stepOnce();
        if (profile != null) {
          profile.endStep();
        }
      }
      wall += System.nanoTime() - t0;
      cpu += threads.getCurrentThreadCpuTime() - c0;
      model.finish();
    }
    double[] phaseSeconds = null;
    if (profile != null) {
      phaseSeconds = Arrays.stream(profile.nanos()).mapToDouble(n -> n / 1e9).toArray();
    }
    return new StepRate(producers, (int) (steps * models), cpu / 1e9, wall / 1e9, phaseSeconds);
  }

  /** Heap used by a started model of {@code producers} producers (after full collections). */
  public static Heap heap(Path scenario, int producers) throws ScenarioException {
    ModelInputs inputs = scaled(scenario, producers);
    long before = usedAfterGc();
    MingaModel model = new MingaModel(inputs);
    model.start();
    MetricsRecorder.attach(model);
    model.stepOnce(); // scratch arrays that grow on first use count too
    long after = usedAfterGc();
    long bytes = after - before;
    model.finish();
    return new Heap(producers, bytes);
  }

  private static long usedAfterGc() {
    MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return mem.getHeapMemoryUsage().getUsed();
  }

  /**
   * Runs the same small sweep ({@code runs} runs of the base scenario with {@code producers}
   * producers for {@code years} years) on {@code threads} threads, into a temporary directory.
   */
  public static SweepRate sweepRate(Path scenario, int threads, int runs, int producers, int years)
      throws ScenarioException, IOException {
    Path dir = Files.createTempDirectory("minga-bench");
    try {
      Path spec = dir.resolve("bench-sweep.yaml");
      Files.writeString(
          spec,
          "scenario: "
              + scenario.toAbsolutePath()
              + "\nseed: 7\n"
              + "steps: "
              + (12 * years)
              + "\nset: {producers.count: "
              + producers
              + "}\n"
              + "parameters:\n  prices.sigma: {min: 0.05, max: 0.3}\n"
              + "design: {type: random, samples: "
              + runs
              + "}\nmetrics: [gini]\n");
      SweepSpec s = SweepSpecReader.read(spec);
      SweepPlan plan = new SweepPlan(s);
      List<String> none = new ArrayList<>();
      try (RunJournal j =
          RunJournal.open(
              dir.resolve("runs.journal"),
              new JournalRows(plan, Shard.ALL),
              false,
              none,
              note -> {})) {
        long t0 = System.nanoTime();
        SweepRunner.run(plan, Shard.ALL, threads, j, java.util.Set.of(), x -> {});
        return new SweepRate(threads, runs, (System.nanoTime() - t0) / 1e9);
      }
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
