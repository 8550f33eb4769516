package org.minga.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.minga.model.random.RandomStreams;

/**
 * The social network (docs/model.md 5, step 4: neighbours by distance, or small world): without
 * rewiring each producer observes exactly its k nearest others within the radius, nearest first;
 * never itself; the same inputs give the same network. With rewiring, links go to random others but
 * still never to oneself.
 */
class SocialNetworkTest {

  private record Points(double[] xs, double[] ys, double w, double h) {}

  private static Points random(long seed, int n, double w, double h) {
    Random rnd = new Random(seed);
    double[] xs = new double[n];
    double[] ys = new double[n];
    for (int i = 0; i < n; i++) {
      xs[i] = rnd.nextDouble() * w;
      ys[i] = rnd.nextDouble() * h;
    }
    return new Points(xs, ys, w, h);
  }

  private static SocialNetwork build(Points p, int k, double radius, double rewire, long seed) {
    return SocialNetwork.build(p.xs, p.ys, p.w, p.h, k, radius, rewire, new RandomStreams(seed));
  }

  private static int[] links(SocialNetwork net, int i) {
    int[] out = new int[net.degree(i)];
    for (int j = 0; j < out.length; j++) {
      out[j] = net.neighbour(i, j);
    }
    return out;
  }

  /** Brute force: the k nearest others within radius, nearest first (ties by index). */
  private static int[] kNearest(Points p, int i, int k, double radius) {
    List<Integer> others = new ArrayList<>();
    for (int j = 0; j < p.xs.length; j++) {
      if (j != i && d2(p, i, j) <= radius * radius) {
        others.add(j);
      }
    }
    others.sort(Comparator.comparingDouble(j -> d2(p, i, j))); // stable: ties keep index order
    return others.stream().limit(k).mapToInt(Integer::intValue).toArray();
  }

  private static double d2(Points p, int i, int j) {
    double dx = p.xs[i] - p.xs[j];
    double dy = p.ys[i] - p.ys[j];
    return dx * dx + dy * dy;
  }

  @Test
  void withoutRewiringLinksAreTheKNearestWithinTheRadius() {
    int[][] cases = {{6, 10}, {1, 3}, {12, 2}, {50, 30}, {4, 0}};
    int withFewer = 0;
    for (int[] c : cases) {
      int k = c[0];
      double radius = c[1];
      Points p = random(k * 31L + c[1], 1200, 60, 40);
      SocialNetwork net = build(p, k, radius, 0, 1);
      for (int i = 0; i < p.xs.length; i++) {
        int[] expected = kNearest(p, i, k, radius);
        assertArrayEquals(expected, links(net, i), "k " + k + " radius " + radius + " i " + i);
        withFewer += expected.length < k ? 1 : 0;
      }
    }
    // The radius did bind for some producers (sparse places have fewer than k neighbours).
    assertTrue(withFewer > 100, "radius-limited producers: " + withFewer);
  }

  @Test
  void clusteredAndGridPointsWithTiesGiveTheKNearestToo() {
    // Villages (dense clusters in empty space) make the search's grid cells very uneven, and a
    // lattice makes many distances tie; ties go to the lower index.
    Random rnd = new Random(8);
    double[] xs = new double[1500];
    double[] ys = new double[1500];
    for (int i = 0; i < 1000; i++) {
      int v = rnd.nextInt(6);
      xs[i] = Math.min(60, Math.max(0, 10 * v + rnd.nextGaussian()));
      ys[i] = Math.min(60, Math.max(0, 8 * v + rnd.nextGaussian()));
    }
    for (int i = 1000; i < 1500; i++) {
      xs[i] = (i % 25) * 2.4;
      ys[i] = ((i / 25) % 20) * 3;
    }
    Points p = new Points(xs, ys, 60, 60);
    for (int k : new int[] {1, 6, 20}) {
      for (double radius : new double[] {0.5, 4, 15, 100}) {
        SocialNetwork net = build(p, k, radius, 0, 1);
        for (int i = 0; i < xs.length; i++) {
          assertArrayEquals(
              kNearest(p, i, k, radius), links(net, i), "k " + k + " radius " + radius + " i " + i);
        }
      }
    }
  }

