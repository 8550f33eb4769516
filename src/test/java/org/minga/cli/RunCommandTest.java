package org.minga.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.metrics.Metrics;
import org.minga.metrics.StepObserver;
import org.minga.metrics.TrackedSample;
import org.minga.model.InvariantViolation;
import org.minga.output.RunOutputs;
import org.minga.output.TimeseriesCsv;
import org.minga.output.TrackedCsv;
import org.minga.scenario.ModelInputs;
import org.minga.scenario.ScenarioLoader;

/** {@code minga run} end to end on a small scenario (meaningful once the real model is in). */
class RunCommandTest {
  private static final int YEARS = 2;
  private static final int TRACKED = 5;
  private static final String SMALL =
      "name: small\nseed: 11\nyears: "
          + YEARS
          + "\n"
          + "producers:\n  count: 200\n  tracked: "
          + TRACKED
          + "\n";

  @TempDir Path dir;

  @Test
  void writesTheFourFilesWithOneRowPerStep() throws IOException {
    Path out = dir.resolve("out");
    Cli.Result r = Cli.run("run", scenario().toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().contains("Ran scenario 'small'"), r::toString);
    for (String name : RunOutputs.FILE_NAMES) {
      assertTrue(Files.isRegularFile(out.resolve(name)), name);
    }

    List<String> series = Files.readAllLines(out.resolve(TimeseriesCsv.FILE_NAME));
    assertEquals(String.join(",", Metrics.names()), series.get(0));
    assertEquals(1 + YEARS * 12, series.size(), "header plus one row per step");
    for (int step = 0; step < YEARS * 12; step++) {
      String[] row = series.get(step + 1).split(",", -1);
      assertEquals(Metrics.ALL.size(), row.length);
      assertEquals(Integer.toString(step), row[0]);
    }

    List<String> tracked = Files.readAllLines(out.resolve(TrackedCsv.FILE_NAME));
    assertEquals(String.join(",", TrackedCsv.COLUMNS), tracked.get(0));
    assertEquals(1 + TRACKED * YEARS * 12, tracked.size(), "header plus tracked x steps rows");
    assertTrue(Files.readString(out.resolve("summary.json")).contains("\"seed\": 11"));
  }

  @Test
  void stepsAndSeedShorthands() throws IOException {
    Path out = dir.resolve("out");
    Cli.Result r =
        Cli.run(
            "run",
            scenario().toString(),
            "--out",
            out.toString(),
            "--steps",
            "5",
            "--seed",
            "99",
            "--quiet");
    assertEquals(0, r.exit(), r::toString);
    assertEquals("", r.out(), "--quiet prints no summary");
    assertEquals(6, Files.readAllLines(out.resolve(TimeseriesCsv.FILE_NAME)).size());
    assertTrue(Files.readString(out.resolve(RunOutputs.RESOLVED_SCENARIO)).contains("seed: 99"));
  }

