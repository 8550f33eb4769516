package org.minga.model;

import ec.util.MersenneTwisterFast;

/**
 * Who observes whom: each producer's k nearest neighbours within a radius, a share rewired to
 * random producers (small world). Stored in compressed-row form (two int arrays), built with the
 * spatial index in O(n k).
 */
final class SocialNetwork {
  private final int[] start;
  private final int[] links;

  private SocialNetwork(int[] start, int[] links) {
    this.start = start;
    this.links = links;
  }

  static SocialNetwork build(double[] xs, double[] ys, SpatialIndex index, int k, double radius,
      double rewire, MersenneTwisterFast rng) {
    int n = xs.length;
    int[] start = new int[n + 1];
    int[] links = new int[n * k];
    int[] bestId = new int[k];
    double[] bestD = new double[k];
    int count = 0;
    for (int i = 0; i < n; i++) {
      start[i] = count;
      int found = nearest(i, xs, ys, index, k, radius, bestId, bestD);
      for (int j = 0; j < found; j++) {
        int target = bestId[j];
        if (n > 1 && rng.nextDouble() < rewire) {
          target = rng.nextInt(n - 1);
          if (target >= i) {
            target++;
          }
        }
        links[count++] = target;
      }
    }
    start[n] = count;
    return new SocialNetwork(start, java.util.Arrays.copyOf(links, count));
  }

  /** Fills bestId with up to k nearest others within radius, nearest first; returns how many. */
  private static int nearest(int self, double[] xs, double[] ys, SpatialIndex index, int k,
      double radius, int[] bestId, double[] bestD) {
    if (k == 0) {
      return 0;
    }
    int[] size = {0};
    index.forEachWithin(xs[self], ys[self], radius, (j, d2) -> {
      if (j == self) {
        return;
      }
      int s = size[0];
      if (s == k && d2 >= bestD[k - 1]) {
        return;
      }
      int pos = s == k ? k - 1 : s;
      while (pos > 0 && bestD[pos - 1] > d2) {
        bestD[pos] = bestD[pos - 1];
        bestId[pos] = bestId[pos - 1];
        pos--;
      }
      bestD[pos] = d2;
      bestId[pos] = j;
      if (s < k) {
        size[0]++;
      }
    });
    return size[0];
  }

  int degree(int i) {
    return start[i + 1] - start[i];
  }

  int neighbour(int i, int j) {
    return links[start[i] + j];
  }
}