  @Test
  void zeroNeighboursGiveAnEmptyNetwork() {
    Points p = random(2, 300, 20, 20);
    SocialNetwork net = build(p, 0, 10, 0.5, 1);
    for (int i = 0; i < 300; i++) {
      assertEquals(0, net.degree(i));
    }
  }

  @Test
  void neverLinksToItselfEvenWithCoincidentPointsOrFullRewiring() {
    // Clusters of producers at identical coordinates (a CSV with shared village centres).
    double[] xs = new double[400];
    double[] ys = new double[400];
    for (int i = 0; i < 400; i++) {
      xs[i] = (i % 8) * 5;
      ys[i] = (i % 5) * 5;
    }
    Points p = new Points(xs, ys, 40, 40);
    for (double rewire : new double[] {0, 0.3, 1}) {
      SocialNetwork net = build(p, 10, 6, rewire, 9);
      for (int i = 0; i < 400; i++) {
        for (int n : links(net, i)) {
          assertNotEquals(i, n, "self link at " + i + " with rewire " + rewire);
          assertTrue(n >= 0 && n < 400);
        }
        assertEquals(10, net.degree(i), "rewiring keeps the degree");
      }
    }
  }

  @Test
  void rewiringReplacesTheExpectedShareOfLinks() {
    Points p = random(4, 2000, 60, 60);
    SocialNetwork local = build(p, 6, 10, 0, 1);
    SocialNetwork rewired = build(p, 6, 10, 0.2, 1);
    int links = 0;
    int changed = 0;
    for (int i = 0; i < 2000; i++) {
      int[] a = links(local, i);
      int[] b = links(rewired, i);
      assertEquals(a.length, b.length);
      for (int j = 0; j < a.length; j++) {
        links++;
        changed += a[j] != b[j] ? 1 : 0;
      }
    }
    // Each link is rewired with probability 0.2 (to a random other: almost never the same
    // one); 12,000 links give a binomial sd of 0.004 in the share.
    assertEquals(0.2, (double) changed / links, 0.02);
  }

  @Test
  void theSameInputsAndSeedGiveTheSameNetwork() {
    Points p = random(5, 1000, 50, 50);
    for (double rewire : new double[] {0, 0.1}) {
      SocialNetwork a = build(p, 6, 10, rewire, 42);
      SocialNetwork b = build(p, 6, 10, rewire, 42);
      for (int i = 0; i < 1000; i++) {
        assertArrayEquals(links(a, i), links(b, i));
      }
    }
  }

  @Test
  void packedChannelCountsEqualCountingEachNeighbour() {
    Points p = random(9, 3000, 50, 50);
    SocialNetwork net = build(p, 50, 30, 0.1, 3); // the schema's largest k: 50 links
    Random rnd = new Random(4);
    byte[] channels = new byte[3000];
    for (int i = 0; i < channels.length; i++) {
      channels[i] = (byte) (rnd.nextInt(Channel.COUNT + 1) - 1); // -1: no channel yet
    }
    channels[net.neighbour(0, 0)] = (byte) (Channel.COUNT - 1); // the top lane is reached
    for (int i = 0; i < 3000; i++) {
      int[] expected = new int[Channel.COUNT];
      for (int j = 0; j < net.degree(i); j++) {
        int ch = channels[net.neighbour(i, j)];
        if (ch >= 0) {
          expected[ch]++;
        }
      }
      long packed = net.channelCounts(i, channels);
      for (int c = 0; c < Channel.COUNT; c++) {
        assertEquals(expected[c], SocialNetwork.countOf(packed, c), "producer " + i);
      }
    }
    assertEquals(50, net.degree(0));
  }
}