  @Test
  void stepsBeyondTheHorizonIsBadInputAndTouchesNothing() throws IOException {
    Path out = dir.resolve("out");
    Cli.Result r =
        Cli.run(
            "run",
            scenario().toString(),
            "--out",
            out.toString(),
            "--steps",
            Integer.toString(YEARS * 12 + 1));
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("--steps") && r.err().contains("years"), r::toString);
    assertFalse(Files.exists(out), "no output directory before the run can start");
    assertEquals(2, Cli.run("run", scenario().toString(), "--steps", "0").exit());
  }

  @Test
  void outputPathThatIsAFileIsBadInput() throws IOException {
    Path file = dir.resolve("taken");
    Files.writeString(file, "not a directory");
    Cli.Result r = Cli.run("run", scenario().toString(), "--out", file.toString());
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("not a directory"), r::toString);
    MainTest.assertNoStackTrace(r);
  }

  @Test
  void invalidScenarioTouchesNoOutputs() throws IOException {
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve(TimeseriesCsv.FILE_NAME), "previous");
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "name: bad\nyears: 0\n");
    Cli.Result r = Cli.run("run", bad.toString(), "--out", out.toString());
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains(bad + ":2:"), r::toString);
    MainTest.assertNoStackTrace(r);
    assertEquals("previous", Files.readString(out.resolve(TimeseriesCsv.FILE_NAME)));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void sameScenarioAndSeedGiveIdenticalBytesAndAnotherSeedDoesNot() throws IOException {
    Path scenario = scenario();
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Path c = dir.resolve("c");
    assertEquals(0, Cli.run("run", scenario.toString(), "--out", a.toString(), "--quiet").exit());
    assertEquals(0, Cli.run("run", scenario.toString(), "--out", b.toString(), "--quiet").exit());
    assertEquals(
        0,
        Cli.run("run", scenario.toString(), "--out", c.toString(), "--quiet", "--seed", "12")
            .exit());
    for (String file : List.of(TimeseriesCsv.FILE_NAME, TrackedCsv.FILE_NAME)) {
      byte[] first = Files.readAllBytes(a.resolve(file));
      assertArrayEquals(first, Files.readAllBytes(b.resolve(file)), file);
      assertFalse(
          Arrays.equals(first, Files.readAllBytes(c.resolve(file))),
          file + " must depend on the seed");
    }
  }

  @Test
  void failureMidRunKeepsThePreviousOutputs() throws Exception {
    Path out = dir.resolve("out");
    // --no-charts: this test counts the data files (charts are covered by ChartCommandTest).
    assertEquals(
        0,
        Cli.run("run", scenario().toString(), "--out", out.toString(), "--quiet", "--no-charts")
            .exit());
    byte[] before = Files.readAllBytes(out.resolve(TimeseriesCsv.FILE_NAME));

    ModelInputs inputs = ScenarioLoader.load(scenario(), List.of());
    CliFailure failure =
        assertThrows(
            CliFailure.class,
            () -> {
              try (RunOutputs outputs = RunOutputs.open(out)) {
                List<StepObserver> observers = new ArrayList<>(outputs.observers());
                observers.add(new FailAt(5));
                ModelRun.run(inputs, YEARS * 12, false, observers);
                outputs.complete(null, "");
              }
            });
    assertEquals(ExitCodes.INVARIANT_VIOLATION, failure.exitCode());
    assertTrue(failure.getMessage().contains("at step 5"), failure.getMessage());
    assertArrayEquals(before, Files.readAllBytes(out.resolve(TimeseriesCsv.FILE_NAME)));
    try (Stream<Path> files = Files.list(out)) {
      // The run's outputs and the lock file it held (kept: see DirectoryLock).
      assertEquals(
          RunOutputs.FILE_NAMES.size(),
          files
              .filter(f -> !f.getFileName().toString().equals(org.minga.sweep.SweepLock.LOCK))
              .count(),
          "no temporary files remain");
    }
  }

  @Test
  void invariantViolationExitsWithStatusThreeAndItsOwnMessage() throws Exception {
    ModelInputs inputs = ScenarioLoader.load(scenario(), List.of());
    StepObserver breaksAtStep3 =
        (step, values, tracked) -> {
          if (step == 3) {
            throw new InvariantViolation(step, "volume not conserved");
          }
        };
    CliFailure failure =
        assertThrows(
            CliFailure.class, () -> ModelRun.run(inputs, YEARS * 12, true, List.of(breaksAtStep3)));
    assertEquals(ExitCodes.INVARIANT_VIOLATION, failure.exitCode());
    assertEquals("invariant broken at step 3: volume not conserved", failure.getMessage());
  }

  /** An observer that fails at one step, standing in for any failure inside a run. */
  private record FailAt(int step) implements StepObserver {
    @Override
    public void onStep(int at, double[] values, TrackedSample tracked) {
      if (at == step) {
        throw new IllegalStateException("simulated failure");
      }
    }
  }

  private Path scenario() throws IOException {
    Path file = dir.resolve("small.yaml");
    Files.writeString(file, SMALL);
    return file;
  }
}
