package org.minga.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.minga.model.Phase;
import org.minga.sweep.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code minga bench}: the performance benchmark of docs/performance.md. Prints a table and writes
 * bench.json.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure producer-steps per second, heap per producer and sweep throughput.")
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--quick",
      description =
          "Smaller sizes and shorter timings (about a "
              + "minute less); no 1M-producer measurements.")
  boolean quick;

  @Option(
      names = "--scenario",
      paramLabel = "FILE",
      description = "Base scenario (default: " + "scenarios/baseline.yaml).")
  Path scenario = Path.of("scenarios", "baseline.yaml");

  @Option(
      names = "--sizes",
      paramLabel = "N",
      split = ",",
      description =
          "Producer counts "
              + "to time instead of the defaults (e.g. --sizes 100000,1000000); heap is measured at "
              + "the largest.")
  List<Integer> customSizes;

  @Option(names = "--no-sweep", description = "Skip the sweep throughput measurement.")
  boolean noSweep;

  @Option(
      names = "--phases",
      description =
          "Also time each phase of the step (CPU ns per "
              + "producer-step; the clock is read between phases, which costs well under a microsecond).")
  boolean phases;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the results " + "(default: bench.json).")
  Path out = Path.of("bench.json");

  @Override
  public Integer call() throws Exception {
    PrintWriter w = spec.commandLine().getOut();
    List<Integer> sizes =
        customSizes != null
            ? customSizes
            : quick ? List.of(1_000, 10_000, 100_000) : List.of(1_000, 10_000, 100_000, 1_000_000);
    if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 10 || n > 50_000_000)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "Invalid value for " + "option '--sizes': give producer counts from 10 to 50000000");
    }
    long minWork = quick ? 5_000_000L : 30_000_000L;
    JsonObject json = new JsonObject();
    json.addProperty("minga_version", MingaVersion.current());
    json.addProperty("java", System.getProperty("java.version"));
    json.addProperty("cores", Runtime.getRuntime().availableProcessors());
    json.addProperty("max_heap_bytes", Runtime.getRuntime().maxMemory());
    json.addProperty("quick", quick);
    w.printf(
        Locale.ROOT,
        "%-12s %8s %10s %10s %18s %12s%n",
        "producers",
        "steps",
        "cpu s",
        "wall s",
        "producer-steps/s",
        "ns/p-step");
    JsonArray rates = new JsonArray();
    // A first, unreported pass warms the JIT on the small model.
    Bench.stepRate(scenario, 1_000, 2_000_000L, false);
    List<Bench.StepRate> measured = new ArrayList<>();
    for (int n : sizes) {
      Bench.StepRate r = Bench.stepRate(scenario, n, minWork, phases);
      measured.add(r);
      w.printf(
          Locale.ROOT,
          "%-12d %8d %10.3f %10.3f %18.0f %12.1f%n",
          n,
          r.steps(),
          r.seconds(),
          r.wallSeconds(),
          r.producerStepsPerSecond(),
          r.nanosPerProducerStep());
      w.flush();
      JsonObject o = new JsonObject();
      o.addProperty("producers", n);
      o.addProperty("steps", r.steps());
      o.addProperty("cpu_seconds", r.seconds());
      o.addProperty("wall_seconds", r.wallSeconds());
      o.addProperty("producer_steps_per_second", r.producerStepsPerSecond());
      o.addProperty("nanos_per_producer_step", r.nanosPerProducerStep());
      if (phases) {
        JsonObject byPhase = new JsonObject();
        for (int ph = 0; ph < Phase.COUNT; ph++) {
          byPhase.addProperty(Phase.name(ph), r.phaseNanosPerProducerStep(ph));
        }
        o.add("phase_nanos_per_producer_step", byPhase);
      }
      rates.add(o);
    }
    json.add("step_rates", rates);
    if (phases) {
      printPhases(w, measured);
    }
    int heapSize = sizes.get(sizes.size() - 1);
    Bench.Heap h = Bench.heap(scenario, heapSize);
    w.printf(
        Locale.ROOT,
        "heap: %.0f bytes per producer at %d producers%n",
        h.bytesPerProducer(),
        heapSize);
    JsonObject heap = new JsonObject();
    heap.addProperty("producers", heapSize);
    heap.addProperty("bytes", h.bytes());
    heap.addProperty("bytes_per_producer", h.bytesPerProducer());
    json.add("heap", heap);
    if (noSweep) {
      write(json);
      w.println("wrote " + out);
      return ExitCodes.OK;
    }
    // Whole baseline runs (2,000 producers, 20 years); each thread count timed twice,
    // alternating, keeping the faster: other processes on the machine only ever slow a timing.
    int runs = quick ? 8 : 32;
    int years = quick ? 5 : 20;
    JsonArray sweeps = new JsonArray();
    // Warm-up: each run loads a scenario and builds a world, code the JIT keeps compiling for
    // many runs; timed before it settles, the compiler thread would take the second core.
    Bench.sweepRate(scenario, 2, 2 * runs, 2_000, years);
    Bench.SweepRate[] best = new Bench.SweepRate[3];
    for (int round = 0; round < 2; round++) {
      for (int threads : List.of(1, 2)) {
        Bench.SweepRate s = Bench.sweepRate(scenario, threads, runs, 2_000, years);
        if (best[threads] == null || s.seconds() < best[threads].seconds()) {
          best[threads] = s;
        }
      }
    }
    for (int threads : List.of(1, 2)) {
      Bench.SweepRate s = best[threads];
      w.printf(
          Locale.ROOT,
          "sweep: %d runs of %d years on %d thread(s) in %.2f s = %.2f runs/s" + "%s%n",
          s.runs(),
          years,
          threads,
          s.seconds(),
          s.runsPerSecond(),
          threads == 1
              ? ""
              : String.format(
                  Locale.ROOT, " (speedup %.2fx)", s.runsPerSecond() / best[1].runsPerSecond()));
      JsonObject o = new JsonObject();
      o.addProperty("threads", threads);
      o.addProperty("runs", s.runs());
      o.addProperty("producers", 2_000);
      o.addProperty("years", years);
      o.addProperty("seconds", s.seconds());
      o.addProperty("runs_per_second", s.runsPerSecond());
      sweeps.add(o);
    }
    json.add("sweep", sweeps);
    write(json);
    w.println("wrote " + out);
    return ExitCodes.OK;
  }

  /** One row per size: CPU ns per producer-step in each phase. */
  private static void printPhases(PrintWriter w, List<Bench.StepRate> rates) {
    w.println("CPU ns per producer-step by phase:");
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-12s", "producers"));
    for (int ph = 0; ph < Phase.COUNT; ph++) {
      head.append(String.format(Locale.ROOT, " %9s", Phase.label(ph)));
    }
    w.println(head);
    for (Bench.StepRate r : rates) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-12d", r.producers()));
      for (int ph = 0; ph < Phase.COUNT; ph++) {
        row.append(String.format(Locale.ROOT, " %9.1f", r.phaseNanosPerProducerStep(ph)));
      }
      w.println(row);
    }
    w.flush();
  }

  private void write(JsonObject json) {
    try {
      Files.writeString(out, new GsonBuilder().setPrettyPrinting().create().toJson(json) + "\n");
    } catch (IOException e) {
      throw new CliFailure(
          ExitCodes.FAILURE, "cannot write " + out + ": " + IoMessages.describe(e), e);
    }
  }
}
