package org.minga.play.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minga.model.Decision;
import org.minga.model.MingaModel;
import org.minga.play.Screen;
import org.minga.scenario.ScenarioLoader;

/**
 * What players are shown survives the trip through JSON exactly, a missing value (NaN) as null: a
 * bot reading the API decides as from the model's own numbers.
 */
class JsonTest {
  @Test
  void screensRoundTripExactlyWithMissingValuesAsNull() throws Exception {
    MingaModel m =
        new MingaModel(
            ScenarioLoader.load(
                Path.of("scenarios/baseline.yaml"), List.of("producers.count=300")));
    m.start();
    while (m.completedSteps() < 4) {
      m.stepOnce();
    }
    int nulls = 0;
    for (int id = 0; id < 300; id++) {
      Screen s = Screen.of(m, Decision.Role.HOUSEHOLD, id);
      String json = Json.GSON.toJson(s);
      nulls += json.contains("\"advance\":null") ? 1 : 0;
      assertEquals(s, Json.GSON.fromJson(json, Screen.class), json);
    }
    assertTrue(nulls > 0, "some households have no cooperative: null, not NaN, in the JSON");
    Screen board = Screen.of(m, Decision.Role.BOARD, 0);
    assertEquals(board, Json.GSON.fromJson(Json.GSON.toJson(board), Screen.class));
  }

  @Test
  void controlsOfferWhatTheServerAccepts() {
    assertEquals(
        new Control("lender", List.of("none", "intermediary", "cooperative", "public"), 3),
        Control.of(Decision.LENDER));
    assertEquals(new Control("delivery", List.of(), 1), Control.of(Decision.DELIVERY));
    assertEquals(
        new Control("reserve_months", List.of(), 120), Control.of(Decision.RESERVE_MONTHS));
  }
}
