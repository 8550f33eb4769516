package org.minga.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minga.scenario.schema.KeySpec;

/** Keys found by a student's words rather than the model's names. */
class KeySearchTest {
  private static List<String> paths(String query) {
    return KeySearch.find(query).stream().map(KeySpec::path).toList();
  }

  @Test
  void everydayWordsFindTheModelsKeysBestFirst() {
    assertEquals("prices.shocks", paths("crash").get(0));
    // A plural; keys named after it first, then the shocks (the model's word for it).
    List<String> booms = paths("booms");
    assertTrue(booms.get(0).startsWith("prices.boom_"), booms::toString);
    assertTrue(
        booms.indexOf("prices.shocks") >= 0
            && booms.indexOf("prices.shocks") < booms.indexOf("events.yield_shocks"),
        "price shocks before yield shocks: the word is in their meaning " + booms);
    assertTrue(paths("trader margin").contains("intermediaries.base_margin"));
    assertTrue(paths("loan").contains("producers.credit"));
    assertTrue(
        paths("advance share").get(0).startsWith("cooperatives.advance"),
        paths("advance share")::toString);
  }

  @Test
  void everyWordMustMatchAndNoMatchSaysSo() {
    assertTrue(paths("crash zebra").isEmpty());
    assertTrue(KeySearch.render("zebra").startsWith("No scenario key mentions `zebra`"));
  }

  @Test
  void describeOfAWordThatIsNoKeyPointsAtTheKeysAboutIt() {
    ScenarioException e = assertThrows(ScenarioException.class, () -> Describe.of("crash"));
    assertTrue(e.format().contains("keys about it: prices.shocks"), e.format());
  }
}
