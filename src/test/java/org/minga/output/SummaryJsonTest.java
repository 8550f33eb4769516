package org.minga.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.StringWriter;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.minga.metrics.Metrics;

class SummaryJsonTest {
  private static final String YAML =
      "# comment\nname: demo\nyears: 2\nprices:\n  base: 120.5\n"
          + "  seasonal: []\nfirms:\n  - name: f\n    margin: 0.1\n";

  @Test
  void writesRunFactsScenarioFinalValuesAndMeans() throws Exception {
    MetricStats stats = new MetricStats();
    stats.onStep(0, Samples.values(0), Samples.tracked(0));
    stats.onStep(1, Samples.values(1), Samples.tracked(0));
    RunInfo info = new RunInfo("0.1.0", "demo", "demo.yaml", 42, 2, 200, 1.23456);

    StringWriter out = new StringWriter();
    SummaryJson.write(out, info, YAML, stats);
    JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();

    assertEquals(SummaryJson.KEYS, new ArrayList<>(json.keySet()));
    assertEquals("0.1.0", json.get("minga_version").getAsString());
    assertEquals(42, json.get("seed").getAsLong());
    assertEquals(1.235, json.get("wall_time_seconds").getAsDouble());
    JsonObject scenario = json.getAsJsonObject("resolved_scenario");
    assertEquals("demo", scenario.get("name").getAsString());
    assertEquals(120.5, scenario.getAsJsonObject("prices").get("base").getAsDouble());
    assertEquals(
        0.1, scenario.getAsJsonArray("firms").get(0).getAsJsonObject().get("margin").getAsDouble());

    JsonObject last = json.getAsJsonObject("final");
    JsonObject mean = json.getAsJsonObject("mean");
    assertEquals(Metrics.ALL.size() - 3, last.size());
    assertFalse(last.has("step") || last.has("year") || last.has("month"));
    assertEquals(1.5, last.get("world_price").getAsDouble());
    assertEquals(1.0, mean.get("world_price").getAsDouble());
    assertTrue(last.get("price_contract").isJsonNull(), "NaN is written as null");
    assertTrue(out.toString().contains("\"world_price\": 1.5,"), out.toString());
  }
}
