package org.minga.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every recipe of the reference, saved next to a copy of the baseline as the reference says, loads
 * without a problem and makes the change its title promises.
 */
class RecipesTest {
  private static Scenario load(Path dir, String title) throws Exception {
    Recipes.Recipe r =
        Recipes.ALL.stream().filter(x -> x.title().equals(title)).findFirst().orElseThrow();
    Path file = dir.resolve("my-edit.yaml");
    Files.writeString(file, r.yaml());
    ScenarioLoader.Loaded loaded = ScenarioLoader.loadWithWarnings(file, List.of());
    assertEquals(List.of(), loaded.warnings(), title + ": a recipe warns about nothing");
    return loaded.inputs().scenario();
  }

  @Test
  void eachRecipeLoadsAndDoesWhatItSays(@TempDir Path dir) throws Exception {
    Files.copy(Path.of("scenarios/baseline.yaml"), dir.resolve("baseline.yaml"));
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.copy(
        Path.of("scenarios/data/coffee-price-1986-2012-stylised.csv"),
        data.resolve("coffee-price-1986-2012-stylised.csv"));
    Scenario base = ScenarioLoader.load(dir.resolve("baseline.yaml"), List.of()).scenario();

    var shocks = load(dir, "Add a crash").prices().shocks();
    assertTrue(!base.prices().shocks().isEmpty(), "the baseline has a crash to keep");
    assertEquals(
        base.prices().shocks(),
        shocks.subList(0, shocks.size() - 1),
        "the base's crash is kept, first");
    assertEquals(48, shocks.get(shocks.size() - 1).at());
    assertEquals(
        base.cooperatives().count() + 1, load(dir, "Add a cooperative").cooperatives().count());
    var floor = load(dir, "Switch a policy on in year 5").policies().priceFloor();
    assertTrue(floor.enabled() && floor.start() == 48 && floor.end() == -1);
    assertEquals(
        PriceConfig.Process.REPLAY, load(dir, "Replay your own price series").prices().process());
    assertTrue(load(dir, "Remove the firm").firms().isEmpty());
    assertEquals(5, Recipes.ALL.size(), "every recipe is checked above");
  }
}
