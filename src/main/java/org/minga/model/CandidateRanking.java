package org.minga.model;

/**
 * Candidates handed out best first: highest score first (in {@code Double.compare} order of the
 * negated scores), ties to the lowest id. A firm offers contracts down this order only until its
 * target is filled, usually a few hundred offers among up to a whole population of candidates, so a
 * binary heap (built in O(n), O(log n) per candidate taken) replaces a full sort; the order handed
 * out is exactly the sorted order, since (score, id) ranks every candidate uniquely.
 */
final class CandidateRanking {
  private final double[] negScore;
  private final int[] ids;
  private final int[] heap;
  private int size;

  /** Ranks candidates 0..n-1 with the given scores and (distinct) ids; arrays are kept. */
  CandidateRanking(double[] score, int[] ids, int n) {
    this.negScore = new double[n];
    for (int k = 0; k < n; k++) {
      negScore[k] = -score[k];
    }
    this.ids = ids;
    this.heap = new int[n];
    for (int k = 0; k < n; k++) {
      heap[k] = k;
    }
    size = n;
    for (int k = n / 2 - 1; k >= 0; k--) {
      siftDown(k);
    }
  }

  boolean hasNext() {
    return size > 0;
  }

  /** The best remaining candidate (its position 0..n-1), removed from the ranking. */
  int next() {
    int best = heap[0];
    heap[0] = heap[--size];
    if (size > 0) {
      siftDown(0);
    }
    return best;
  }

  private void siftDown(int k) {
    int item = heap[k];
    while (true) {
      int child = 2 * k + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && before(heap[child + 1], heap[child])) {
        child++;
      }
      if (!before(heap[child], item)) {
        break;
      }
      heap[k] = heap[child];
      k = child;
    }
    heap[k] = item;
  }

  private boolean before(int a, int b) {
    int c = Double.compare(negScore[a], negScore[b]);
    return c < 0 || (c == 0 && ids[a] < ids[b]);
  }
}
