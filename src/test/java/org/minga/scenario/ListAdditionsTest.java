package org.minga.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minga.scenario.schema.KeyKind;
import org.minga.scenario.schema.KeySpec;
import org.minga.scenario.schema.ScenarioSchema;

/**
 * {@code K_add} appends to a list of maps inherited through {@code extends} (or to its default)
 * instead of replacing it; replacing a base's timeline (entries at a step) by another warns.
 */
class ListAdditionsTest {
  private static final String BASE =
      """
      name: base
      prices:
        shocks:
          - {at: 96, duration: 18, multiplier: 0.55}
      """;

  @TempDir Path dir;
  private ScenarioFiles files;

  @BeforeEach
  void setUp() {
    files = new ScenarioFiles(dir);
    files.write("base.yaml", BASE);
  }

  private ScenarioLoader.Loaded load(String name, String yaml, String... sets)
      throws ScenarioException {
    return ScenarioLoader.loadWithWarnings(files.write(name, yaml), List.of(sets));
  }

  /** A variant of the base with a crash in year 5 under {@code key} (line 3). */
  private static String crashIn(String key) {
    return "extends: base.yaml\nprices:\n  " + key + ":\n    - {at: 48, multiplier: 0.6}\n";
  }

  private static List<Integer> starts(ScenarioLoader.Loaded l) {
    return l.inputs().scenario().prices().shocks().stream().map(ShockConfig::at).toList();
  }

  @Test
  void addingKeepsTheBasesEntriesFirstAndWarnsAboutNothing() throws Exception {
    ScenarioLoader.Loaded l = load("v.yaml", crashIn("shocks_add"));
    assertEquals(List.of(96, 48), starts(l));
    assertEquals(18, l.inputs().scenario().prices().shocks().get(0).duration(), "kept whole");
    assertEquals(List.of(), l.warnings());
  }

  @Test
  void additionsAccumulateAlongAChainAndAListWrittenLaterReplacesThemAll() throws Exception {
    files.write(
        "mid.yaml",
        "extends: base.yaml\nprices:\n  shocks_add: [{at: 10, " + "multiplier: 0.9}]\n");
    assertEquals(
        List.of(96, 10, 20),
        starts(
            load(
                "top.yaml",
                "extends: mid.yaml\nprices:\n" + "  shocks_add: [{at: 20, multiplier: 0.8}]\n")));
    files.write("adds.yaml", "prices:\n  shocks_add: [{at: 10, multiplier: 0.9}]\n");
    assertEquals(
        List.of(30),
        starts(
            load(
                "over.yaml",
                "extends: adds.yaml\nprices:\n" + "  shocks: [{at: 30, multiplier: 0.8}]\n")),
        "a list written whole drops additions");
  }

  @Test
  void withoutABaseEntriesAreAddedToTheDefaultOrToTheListOfTheSameFile() throws Exception {
    Scenario defaults = ScenarioLoader.defaults();
    Scenario s =
        load(
                "alone.yaml",
                """
        producers:
          expenses:
            scheduled_add:
              - {month: 12, months_of_subsistence: 1}
        prices:
          shocks: [{at: 1, multiplier: 0.5}]
          shocks_add: [{at: 2, multiplier: 0.5}]
        """)
            .inputs()
            .scenario();
    var scheduled = s.producers().expenses().scheduled();
    assertEquals(
        defaults.producers().expenses().scheduled(),
        scheduled.subList(0, scheduled.size() - 1),
        "the default entries are kept");
    assertEquals(12, scheduled.get(scheduled.size() - 1).month());
    assertEquals(List.of(1, 2), s.prices().shocks().stream().map(ShockConfig::at).toList());
  }

  @Test
  void replacingTheBasesEntriesWarnsAtTheListWithTheFix() throws Exception {
    ScenarioLoader.Loaded l = load("v.yaml", crashIn("shocks"));
    assertEquals(List.of(48), starts(l), "still replaced: a warning, not an error");
    assertEquals(1, l.warnings().size(), l.warnings()::toString);
    Problem w =
        ScenarioFiles.at(
            l.warnings().get(0),
            3,
            3,
            "prices.shocks",
            "warning: this "
                + "list replaces the 1 shock of base.yaml; to keep it and add yours, write "
                + "`shocks_add:` instead of `shocks:`");
    assertTrue(w.file().endsWith("v.yaml"), w::format);

    files.write(
        "two.yaml",
        "events:\n  lever_changes: [{at: 1, lever: price_floor, state: "
            + "'on'}, {at: 9, lever: price_floor, state: 'off'}]\n");
    assertTrue(
        load(
                "e.yaml",
                "extends: two.yaml\nevents:\n  lever_changes: [{at: 5, lever: "
                    + "price_floor, state: 'on'}]\n")
            .warnings()
            .get(0)
            .message()
            .contains("replaces the 2 " + "lever changes of two.yaml; to keep them"));
  }

