package org.minga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line handling: help, version, usage errors and exit statuses. */
class MainTest {
  @TempDir Path dir;

  @Test
  void versionPrintsMingaAndTheVersion() {
    Cli.Result r = Cli.run("--version");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().matches("Minga \\S+\\R"), r::toString);
  }

  @Test
  void helpListsTheSubcommands() {
    Cli.Result r = Cli.run("--help");
    assertEquals(0, r.exit(), r::toString);
    for (String command : new String[] {"run", "validate", "describe"}) {
      assertTrue(r.out().contains(command), r::toString);
    }
    assertEquals(0, Cli.run("run", "--help").exit());
  }

  @Test
  void everyHelpTextIsPrintedWithoutFormatWarnings() {
    // picocli reads descriptions as format strings: a bare "95%" makes it warn on stderr.
    java.util.List<String> names =
        new java.util.ArrayList<>(Main.commandLine().getSubcommands().keySet());
    names.add(0, "--help");
    for (String name : names) {
      Cli.Result r = name.startsWith("--") ? Cli.run(name) : Cli.run(name, "--help");
      assertEquals(0, r.exit(), r::toString);
      assertFalse(r.err().contains("WARN") || r.out().contains("WARN"), r::toString);
    }
  }

  @Test
  void noSubcommandIsAUsageError() {
    assertUsageError(Cli.run(), "Missing command");
  }

  @Test
  void unknownSubcommandIsAUsageError() {
    assertUsageError(Cli.run("frobnicate"), "'frobnicate'");
  }

  @Test
  void unknownOptionIsAUsageError() throws Exception {
    assertUsageError(Cli.run("run", "--bogus", scenario("name: x\n").toString()), "'--bogus'");
  }

  @Test
  void nonNumericStepsIsAUsageError() throws Exception {
    assertUsageError(
        Cli.run("run", "--steps", "abc", scenario("name: x\n").toString()), "'--steps'");
  }

  @Test
  void setWithoutEqualsIsAUsageError() throws Exception {
    assertUsageError(
        Cli.run("run", "--set", "producers.count", scenario("name: x\n").toString()), "'--set'");
  }

  @Test
  void validateReportsFileLineAndColumn() throws Exception {
    Path bad = scenario("name: bad\nyears: abc\nproducers:\n  coutn: 5\n");
    Cli.Result r = Cli.run("validate", bad.toString());
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains(bad + ":2:8"), r::toString);
    assertTrue(r.err().contains(bad + ":4:3"), r::toString);
    assertNoStackTrace(r);
  }

  @Test
  void validateAcceptsAGoodFile() throws Exception {
    Path good = scenario("name: good\nyears: 2\n");
    Cli.Result r = Cli.run("validate", good.toString(), "--set", "producers.count=300");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().startsWith("OK: " + good + " is valid"), r::toString);
  }

  @Test
  void validateReportsBadOverrides() throws Exception {
    Cli.Result r =
        Cli.run("validate", scenario("name: x\n").toString(), "--set", "producers.coutn=5");
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("--set producers.coutn=5"), r::toString);
    assertNoStackTrace(r);
  }

  @Test
  void missingScenarioFileIsBadInput() {
    Cli.Result r = Cli.run("validate", dir.resolve("nowhere.yaml").toString());
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("nowhere.yaml"), r::toString);
    assertNoStackTrace(r);
  }

  @Test
  void describePrintsAKeyAndRejectsUnknownOnes() {
    Cli.Result r = Cli.run("describe", "producers.count");
    assertEquals(0, r.exit(), r::toString);
    assertTrue(r.out().contains("producers.count"), r::toString);

    Cli.Result unknown = Cli.run("describe", "producers.coutn");
    assertEquals(2, unknown.exit(), unknown::toString);
    assertTrue(unknown.err().contains("producers.count"), "did you mean: " + unknown);
    assertNoStackTrace(unknown);
  }

  @Test
  void defaultOutputDirectoryIsNamedAfterTheScenarioFile() {
    assertEquals(
        Path.of("out", "baseline"),
        RunCommand.defaultOutputDirectory(Path.of("scenarios/baseline.yaml")));
    assertEquals(Path.of("out", "x.y"), RunCommand.defaultOutputDirectory(Path.of("x.y.yml")));
  }

  private Path scenario(String yaml) throws Exception {
    Path file = dir.resolve("scenario.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  private static void assertUsageError(Cli.Result r, String named) {
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains(named), r::toString);
    assertNoStackTrace(r);
  }

  static void assertNoStackTrace(Cli.Result r) {
    assertFalse(r.err().contains("\tat "), r::toString);
    assertFalse(r.err().contains("Exception"), r::toString);
  }
}
