package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minga.metrics.HouseholdSelection;
import org.minga.metrics.MetricsRecorder;

/**
 * A household's default flag covers one calendar year: set during a year, it shows in that year's
 * row of the households panel and is cleared when the next year starts.
 */
class DefaultFlagTest {
  @Test
  void aDefaultShowsInItsYearsRowOnly() {
    MingaModel m = ModelFixture.start("years: 3\nproducers: {count: 50}\n");
    MetricsRecorder r = MetricsRecorder.attach(m);
    int household = 7;
    r.addObserver(
        (step, v, tracked) -> {
          if (step == 15) { // April of the second year
            m.producer(household).recordDefault();
          }
        });
    List<String> flags = new ArrayList<>();
    // Household 7 is row 7 of the full panel; other households may default for real.
    r.addHouseholdObserver(
        HouseholdSelection.ALL, rows -> flags.add(rows.year() + ":" + rows.defaulted(household)));
    ModelFixture.run(m, 36);
    r.finish();
    int y = m.scenario().startYear();
    assertEquals(List.of(y + ":false", (y + 1) + ":true", (y + 2) + ":false"), flags);
  }
}
