package org.minga.model;

/**
 * Reads producers a batch ahead of a pass that visits them, so that a large model's cache misses
 * overlap instead of stalling each visit in turn ({@link ProducerMemory} says what is read and
 * why). Java has no prefetch instruction, so the reads are summed into a value stored where nothing
 * reads it. Reading only, this cannot change the model. One per model, made at the start; the batch
 * holds ids only while a pass runs.
 */
final class ReadAhead {
  /** How many upcoming producers a pass reads ahead. */
  static final int BATCH = 16;

  private final MingaModel m;

  /** The ids of the batch being visited. */
  private final int[] batch = new int[BATCH];

  /** Sum of the early reads: stored so they are not optimised away; never read. */
  private double sink;

  ReadAhead(MingaModel m) {
    this.m = m;
  }

  /**
   * Visits the producers {@code ids[0..count)} in that order. Each batch is read early, with the
   * producers' network links if the visits read their neighbours, then visited: the visits happen
   * in the same order as a plain loop over the ids would make them.
   */
  void visitInOrder(int[] ids, int count, boolean readsNeighbours, VisitOrder.Visit visit) {
    Producer[] producers = m.producers;
    double touched = 0;
    for (int k = 0; k < count; ) {
      int n = 0;
      while (k < count && n < batch.length) {
        batch[n++] = ids[k++];
      }
      for (int b = 0; b < n; b++) {
        Producer p = producers[batch[b]];
        touched +=
            ProducerMemory.touch(p)
                + ProducerMemory.touchBills(m, p.id)
                + (readsNeighbours ? m.network.firstNeighbour(p.id) : 0);
      }
      for (int b = 0; b < n; b++) {
        visit.visit(m, producers[batch[b]]);
      }
    }
    sink = touched;
  }

  /**
   * The producer at position {@code k} of a member list, for a pass over the list in order: at the
   * start of every batch, the batch's members are read early.
   */
  Producer member(IntList members, int k) {
    if (k % BATCH == 0) {
      double sum = 0;
      for (int j = k, end = Math.min(members.size(), k + BATCH); j < end; j++) {
        sum += ProducerMemory.touch(m.producers[members.get(j)]);
      }
      sink = sum;
    }
    return m.producers[members.get(k)];
  }
}
