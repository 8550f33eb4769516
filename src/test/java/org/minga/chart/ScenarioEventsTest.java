package org.minga.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minga.scenario.Scenario;
import org.minga.scenario.ScenarioLoader;

/** The events the baseline scenario schedules, as the charts mark them. */
class ScenarioEventsTest {
  @Test
  void baselineEventsComeFromItsShocksLeversAndEvents() throws Exception {
    Scenario s = ScenarioLoader.loadScenario(Path.of("scenarios/baseline.yaml"), List.of());
    List<ChartEvent> events = ScenarioEvents.of(s);
    // baseline.yaml: prices.shocks at 96 (x0.55 for 18 months), the price floor from 100 to
    // 120, a yield shock at 150, the local market closed at 200, two traders arriving at 24.
    assertTrue(events.contains(new ChartEvent(96, "price crash x0.55, 18 mo")), events::toString);
    assertTrue(events.contains(new ChartEvent(100, "price floor on")));
    assertTrue(events.contains(new ChartEvent(120, "price floor off")));
    assertTrue(events.contains(new ChartEvent(150, "yield shock x0.6")));
    assertTrue(events.contains(new ChartEvent(200, "local market closed 3 mo")));
    assertTrue(events.contains(new ChartEvent(24, "+2 intermediaries")));
    // Levers with end -1 run to the end of the run: no "off" event.
    assertTrue(events.stream().noneMatch(e -> e.label().equals("tax deduction off")));
    for (int i = 1; i < events.size(); i++) {
      assertTrue(events.get(i - 1).step() <= events.get(i).step(), "in step order");
    }
  }

  @Test
  void eventsBeyondAShortenedHorizonAreDropped() throws Exception {
    Scenario s =
        ScenarioLoader.loadScenario(
            Path.of("scenarios/baseline.yaml"),
            List.of(
                "years=9",
                "policies.infrastructure.enabled=false",
                "policies.liberalisation.enabled=false",
                "policies.public_credit.enabled=false",
                "policies.technical_assistance.end=-1",
                "policies.price_floor.enabled=false",
                "policies.certification_support.enabled=false",
                "events.yield_shocks=[]",
                "events.shutdowns=[]"));
    List<ChartEvent> events = ScenarioEvents.of(s);
    assertTrue(events.stream().allMatch(e -> e.step() < 108), events::toString);
    assertEquals(96, events.get(events.size() - 1).step(), "the crash is the last event");
  }

  @Test
  void boomsAndCrashesAreNamedByTheirMultiplier() {
    assertEquals("price boom x1.4, 6 mo", ScenarioEvents.priceShock(1.4, 6));
    assertEquals("price crash x0.5, 12 mo", ScenarioEvents.priceShock(0.5, 12));
    assertEquals("price boom x2, 3 mo", ScenarioEvents.priceShock(2, 3));
  }
}
