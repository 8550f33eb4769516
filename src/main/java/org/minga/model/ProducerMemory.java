package org.minga.model;

import org.minga.model.random.RandomStream;

/**
 * Early reads of a producer's memory for passes that visit producers in a random order. In a
 * large model each visit misses the cache several times (the producer object spans four to five
 * cache lines, plus its delivery ring and its network links); a pass that first reads a batch of
 * upcoming producers in a tight loop lets those misses overlap. Java has no prefetch
 * instruction, so the reads are summed into a value the caller stores where nothing reads it.
 * Reading only, this cannot change the model.
 */
final class ProducerMemory {
  /** How many upcoming producers a random-order pass reads ahead. */
  static final int BATCH = 16;

  private ProducerMemory() {}

  /** What a random-order pass does to one producer. */
  interface Visit {
    void visit(MingaModel m, Producer p);
  }

  /** The passes that visit producers in a random order; each draws its own order monthly. */
  static final int CREDIT_PASS = 0;
  static final int CHOICE_PASS = 1;

  /**
   * Visits the producers whose {@code selected} flag is set, in a random order drawn for this
   * pass and month (the visit-order sub-stream of (step, pass)): only the selected are shuffled,
   * so a month in which few sell or borrow costs little. Each batch is read early (see the class
   * comment), with the producers' network links if the visit reads its neighbours; the visits
   * happen in the same order as a plain loop over the shuffled ids would make them.
   */
  static void inShuffledOrder(MingaModel m, boolean[] selected, int pass,
      boolean readsNeighbours, Visit visit) {
    int[] order = m.order;
    int count = 0;
    for (int id = 0; id < selected.length; id++) {
      if (selected[id]) {
        order[count++] = id;
      }
    }
    shuffle(m, order, count, m.visitOrderDraws(pass));
    int[] batch = m.batch;
    Producer[] producers = m.producers;
    double touched = 0;
    for (int k = 0; k < count; ) {
      int n = 0;
      while (k < count && n < batch.length) {
        batch[n++] = order[k++];
      }
      for (int b = 0; b < n; b++) {
        Producer p = producers[batch[b]];
        touched += touch(p) + touchBills(m, p.id)
            + (readsNeighbours ? m.network.firstNeighbour(p.id) : 0);
      }
      for (int b = 0; b < n; b++) {
        visit.visit(m, producers[batch[b]]);
      }
    }
    m.prefetchSink = touched; // keeps the early reads from being optimised away
  }

  /**
   * Fisher-Yates shuffle of {@code o[0..count)} with {@code draws} (no allocation). The swap
   * positions depend only on the stream, not on the array, so they are drawn a batch ahead and
   * read first, letting a large model's cache misses on the array overlap; the draws and the
   * swaps happen in the same order as in the textbook loop.
   */
  static void shuffle(MingaModel m, int[] o, int count, RandomStream draws) {
    int[] js = m.swapDraws;
    int touched = 0;
    for (int i = count - 1; i > 0; ) {
      int n = Math.min(js.length, i);
      for (int b = 0; b < n; b++) {
        js[b] = draws.nextInt(i - b + 1);
        touched += o[js[b]];
      }
      for (int b = 0; b < n; b++, i--) {
        int j = js[b];
        int t = o[i];
        o[i] = o[j];
        o[j] = t;
      }
    }
    m.prefetchSink += touched;
  }

  /** Reads a field on each cache line of the producer object, and its delivery ring. */
  static double touch(Producer p) {
    // HotSpot lays out fields by size (doubles, then ints, then bytes, then references), in
    // declaration order within a size; objects start on 8-byte boundaries. Fields less than 64
    // bytes apart from the first to the last put a read on every cache line of the object
    // (20 doubles, 9 ints, a float, 7 bytes and 2 references in this version: about 230 bytes,
    // four or five lines).
    double sum = p.x + p.capability + p.stock + p.deliveryRecord + p.incomeMonth + p.inputCostMonth
        + p.cooperative + p.mainChannel;
    float[] ring = p.deliveryRing;
    if (ring != null) {
      sum += ring[0];
    }
    return sum;
  }

  /**
   * Reads the producer's entries in the dense per-household arrays that random-order passes use
   * (this month's bills; credit refusals), which miss the cache as the object does.
   */
  static double touchBills(MingaModel m, int id) {
    return m.inputCostDue[id] + m.expenseDue[id] + m.records.refusedUntil[id];
  }

  /**
   * In a pass over a member list, called at each position {@code k}: at the start of every
   * batch, reads the batch's members early.
   */
  static void readAhead(MingaModel m, IntList members, int k) {
    if (k % BATCH != 0) {
      return;
    }
    double sum = 0;
    for (int j = k, end = Math.min(members.size(), k + BATCH); j < end; j++) {
      sum += touch(m.producers[members.get(j)]);
    }
    m.prefetchSink = sum;
  }
}
