package org.minga.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The bundled scenarios run by name from anywhere ({@code minga run baseline}, sweeps and
 * comparisons too), with outputs that say where they came from and run again; {@code minga
 * scenarios} lists them; {@code minga new} starts a scenario of one's own from one. Also from a
 * jar, in a separate program.
 */
class BundledScenariosTest {
  private static final String REPLAYED = "peru-coffee-price-history";
  private static final String DATA = "bundled:data/coffee-price-1986-2012-stylised.csv";

  @TempDir Path dir;

  /** The names of scenarios/*.yaml, sorted. */
  private static List<String> repositoryNames() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .map(n -> n.substring(0, n.length() - 5))
          .sorted()
          .toList();
    }
  }

  private static Cli.Result ok(Cli.Result r) {
    assertEquals(0, r.exit(), r::toString);
    return r;
  }

  private Cli.Result run(String scenario, Path out) {
    return ok(
        Cli.run(
            "run", scenario, "--steps", "12", "--no-charts", "--quiet", "--out", out.toString()));
  }

  @Test
  void aBundledScenarioRunsByNameAndItsOutputsSayWhereItCameFrom() throws IOException {
    // The tests run in the repository, where `baseline` is no file: the bundled one runs.
    Path out = dir.resolve("out");
    run("baseline", out);
    assertTrue(
        Files.readString(out.resolve("summary.json"))
            .contains("\"source_file\": \"bundled:baseline.yaml\""));
    Path again = dir.resolve("again");
    run(out.resolve("scenario.resolved.yaml").toString(), again);
    assertEquals(
        Files.readString(out.resolve("timeseries.csv")),
        Files.readString(again.resolve("timeseries.csv")),
        "the resolved scenario repeats it");

    Path replayed = dir.resolve("replayed");
    run(REPLAYED + ".yaml", replayed);
    assertTrue(
        Files.readString(replayed.resolve("scenario.resolved.yaml")).contains(DATA),
        "its data file is named as bundled, so the resolved scenario runs anywhere");
    run(replayed.resolve("scenario.resolved.yaml").toString(), dir.resolve("replayed-again"));
    assertEquals(
        Files.readString(replayed.resolve("timeseries.csv")),
        Files.readString(dir.resolve("replayed-again/timeseries.csv")));

    Cli.Result v = ok(Cli.run("validate", "bundled:baseline.yaml"));
    assertTrue(v.out().startsWith("OK: bundled:baseline.yaml is valid"), v::toString);
  }

  @Test
  void aNameThatIsNeitherAFileNorBundledListsTheBundledOnes() throws IOException {
    Cli.Result r = Cli.run("run", "baselin");
    assertEquals(2, r.exit(), r::toString);
    assertEquals(
        "minga: no file `baselin` and no bundled scenario of that name (did you mean "
            + "`baseline`?); bundled: "
            + String.join(", ", repositoryNames())
            + "\n",
        r.err());

    Path missing = dir.resolve("scenarios/baseline.yaml");
    r = Cli.run("validate", missing.toString());
    assertEquals(2, r.exit(), r::toString);
    assertTrue(
        r.err()
            .contains(
                "no file "
                    + missing
                    + " ("
                    + missing
                    + "); the bundled "
                    + "scenario of that name runs from any directory as `baseline`"),
        r::toString);
  }

  @Test
  void scenariosListsEachWithItsDescription() throws IOException {
    String out = ok(Cli.run("scenarios")).out();
    for (String name : repositoryNames()) {
      Map<?, ?> yaml = new Yaml().load(Files.readString(Path.of("scenarios", name + ".yaml")));
      String description = (String) yaml.get("description");
      assertTrue(description != null && !description.isBlank(), name + " has a description");
      assertTrue(
          out.lines().anyMatch(l -> l.matches("  " + name + " +\\Q" + description + "\\E")),
          name + " with its description in:\n" + out);
    }
  }

  @Test
  void newWritesAScenarioThatValidatesRunsAndIsNeverOverwritten() throws IOException {
    Path work = dir.resolve("work");
    Cli.Result r = ok(Cli.run("new", "my-run", "--from", "baseline", "--dir", work.toString()));
    Path mine = work.resolve("my-run.yaml");
    assertTrue(r.out().contains("Wrote " + mine), r::toString);
    ok(Cli.run("validate", mine.toString()));
    run(mine.toString(), dir.resolve("out"));
    String written = Files.readString(mine);

    r = Cli.run("new", "my-run", "--dir", work.toString());
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("my-run.yaml exists already"), r::toString);
    assertEquals(written, Files.readString(mine), "untouched");
    r = Cli.run("new", "my run", "--dir", work.toString());
    assertEquals(2, r.exit(), r::toString);
    assertTrue(r.err().contains("Invalid name 'my run'"), r::toString);
  }

  @Test
  void aSweepTakesABundledScenarioByNameAndResumesOnIt() throws IOException {
    Path sweep =
        Files.writeString(
            dir.resolve("s.yaml"),
            """
        name: by-name
        scenario: baseline
        steps: 12
        set: {producers.count: 200}
        parameters:
          prices.sigma: {values: [0.03, 0.06]}
        metrics:
          - {metric: cohesion, stat: final}
        """);
    Path out = dir.resolve("sweep");
    ok(Cli.run("sweep", sweep.toString(), "--out", out.toString(), "--threads", "1"));
    String json = Files.readString(out.resolve("sweep.json"));
    assertTrue(json.contains("\"path\": \"bundled:baseline.yaml\""), json);
    ok(Cli.run("sweep", sweep.toString(), "--out", out.toString(), "--resume"));
    ok(Cli.run("run", "--from-sweep", out.toString(), "--run", "1", "--quiet", "--no-charts"));
  }

  @Test
  void compareTakesBundledScenariosByName() throws IOException {
    Path out = dir.resolve("cmp");
    ok(
        Cli.run(
            "compare",
            "baseline",
            "--variant-set",
            "prices.sigma=0.1",
            "--replicates",
            "2",
            "--steps",
            "12",
            "--threads",
            "1",
            "--quiet",
            "--out",
            out.toString()));
    assertTrue(
        Files.readString(out.resolve("compare.md")).contains("- Base: `bundled:baseline.yaml`"));
  }

  /**
   * From a jar of its own (outside any repository, like an installed one), in another program: the
   * scenarios are read from the jar, with the files they extend and their data, also by a sweep,
   * and {@code new} copies the base out of it.
   */
  @Test
  void fromAJarOnItsOwn() throws Exception {
    Path jar = dir.resolve("lib/minga.jar");
    Files.createDirectories(jar.getParent());
    Path classes = Path.of("target/classes");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String entry = classes.relativize(f).toString().replace(File.separatorChar, '/');
        byte[] bytes = Files.readAllBytes(f);
        if (entry.equals("minga/scenarios/baseline.yaml")) {
          // Marks the jar's copy, to tell it from the classes' one.
          bytes =
              new String(bytes, StandardCharsets.UTF_8)
                  .replaceFirst("(?m)^description: .*", "description: read from the jar")
                  .getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    Path work = Files.createDirectories(dir.resolve("work"));

    assertTrue(java(jar, work, "scenarios").contains("read from the jar"));
    java(jar, work, "run", REPLAYED, "--steps", "12", "--no-charts", "--quiet");
    Path out = work.resolve("out").resolve(REPLAYED);
    assertTrue(
        Files.readString(out.resolve("summary.json"))
            .contains("\"source_file\": \"bundled:" + REPLAYED + ".yaml\""));
    assertTrue(Files.readString(out.resolve("scenario.resolved.yaml")).contains(DATA));

    // A sweep over a file that extends a bundled scenario records it by name, and resumes.
    Files.writeString(work.resolve("v.yaml"), "extends: bundled:baseline.yaml\n");
    Files.writeString(
        work.resolve("s.yaml"),
        "scenario: v.yaml\nsteps: 12\nset: "
            + "{producers.count: 200}\nparameters: {prices.sigma: {values: [0.03]}}\nmetrics: "
            + "[{metric: cohesion, stat: final}]\n");
    java(jar, work, "sweep", "s.yaml", "--out", "sweep", "--threads", "1");
    assertTrue(
        Files.readString(work.resolve("sweep/sweep.json"))
            .contains("\"path\": \"bundled:baseline.yaml\""));
    java(jar, work, "sweep", "s.yaml", "--out", "sweep", "--resume");

    assertTrue(java(jar, work, "new", "mine").contains("Copied beside it: baseline.yaml"));
    assertTrue(Files.readString(work.resolve("baseline.yaml")).contains("read from the jar"));
    assertTrue(
        java(jar, work, "validate", "baseline").startsWith("OK: baseline.yaml is valid"),
        "a file here comes before the bundled scenario of its name");
    run(work.resolve("mine.yaml").toString(), dir.resolve("mine-out"));
  }

  /** Runs minga from {@code jar} (its dependencies from the test's class path) in {@code cwd}. */
  private static String java(Path jar, Path cwd, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                jar + File.pathSeparator + System.getProperty("java.class.path"),
                "-Djava.awt.headless=true",
                Main.class.getName()));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true).start();
    try (OutputStream in = p.getOutputStream()) {
      // nothing to say to it
    }
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), () -> String.join(" ", args) + ":\n" + output);
    return output;
  }
}
