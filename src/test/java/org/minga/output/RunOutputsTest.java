package org.minga.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.metrics.StepObserver;
import org.minga.metrics.TrackedSample;

class RunOutputsTest {
  private static final String YAML = "name: test\nseed: 7\nproducers:\n  count: 10\n";

  @TempDir Path dir;

  @Test
  void completedRunWritesTheFourFilesAndNoTempFiles() throws IOException {
    Path out = dir.resolve("a/b");
    runSteps(out, 3, -1);
    for (String name : RunOutputs.FILE_NAMES) {
      assertTrue(Files.isRegularFile(out.resolve(name)), name);
    }
    assertEquals(List.of(), tempFiles(out));
    assertEquals(4, Files.readAllLines(out.resolve(TimeseriesCsv.FILE_NAME)).size());
    assertEquals(YAML, Files.readString(out.resolve(RunOutputs.RESOLVED_SCENARIO)));
  }

  @Test
  void failedRunLeavesThePreviousOutputsIntactAndNoTempFiles() throws IOException {
    runSteps(dir, 12, -1);
    byte[] before = Files.readAllBytes(dir.resolve(TimeseriesCsv.FILE_NAME));
    byte[] trackedBefore = Files.readAllBytes(dir.resolve(TrackedCsv.FILE_NAME));
    byte[] summaryBefore = Files.readAllBytes(dir.resolve(SummaryJson.FILE_NAME));

    IllegalStateException failure =
        assertThrows(IllegalStateException.class, () -> runSteps(dir, 12, 5));
    assertEquals("observer failed at step 5", failure.getMessage());

    assertArrayEquals(before, Files.readAllBytes(dir.resolve(TimeseriesCsv.FILE_NAME)));
    assertArrayEquals(trackedBefore, Files.readAllBytes(dir.resolve(TrackedCsv.FILE_NAME)));
    assertArrayEquals(summaryBefore, Files.readAllBytes(dir.resolve(SummaryJson.FILE_NAME)));
    assertEquals(List.of(), tempFiles(dir));
  }

  @Test
  void filesGrowUnderTemporaryNamesUntilCompleted() throws IOException {
    try (RunOutputs outputs = RunOutputs.open(dir)) {
      feed(outputs.observers(), 0, -1);
      // timeseries.csv, tracked.csv and households.csv grow during the run.
      assertEquals(3, outputs.tempFiles().size());
      assertFalse(Files.exists(dir.resolve(TimeseriesCsv.FILE_NAME)));
      assertEquals(3, tempFiles(dir).size());
    }
    assertEquals(List.of(), tempFiles(dir));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(0, files.count(), "an abandoned run leaves nothing behind");
    }
  }

  @Test
  void withoutHouseholdsTheRunWritesTheOtherFilesOnly() throws IOException {
    try (RunOutputs outputs = RunOutputs.open(dir, false)) {
      assertEquals(null, outputs.households());
      assertFalse(outputs.fileNames().contains(HouseholdsCsv.FILE_NAME));
      feed(outputs.observers(), 0, -1);
      outputs.observers().forEach(StepObserver::onFinish);
      outputs.complete(new RunInfo("test", "test", "test.yaml", 7, 1, 10, 0.5), YAML);
      for (String name : outputs.fileNames()) {
        assertTrue(Files.isRegularFile(dir.resolve(name)), name);
      }
    }
    assertFalse(Files.exists(dir.resolve(HouseholdsCsv.FILE_NAME)));
    assertEquals(List.of(), tempFiles(dir));
  }

  /** Runs {@code steps} synthetic steps; an observer throws at {@code failAt} (-1: never). */
  private static void runSteps(Path out, int steps, int failAt) throws IOException {
    try (RunOutputs outputs = RunOutputs.open(out)) {
      for (int step = 0; step < steps; step++) {
        feed(outputs.observers(), step, failAt);
      }
      outputs.observers().forEach(StepObserver::onFinish);
      outputs.complete(new RunInfo("test", "test", "test.yaml", 7, steps, 10, 0.5), YAML);
    }
  }

  private static void feed(List<StepObserver> observers, int step, int failAt) {
    if (step == failAt) {
      throw new IllegalStateException("observer failed at step " + step);
    }
    TrackedSample tracked = Samples.tracked(2);
    for (StepObserver o : observers) {
      o.onStep(step, Samples.values(step), tracked);
    }
  }

  static List<Path> tempFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(StagedOutputs.TEMP_SUFFIX))
          .toList();
    }
  }
}
