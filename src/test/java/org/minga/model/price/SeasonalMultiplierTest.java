package org.minga.model.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minga.scenario.PriceConfig.Process;

class SeasonalMultiplierTest {

  @Test
  void appliesTheMultiplierOfTheCalendarMonth() {
    PriceSetup setup = PriceSetup.of(Process.CONSTANT);
    List<Double> seasonal = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      seasonal.add(0.5 + 0.1 * m); // all different, so an off-by-one month shows
    }
    setup.seasonal = seasonal;
    double[] prices = setup.run(1, 36);
    for (int s = 0; s < 36; s++) {
      // Step 0 is January: step s falls in month (s % 12) + 1, whose multiplier is index s % 12.
      assertEquals(100 * seasonal.get(s % 12), prices[s], 1e-12, "step " + s);
    }
  }

  @Test
  void appliesOnTopOfAStochasticProcessWithoutChangingIt() {
    PriceSetup plain = PriceSetup.of(Process.MEAN_REVERTING);
    PriceSetup seasonalSetup = PriceSetup.of(Process.MEAN_REVERTING);
    List<Double> seasonal = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      seasonal.add(m == 6 ? 2.0 : 1.0); // July doubles the price
    }
    seasonalSetup.seasonal = seasonal;
    double[] a = plain.run(21, 48);
    double[] b = seasonalSetup.run(21, 48);
    for (int s = 0; s < 48; s++) {
      // Multiplying by 2 or 1 is exact in floating point.
      assertEquals(s % 12 == 6 ? 2 * a[s] : a[s], b[s], 0.0, "step " + s);
    }
  }

  @Test
  void noMultipliersMeansOneAndElevenIsRefused() {
    assertEquals(1.0, new SeasonalMultiplier(List.of()).at(5), 0.0);
    List<Double> eleven =
        new ArrayList<>(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0));
    assertThrows(IllegalArgumentException.class, () -> new SeasonalMultiplier(eleven));
  }

  @Test
  void stepZeroIsBaseTimesJanuary() {
    PriceSetup setup = PriceSetup.of(Process.GBM);
    List<Double> seasonal = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      seasonal.add(m == 0 ? 1.1 : 1.0);
    }
    setup.seasonal = seasonal;
    WorldPrice w = setup.world(1);
    assertEquals(110.0, w.advance(0, Rngs.of(1)), 1e-12);
    assertEquals(100.0, w.underlying(), 0.0);
  }
}
