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
    // A plural; the key named after it first, then the shocks (the model's word for it).
    assertEquals(List.of("prices.boom_multiplier", "prices.shocks"), paths("booms").subList(0, 2));
    assertTrue(paths("trader margin").contains("intermediaries.base_margin"));
    assertTrue(paths("loan").contains("producers.credit"));
    assertTrue(paths("advance share").get(0).startsWith("cooperatives.advance"),
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