  @Test
  void listsThatAreNotTimelinesAreReplacedWithoutAWarning() throws Exception {
    // Firms and expense dates are replaced on purpose (the bundled scenarios do).
    files.write("two.yaml", "firms: [{name: a}, {name: b}]\n");
    ScenarioLoader.Loaded l = load("f.yaml", "extends: two.yaml\nfirms: [{name: c}]\n");
    assertEquals(1, l.inputs().scenario().firms().size());
    assertEquals(List.of(), l.warnings());
  }

  @Test
  void emptyingTheListOrKeepingTheBasesStepsWarnsAboutNothing() throws Exception {
    assertEquals(
        List.of(), load("none.yaml", "extends: base.yaml\nprices:\n  shocks: []\n").warnings());
    assertEquals(
        List.of(),
        load(
                "again.yaml",
                """
        extends: base.yaml
        prices:
          shocks:
            - at: 96
              duration: 18
              multiplier: 0.55
            - {at: 48, multiplier: 0.6}
        """)
            .warnings(),
        "the base's entry written again, in another style");
    assertEquals(
        List.of(),
        load(
                "edit.yaml",
                "extends: base.yaml\nprices:\n  shocks: [{at: 96, "
                    + "multiplier: 0.7}, {at: 10, multiplier: 0.9}]\n")
            .warnings(),
        "edited at its step");
  }

  @Test
  void addedEntriesAreCheckedAtTheirOwnLines() {
    List<Problem> p =
        ScenarioFiles.problemsOf(
            files.write(
                "bad.yaml",
                """
        extends: base.yaml
        prices:
          shocks_add:
            - at: 48
              multiplier: -2
        """));
    Problem bad = ScenarioFiles.single(p, 5, 19, "prices.shocks[1].multiplier", "0 or more");
    assertTrue(bad.file().endsWith("bad.yaml"), bad::format);

    ScenarioFiles.single(
        ScenarioFiles.problemsOf(
            files.write("scalar.yaml", "extends: base.yaml\nprices:\n  shocks_add: 5\n")),
        3,
        15,
        "prices.shocks",
        "expected a list of entries to add to shocks, one per dash");
  }

  @Test
  void onlyListsOfMapsHaveAdditionsAndMisspelledOnesGetASuggestion() {
    ScenarioFiles.single(
        files.problems("prices:\n  shock_add: []\n"),
        2,
        3,
        "prices.shock_add",
        "did you mean `shocks_add`?");
    ScenarioFiles.single(
        files.problems("years_add: [1]\n"), 1, 1, "years_add", "unknown key `years_add`");
    ScenarioFiles.single(
        files.problems("", "prices.shock_add=[]"),
        0,
        0,
        "prices.shock_add",
        "did you mean `shocks_add`?");
  }

  @Test
  void setAddsToTheListAsLoaded() throws Exception {
    Path v = files.write("v.yaml", "extends: base.yaml\n");
    assertEquals(
        List.of(96, 48, 60),
        ScenarioLoader.load(
                v,
                List.of(
                    "prices.shocks_add=[{at: 48, multiplier: 0.6}]",
                    "prices.shocks_add=[{at: 60, multiplier: 0.7}]"))
            .scenario()
            .prices()
            .shocks()
            .stream()
            .map(ShockConfig::at)
            .toList());
    assertEquals(
        List.of(7),
        ScenarioLoader.load(
                v, List.of("events.lever_changes_add=[{at: 7, lever: price_floor, state: 'on'}]"))
            .scenario()
            .events()
            .leverChanges()
            .stream()
            .map(c -> c.at())
            .toList());
    ScenarioFiles.single(
        ScenarioFiles.problemsOf(v, "prices.shocks_add=5"),
        0,
        0,
        "prices.shocks",
        "expected a list of entries to add to shocks");
  }

  @Test
  void noKeyOfTheSchemaLooksLikeAnAddition() {
    List<KeySpec> keys = ScenarioSchema.of(Scenario.class).allKeys();
    assertTrue(keys.stream().anyMatch(k -> k.kind() == KeyKind.RECORD_LIST));
    for (KeySpec k : keys) {
      assertFalse(ListAdditions.isAddition(k.key()), k.path() + " would be read as an addition");
    }
  }
}
