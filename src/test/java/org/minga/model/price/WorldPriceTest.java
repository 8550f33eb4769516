package org.minga.model.price;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.minga.model.random.RandomStream;
import org.minga.scenario.PriceConfig.Process;

class WorldPriceTest {

  @ParameterizedTest
  @EnumSource(value = Process.class, names = "REPLAY", mode = EnumSource.Mode.EXCLUDE)
  void stepZeroIsTheBasePrice(Process process) {
    WorldPrice w = PriceSetup.of(process).world(12);
    assertEquals(100.0, w.base(), 0.0);
    assertEquals(100.0, w.advance(0, Rngs.of(8)), 0.0);
    assertEquals(100.0, w.current(), 0.0);
    assertEquals(100.0, w.underlying(), 0.0);
  }

  @ParameterizedTest
  @EnumSource(
      value = Process.class,
      names = {"MEAN_REVERTING", "GBM", "REGIME_SWITCHING"})
  void sameSeedGivesTheSameSequenceAndAnotherSeedAnother(Process process) {
    PriceSetup setup = PriceSetup.of(process).shock(20, 6, 0.7).ramp(100, 24, 1.3);
    double[] a = setup.run(123, 240);
    double[] b = setup.run(123, 240);
    assertArrayEquals(a, b, 0.0); // bit-for-bit
    // And the seed matters, so the sequence really comes from the run's RNG.
    assertFalse(Arrays.equals(a, setup.run(124, 240)));
  }

  @Test
  void currentIsTheLastAdvancedPrice() {
    WorldPrice w = PriceSetup.of(Process.MEAN_REVERTING).world(5);
    RandomStream rng = Rngs.of(2);
    for (int s = 0; s < 5; s++) {
      double p = w.advance(s, rng);
      assertEquals(p, w.current(), 0.0);
    }
  }

  @Test
  void stepsMustComeInOrderAndWithinTheHorizon() {
    WorldPrice w = PriceSetup.of(Process.CONSTANT).world(2);
    RandomStream rng = Rngs.of(1);
    assertThrows(IllegalStateException.class, () -> w.advance(1, rng)); // skipped step 0
    w.advance(0, rng);
    assertThrows(IllegalStateException.class, () -> w.advance(0, rng)); // repeated
    w.advance(1, rng);
    assertThrows(IllegalStateException.class, () -> w.advance(2, rng)); // past the horizon
  }

  @Test
  void advancingAllocatesNothing() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeTrue(bean instanceof com.sun.management.ThreadMXBean);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    assumeTrue(threads.isThreadAllocatedMemorySupported());
    int steps = 200_000;
    PriceSetup setup = PriceSetup.of(Process.REGIME_SWITCHING).shock(10, 3, 0.5);
    setup.seasonal = new java.util.ArrayList<>(java.util.Collections.nCopies(12, 1.1));
    WorldPrice w = setup.world(steps);
    w.inject(5, 100, 1.2);
    RandomStream rng = Rngs.of(1);
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    double sink = 0;
    for (int s = 0; s < steps; s++) {
      sink += w.advance(s, rng);
    }
    long allocated = threads.getThreadAllocatedBytes(id) - before;
    assertTrue(sink > 0);
    // Even 8 bytes a step (one iterator or boxed double) would be 1.6 MB; allow 64 KB of noise
    // from the measurement itself and class loading.
    assertTrue(allocated < 64 * 1024, "allocated " + allocated + " bytes in " + steps + " steps");
  }
}
