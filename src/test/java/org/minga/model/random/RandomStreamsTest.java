package org.minga.model.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.apache.commons.rng.core.source64.Philox4x64;
import org.junit.jupiter.api.Test;

/**
 * The streams are Commons RNG's Philox4x64, bit for bit; sub-streams and keyed draws of one stream,
 * and different streams, are independent (no shared or shifted sequences, no correlation between
 * neighbouring agents' keyed draws).
 */
class RandomStreamsTest {

  @Test
  void aSequentialStreamIsCommonsRngPhilox4x64KeyedBySeedAndStreamName() {
    for (long seed : new long[] {0, 1, 20260101, -7}) {
      for (StreamName s : StreamName.values()) {
        for (long index : new long[] {0, 1, 123_456_789L}) {
          Philox4x64 library = new Philox4x64(new long[] {seed, s.key(), 0, 0, index, 1});
          PhiloxSequence ours = new PhiloxSequence();
          ours.moveTo(seed, s.key(), index, 1);
          for (int i = 0; i < 41; i++) { // crosses several four-word blocks
            assertEquals(library.nextLong(), ours.nextLong(), s + " index " + index + " draw " + i);
          }
        }
      }
    }
  }

  @Test
  void intsAndBoundedIntsFollowTheLibraryToo() {
    // nextInt() splits words as the library does (low half first), so bounded draws, doubles
    // and ints interleaved stay identical to Commons RNG's Philox4x64.
    Philox4x64 library = new Philox4x64(new long[] {9, StreamName.VISIT_ORDER.key(), 0, 0, 4, 1});
    PhiloxSequence ours = new PhiloxSequence();
    ours.moveTo(9, StreamName.VISIT_ORDER.key(), 4, 1);
    for (int i = 0; i < 200; i++) {
      assertEquals(library.nextInt(), ours.nextInt(), "int " + i);
      assertEquals(library.nextInt(1 + i), ours.nextInt(1 + i), "bounded " + i);
      if (i % 7 == 0) {
        assertEquals(library.nextDouble(), ours.nextDouble(), 0.0, "double " + i);
      }
    }
  }

  @Test
  void aKeyedDrawIsTheFirstWordOfPhiloxAtItsCounter() {
    RandomStreams streams = new RandomStreams(42);
    for (int step : new int[] {0, 5, 599}) {
      for (int agent : new int[] {0, 1, 999_999}) {
        for (int k : new int[] {1, 2, 7}) {
          // The library increments the counter before its first block: start one below.
          Philox4x64 library =
              new Philox4x64(new long[] {42, StreamName.MEMBERSHIP.key(), k - 1, agent, step, 0});
          double expected = (library.nextLong() >>> 11) * 0x1.0p-53;
          assertEquals(expected, streams.uniform(StreamName.MEMBERSHIP, step, agent, k), 0.0);
        }
      }
    }
  }

  @Test
  void streamKeysAreDistinctAndDoNotDependOnDeclarationOrder() {
    Set<Long> keys = new HashSet<>();
    for (StreamName s : StreamName.values()) {
      assertTrue(keys.add(s.key()), "duplicate key for " + s);
      assertEquals(StreamName.keyOf(s.id()), s.key());
    }
    // The key is a function of the name text alone: pinned so that a refactoring cannot move
    // every stream of every published run. (FNV-1a then the murmur3 finaliser, computed by hand
    // for the empty name: the finaliser of the FNV offset basis.)
    long h = 0xcbf29ce484222325L;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    assertEquals(h, StreamName.keyOf(""));
  }

  @Test
  void differentStreamsSubStreamsAndSeedsGiveDifferentNumbers() {
    RandomStreams a = new RandomStreams(1);
    double first = a.sequence(StreamName.WORLD_PRICE).nextDouble();
    assertNotEquals(first, a.sequence(StreamName.TERRITORY).nextDouble());
    assertNotEquals(first, a.sequence(StreamName.WORLD_PRICE, 1).nextDouble());
    assertNotEquals(first, new RandomStreams(2).sequence(StreamName.WORLD_PRICE).nextDouble());
    assertEquals(first, new RandomStreams(1).sequence(StreamName.WORLD_PRICE).nextDouble());
  }

  @Test
  void aSubStreamIsNotAShiftedCopyOfItsNeighbour() {
    // Sub-streams occupy disjoint stretches of the counter space; check that the first 1,000
    // draws of index 0 and index 1 share no value (a shifted copy would share almost all).
    RandomStreams streams = new RandomStreams(3);
    RandomStream s0 = streams.sequence(StreamName.VISIT_ORDER, 0);
    RandomStream s1 = streams.sequence(StreamName.VISIT_ORDER, 1);
    Set<Double> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seen.add(s0.nextDouble());
    }
    for (int i = 0; i < 1000; i++) {
      assertTrue(!seen.contains(s1.nextDouble()), "shared value at draw " + i);
    }
  }

  @Test
  void keyedDrawsOfNeighbouringAgentsAndStepsAreUniformAndUncorrelated() {
    RandomStreams streams = new RandomStreams(11);
    int n = 200_000;
    double sum = 0;
    double sumSq = 0;
    double lagAgent = 0;
    double lagStep = 0;
    for (int i = 0; i < n; i++) {
      double u = streams.uniform(StreamName.SIDE_SELLING, 30, i, 0);
      double nextAgent = streams.uniform(StreamName.SIDE_SELLING, 30, i + 1, 0);
      double nextStep = streams.uniform(StreamName.SIDE_SELLING, 31, i, 0);
      sum += u;
      sumSq += u * u;
      lagAgent += (u - 0.5) * (nextAgent - 0.5);
      lagStep += (u - 0.5) * (nextStep - 0.5);
    }
    // Uniform(0,1): mean 1/2, variance 1/12. Standard errors at n = 200,000: mean 0.00065,
    // variance 0.0002, correlation 0.0022; the tolerances are about 5 of them.
    assertEquals(0.5, sum / n, 0.0035);
    assertEquals(1.0 / 12, sumSq / n - (sum / n) * (sum / n), 0.001);
    assertEquals(0, lagAgent / n * 12, 0.011, "correlation between neighbouring agents");
    assertEquals(0, lagStep / n * 12, 0.011, "correlation between consecutive steps");
  }

  @Test
  void gaussiansHaveUnitVarianceAndIntegersStayInRange() {
    RandomStream s = new RandomStreams(5).sequence(StreamName.PRODUCER_ATTRIBUTES, 9);
    int n = 100_000;
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < n; i++) {
      double g = s.nextGaussian();
      sum += g;
      sumSq += g * g;
    }
    assertEquals(0, sum / n, 0.02); // standard error 0.003
    assertEquals(1, sumSq / n, 0.03); // standard error 0.0045
    int[] counts = new int[7];
    for (int i = 0; i < 70_000; i++) {
      counts[s.nextInt(7)]++;
    }
    for (int c : counts) {
      assertEquals(10_000, c, 500); // binomial sd about 93
    }
  }
}
