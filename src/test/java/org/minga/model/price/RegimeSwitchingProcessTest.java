package org.minga.model.price;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.minga.model.random.RandomStream;

class RegimeSwitchingProcessTest {
  private static final double BOOM_EXIT = 0.05;
  private static final double BUST_EXIT = 0.04;

  @Test
  void meanSojournInEachStateIsOneOverItsExitProbability() {
    RegimeSwitchingProcess p =
        new RegimeSwitchingProcess(100, 1.4, 0.7, BOOM_EXIT, BUST_EXIT, 0.9, 0.05);
    RandomStream rng = Rngs.of(5);
    p.next(rng);
    int n = 1_000_000;
    long boomMonths = 0;
    long boomSpells = 0;
    long bustMonths = 0;
    long bustSpells = 0;
    boolean previous = p.inBoom();
    int run = 0;
    for (int s = 0; s < n; s++) {
      p.next(rng);
      boolean now = p.inBoom();
      run++;
      if (now != previous) {
        // A completed spell; the first (censored at the start) is counted too, a negligible bias.
        if (previous) {
          boomMonths += run;
          boomSpells++;
        } else {
          bustMonths += run;
          bustSpells++;
        }
        run = 0;
        previous = now;
      }
    }
    // Sojourns are geometric with mean 1/exit: 20 months of boom, 25 of bust. About 22,000
    // spells of each give a standard error near 0.15 months; 1 month is ~6 of them, while
    // swapping the two probabilities would be off by 5.
    assertEquals(1 / BOOM_EXIT, (double) boomMonths / boomSpells, 1.0);
    assertEquals(1 / BUST_EXIT, (double) bustMonths / bustSpells, 1.0);
  }

  @Test
  void startingStateIsDrawnFromTheStationaryDistribution() {
    int seeds = 20_000;
    int booms = 0;
    for (int seed = 0; seed < seeds; seed++) {
      RegimeSwitchingProcess p =
          new RegimeSwitchingProcess(100, 1.4, 0.7, BOOM_EXIT, BUST_EXIT, 0.9, 0.05);
      // The first price is the base whatever the state, like every process.
      assertEquals(100.0, p.next(Rngs.of(seed)), 0.0);
      booms += p.inBoom() ? 1 : 0;
    }
    // Stationary P(boom) = bustExit / (boomExit + bustExit) = 4/9 = 0.444; the standard error
    // over 20,000 seeds is 0.0035, so 0.015 is ~4 of them, and a fixed or 50/50 start fails.
    assertEquals(BUST_EXIT / (BOOM_EXIT + BUST_EXIT), (double) booms / seeds, 0.015);
  }

  @Test
  void withoutNoiseThePriceIsBaseTimesTheStateMultiplier() {
    RegimeSwitchingProcess p = new RegimeSwitchingProcess(100, 1.4, 0.7, 0.3, 0.3, 0.9, 0);
    RandomStream rng = Rngs.of(9);
    p.next(rng);
    int sawBoom = 0;
    int sawBust = 0;
    for (int s = 0; s < 200; s++) {
      double price = p.next(rng);
      // sigma = 0 keeps the log noise at 0, so only the state's multiplier remains.
      assertEquals(p.inBoom() ? 140.0 : 70.0, price, 1e-9);
      if (p.inBoom()) {
        sawBoom++;
      } else {
        sawBust++;
      }
    }
    // With exit probability 0.3 both states occur in 200 months (missing one has odds ~1e-30).
    assertEquals(true, sawBoom > 0 && sawBust > 0);
  }
}
