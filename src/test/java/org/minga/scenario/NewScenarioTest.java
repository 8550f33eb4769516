package org.minga.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code minga new}'s file: it extends the base (the repository's copy, a file, or copies beside
 * it), loads as the base does, names a schema that exists from where it is, and its commented
 * examples are valid keys once uncommented. Nothing is ever overwritten.
 */
class NewScenarioTest {
  private static final Optional<Path> REPOSITORY = Optional.of(Path.of("").toAbsolutePath());

  @TempDir Path dir;

  private static Path bundled(String name) {
    return BundledScenarios.find(name)
        .orElseThrow(
            () ->
                new AssertionError(
                    "not bundled: "
                        + name
                        + "; the build copies scenarios/ to target/classes/minga/scenarios"));
  }

  /** The schema the first line of {@code file} names, from the file's folder. */
  private static Path schemaOf(Path file) throws Exception {
    String first = Files.readAllLines(file).get(0);
    String prefix = ScenarioJsonSchema.editorLine("");
    assertTrue(first.startsWith(prefix), first);
    return file.toAbsolutePath().getParent().resolve(first.substring(prefix.length()));
  }

  /** The scenario without its name and description, which the new file sets. */
  private static Scenario unnamed(Scenario s) {
    return new Scenario(
        "x",
        "",
        s.seed(),
        s.years(),
        s.startYear(),
        s.assemblyMonth(),
        s.territory(),
        s.commodity(),
        s.prices(),
        s.producers(),
        s.intermediaries(),
        s.cooperatives(),
        s.firms(),
        s.policies(),
        s.events());
  }

  @Test
  void inTheRepositoryItExtendsTheRepositorysFileAndItsSchema() throws Exception {
    Path work = dir.resolve("work");
    NewScenario.Written w = NewScenario.write("my-run", bundled("baseline"), work, REPOSITORY);
    assertEquals(work.resolve("my-run.yaml"), w.file());
    assertEquals(List.of(), w.copied());
    assertEquals(
        Path.of("scenarios/baseline.yaml").toAbsolutePath(),
        work.resolve(w.base()).toAbsolutePath().normalize());
    assertEquals(
        Path.of("docs/scenario.schema.json").toAbsolutePath(), schemaOf(w.file()).normalize());

    Scenario mine = ScenarioLoader.load(w.file()).scenario();
    assertEquals("my-run", mine.name());
    assertEquals(
        unnamed(ScenarioLoader.load(Path.of("scenarios/baseline.yaml")).scenario()),
        unnamed(mine),
        "the same world until the student changes it");
  }

  @Test
  void theHeadersExamplesAreValidOnceUncommented() throws Exception {
    Path file = NewScenario.write("my-run", bundled("baseline"), dir, REPOSITORY).file();
    String text = Files.readString(file);
    String examples =
        text.lines()
            .filter(l -> l.startsWith("#   "))
            .map(l -> l.substring(4))
            .collect(Collectors.joining("\n", "", "\n"));
    assertTrue(examples.contains("shocks_add:"), examples);
    Files.writeString(file, text + examples);
    Scenario s = ScenarioLoader.load(file).scenario();
    assertEquals(7, s.seed());
    assertEquals(1000, s.producers().count());
    assertEquals(
        List.of(96, 48),
        s.prices().shocks().stream().map(ShockConfig::at).toList(),
        "the crash is added to the baseline's");
  }

  @Test
  void withTheJarAloneTheBaseItsChainAndItsDataAreCopiedBeside() throws Exception {
    NewScenario.Written w =
        NewScenario.write("history", bundled("peru-coffee-price-history"), dir, Optional.empty());
    assertEquals("peru-coffee-price-history.yaml", w.base());
    for (String copy :
        List.of(
            "peru-coffee-price-history.yaml",
            "peru-coffee-cooperatives.yaml",
            "data/coffee-price-1986-2012-stylised.csv",
            NewScenario.SCHEMA_COPY)) {
      assertTrue(w.copied().contains(dir.resolve(copy)), copy + " in " + w.copied());
    }
    assertEquals(dir.resolve(NewScenario.SCHEMA_COPY), schemaOf(w.file()));
    assertEquals(
        dir.resolve(NewScenario.SCHEMA_COPY),
        schemaOf(dir.resolve("peru-coffee-cooperatives.yaml")),
        "a copy leads to its schema");
    assertEquals(
        ScenarioJsonSchema.generate(), Files.readString(dir.resolve(NewScenario.SCHEMA_COPY)));

    ModelInputs mine = ScenarioLoader.load(w.file());
    ModelInputs original = ScenarioLoader.load(Path.of("scenarios/peru-coffee-price-history.yaml"));
    assertTrue(
        java.util.Arrays.equals(original.replayPrices(), mine.replayPrices()),
        "the copied data file is read");
    assertTrue(
        mine.scenario().prices().replay().file().startsWith(dir.toString()),
        "from the copy, not from the bundle");

    // A second variant beside it reuses the identical copies.
    assertEquals(
        List.of(),
        NewScenario.write("again", bundled("peru-coffee-price-history"), dir, Optional.empty())
            .copied());
  }

  @Test
  void aBaseFileIsExtendedByItsPathFromTheNewFile() throws Exception {
    Path base =
        Files.writeString(
            Files.createDirectories(dir.resolve("mine")).resolve("first.yaml"),
            "name: first\nyears: 3\n");
    NewScenario.Written w = NewScenario.write("second", base, dir.resolve("next"), REPOSITORY);
    assertEquals("../mine/first.yaml", w.base());
    assertEquals(3, ScenarioLoader.load(w.file()).scenario().years());
  }

  @Test
  void nothingIsOverwritten() throws Exception {
    Path mine = Files.writeString(dir.resolve("my-run.yaml"), "years: 3\n");
    NewScenario.Refused e =
        assertThrows(
            NewScenario.Refused.class,
            () -> NewScenario.write("my-run", bundled("baseline"), dir, REPOSITORY));
    assertTrue(e.getMessage().contains("my-run.yaml exists already"), e.getMessage());
    assertEquals("years: 3\n", Files.readString(mine));

    Path edited = Files.writeString(dir.resolve("baseline.yaml"), "years: 3\n");
    e =
        assertThrows(
            NewScenario.Refused.class,
            () -> NewScenario.write("other", bundled("baseline"), dir, Optional.empty()));
    assertTrue(
        e.getMessage().contains("baseline.yaml exists already and is not the copy"),
        e.getMessage());
    assertEquals("years: 3\n", Files.readString(edited));
    assertFalse(Files.exists(dir.resolve("other.yaml")), "refused before writing anything");
    assertFalse(Files.exists(dir.resolve(NewScenario.SCHEMA_COPY)));
  }
}
